import { expect, type Page } from '@playwright/test';

/** Page model of the lock screen: the officers with a vault here, the unlock, and "another officer". */
export class LockScreenModel {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('lock-screen');
  }

  async expectShown(): Promise<void> {
    await expect(this.screen).toBeVisible({ timeout: 30_000 });
  }

  async unlock(password: string, officerName?: string): Promise<void> {
    if (officerName) await this.page.getByRole('radio', { name: officerName }).check();
    await this.page.getByTestId('unlock-password').fill(password);
    await this.page.getByTestId('unlock').click();
  }

  /** "Sign in as another officer": the court server's sign-in, for that officer's own vault. */
  async signInAnother(serverUrl: string, username: string, password: string): Promise<void> {
    await this.page.getByTestId('unlock-switch').click();
    await this.fillSignIn(serverUrl, username, password);
  }

  async fillSignIn(serverUrl: string, username: string, password: string): Promise<void> {
    await this.page.getByTestId('lock-server-url').fill(serverUrl);
    await this.page.getByTestId('lock-server-username').fill(username);
    await this.page.getByTestId('lock-server-password').fill(password);
    await this.page.getByTestId('lock-sign-in').click();
  }
}
