import type { Locator, Page } from '@playwright/test';

/** Page model of the conflict resolution screen. */
export class ConflictPageModel {
  readonly view: Locator;
  readonly baseValue: Locator;
  readonly mine: Locator;
  readonly theirs: Locator;
  readonly edited: Locator;
  readonly editedInput: Locator;
  readonly reason: Locator;
  readonly confirm: Locator;
  readonly officerNote: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('conflict-view');
    this.baseValue = page.getByTestId('conflict-base-value');
    this.mine = page.getByTestId('conflict-choose-mine');
    this.theirs = page.getByTestId('conflict-choose-theirs');
    this.edited = page.getByTestId('conflict-choose-edited');
    this.editedInput = page.getByTestId('conflict-edited-input');
    this.reason = page.getByTestId('conflict-reason');
    this.confirm = page.getByTestId('conflict-confirm');
    this.officerNote = page.getByTestId('conflict-officer-note');
  }

  /** A side's value as shown, for a side that can be chosen (lead) or only read (officer). */
  sideValue(side: 'mine' | 'theirs'): Locator {
    return this.page
      .getByTestId(`conflict-choose-${side}-value`)
      .or(this.page.getByTestId(`conflict-${side}-side-value`));
  }

  side(side: 'mine' | 'theirs'): Locator {
    return this.page
      .getByTestId(`conflict-choose-${side}`)
      .or(this.page.getByTestId(`conflict-${side}-side`));
  }
}
