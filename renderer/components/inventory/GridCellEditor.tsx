import { Popover } from '@mantine/core';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import classes from './InventoryGrid.module.css';
import type { GridActiveCell, GridColumnView } from './inventoryGridTypes';

type Props = {
  column: GridColumnView;
  active: GridActiveCell;
  /** The saved text of the cell, shown (all selected) until typing starts. */
  editText: string;
  /** The label of the saved value of a choice cell. */
  choiceLabel: string;
  optionLabel: (option: string | null) => string;
  clearLabel: string;
  label: string;
  isReadOnly: boolean;
  /** Whether the grid should hold the focus (the person is working in it). */
  wantsFocus: RefObject<boolean>;
  focusToken: number;
  onDraftChange: (text: string) => void;
  onPickOption: (option: number) => void;
  onCloseChoice: () => void;
};

/**
 * The selected cell. A text cell is always a focused input — in nav mode showing the saved text fully
 * selected, so typing replaces it and an input method (pinyin) composes straight into the cell; the grid's
 * key handler decides what arrows and Enter mean. A choice cell is a button with its option list.
 */
export function GridCellEditor(props: Props) {
  const { column, active, editText, isReadOnly, wantsFocus, focusToken } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navText = active.mode === 'nav' ? editText : null;

  useLayoutEffect(() => {
    if (!wantsFocus.current) return;
    const input = inputRef.current;
    if (input !== null) {
      if (document.activeElement !== input) input.focus();
      if (active.mode === 'nav') input.select();
      else if (active.editStart === 'f2') input.setSelectionRange(input.value.length, input.value.length);
    } else buttonRef.current?.focus();
    // editStart is read only when the mode changes; navText re-selects a cell updated while selected.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active.row, active.col, active.mode, focusToken, navText, wantsFocus]);

  if (column.kind === 'text') {
    return (
      <input
        ref={inputRef}
        className={`${classes.input} ${column.isNumeric ? classes.num : ''}`}
        value={active.mode === 'edit' ? active.draft : editText}
        readOnly={isReadOnly}
        aria-label={props.label}
        aria-invalid={active.errorText !== null || undefined}
        data-testid="grid-input"
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => props.onDraftChange(e.currentTarget.value)}
      />
    );
  }

  const options = column.options ?? [];
  const entries: (string | null)[] = column.isNullable ? [...options, null] : [...options];
  return (
    <Popover
      opened={active.mode === 'choose'}
      onDismiss={props.onCloseChoice}
      position="bottom-start"
      offset={2}
      shadow="md"
      trapFocus={false}
      returnFocus={false}
      closeOnEscape={false}
      withinPortal
    >
      <Popover.Target>
        <button
          ref={buttonRef}
          type="button"
          className={classes.choice}
          aria-label={props.label}
          aria-haspopup="listbox"
          aria-expanded={active.mode === 'choose'}
          data-testid="grid-choice"
          disabled={isReadOnly}
        >
          <span>{props.choiceLabel}</span>
          {!isReadOnly && <span aria-hidden>▾</span>}
        </button>
      </Popover.Target>
      <Popover.Dropdown p={4} data-inventory-grid-popover>
        <div role="listbox" aria-label={props.label} data-testid="grid-options">
          {entries.map((option, i) => (
            <div
              key={option ?? '(clear)'}
              role="option"
              aria-selected={i === active.choice}
              className={classes.option}
              // mousedown, not click: the focus must stay in the cell while the option is taken.
              onMouseDown={(e) => {
                e.preventDefault();
                props.onPickOption(i);
              }}
            >
              <span className={classes.optionKey}>{option === null ? '' : i + 1}</span>
              <span>{option === null ? props.clearLabel : props.optionLabel(option)}</span>
            </div>
          ))}
        </div>
      </Popover.Dropdown>
    </Popover>
  );
}
