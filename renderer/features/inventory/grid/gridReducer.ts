/**
 * nav: a cell is selected, arrows move; edit: text is being typed into the cell, arrows move the caret;
 * choose: the option list of a choice cell is open.
 */
export type GridMode = 'nav' | 'edit' | 'choose';

export type GridState = {
  row: number;
  col: number;
  mode: GridMode;
  /** The text in the cell editor while editing. */
  draft: string;
  /** How editing began: the editor selects nothing after F2 or a click, but keeps what typing put there. */
  editStart: 'typed' | 'f2' | 'click';
  /** The highlighted option while choosing; `optionCount` (one past the last option) is "clear". */
  choice: number;
  /** The column where a run of Tabs began: Enter returns there on the next row, as in a spreadsheet. */
  tabAnchor: number | null;
  /** Why the draft cannot be saved (a message code); the cell stays in edit until it is fixed or Escape. */
  error: string | null;
};

export const INITIAL_GRID_STATE: GridState = {
  row: 0,
  col: 0,
  mode: 'nav',
  draft: '',
  editStart: 'typed',
  choice: 0,
  tabAnchor: null,
  error: null,
};

/** What the reducer needs to know about a column. */
export type GridColumnShape =
  { kind: 'text'; hasStep: boolean } | { kind: 'choice'; optionCount: number; isNullable: boolean };

/** The grid as the reducer sees it: sizes, and the saved text and validity of cells. */
export type GridContext = {
  rowCount: number;
  columns: readonly GridColumnShape[];
  isReadOnly: boolean;
  /** The saved content of a text cell, as it is edited. */
  editText(row: number, col: number): string;
  /** The saved option index of a choice cell, -1 when empty. */
  choiceIndex(row: number, col: number): number;
  /** The message code of what is wrong with `text` in this cell, or null when it can be saved. */
  validate(row: number, col: number, text: string): string | null;
};

export type GridKey = {
  key: string;
  isCtrl: boolean;
  isShift: boolean;
  isAlt: boolean;
  isComposing: boolean;
};

export type GridEvent =
  | { type: 'key'; key: GridKey }
  /** The cell editor's text changed (typing, pasting, an input method). */
  | { type: 'input'; text: string }
  /** A cell was clicked. */
  | { type: 'activate'; row: number; col: number }
  /** An option of the open list was clicked (`optionCount` = clear). */
  | { type: 'pick'; option: number }
  /** The focus left the grid. */
  | { type: 'blur' };

/** Work for the editing hook: writes and new rows. The reducer itself stays pure. */
export type GridCommand =
  | { kind: 'commitText'; row: number; col: number; text: string }
  /** `option` indexes the column's options; null clears the cell. */
  | { kind: 'pickChoice'; row: number; col: number; option: number | null }
  /** Append a blank row; the state already points at it (row = the old row count). */
  | { kind: 'addRow' }
  | { kind: 'duplicateRow'; row: number };

/** The next state, the commands to run, and whether the key was used (so its default is prevented). */
export type GridTransition = { state: GridState; commands: GridCommand[]; isHandled: boolean };

const PAGE = 10;

/**
 * The inventory grid's keyboard and pointer model, as a pure function. Spreadsheet conventions: Enter
 * moves down (on the last row it adds a row) and returns to the column where Tabbing began; Tab and
 * Shift+Tab move across fields and wrap between rows; arrows move between cells unless text is being
 * edited; typing replaces the cell; F2 edits it; Escape abandons the edit; Ctrl+D duplicates the row;
 * digits pick an option of a choice cell; + and − step the quantity. A cell whose text cannot be saved
 * keeps the focus with its error until it is corrected or abandoned: nothing typed is silently dropped.
 */
export function gridReducer(state: GridState, event: GridEvent, ctx: GridContext): GridTransition {
  const s = clamp(state, ctx);
  switch (event.type) {
    case 'key':
      return onKey(s, event.key, ctx);
    case 'input':
      if (ctx.isReadOnly || ctx.rowCount === 0 || s.mode === 'choose') return same(s);
      return {
        state: {
          ...s,
          mode: 'edit',
          draft: event.text,
          editStart: s.mode === 'edit' ? s.editStart : 'typed',
          error: null,
        },
        commands: [],
        isHandled: true,
      };
    case 'activate':
      return onActivate(s, event.row, event.col, ctx);
    case 'pick':
      return pick(s, event.option, ctx);
    case 'blur': {
      if (s.mode === 'choose') return { state: { ...s, mode: 'nav' }, commands: [], isHandled: false };
      if (s.mode !== 'edit') return same(s);
      const left = leave(s, ctx);
      if (!left.ok) return { state: left.state, commands: [], isHandled: false };
      return { state: atCell(s, s.row, s.col, s.tabAnchor), commands: left.commands, isHandled: false };
    }
  }
}

/** Keeps the selection inside the grid when rows disappear (a sync, an undo on another device). */
function clamp(state: GridState, ctx: GridContext): GridState {
  const row = Math.max(0, Math.min(state.row, ctx.rowCount - 1));
  const col = Math.max(0, Math.min(state.col, ctx.columns.length - 1));
  if (row === state.row && col === state.col) return state;
  return { ...state, row, col, mode: 'nav', draft: '', error: null };
}

function same(state: GridState): GridTransition {
  return { state, commands: [], isHandled: false };
}

function atCell(state: GridState, row: number, col: number, tabAnchor: number | null): GridState {
  return {
    ...state,
    row,
    col,
    tabAnchor,
    mode: 'nav',
    draft: '',
    editStart: 'typed',
    choice: 0,
    error: null,
  };
}

/** Leaving the cell being edited: its draft is written if it changed and is valid. */
function leave(
  state: GridState,
  ctx: GridContext,
): { ok: true; commands: GridCommand[] } | { ok: false; state: GridState } {
  if (state.mode !== 'edit') return { ok: true, commands: [] };
  if (state.draft === ctx.editText(state.row, state.col)) return { ok: true, commands: [] };
  const error = ctx.validate(state.row, state.col, state.draft);
  if (error !== null) return { ok: false, state: { ...state, error } };
  return { ok: true, commands: [{ kind: 'commitText', row: state.row, col: state.col, text: state.draft }] };
}

type Move =
  | 'down'
  | 'up'
  | 'right'
  | 'left'
  | 'tab'
  | 'backtab'
  | 'home'
  | 'end'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp';

function move(state: GridState, how: Move, ctx: GridContext, commands: GridCommand[]): GridTransition {
  const last = ctx.columns.length - 1;
  const { row, col } = state;
  const to = (r: number, c: number, anchor: number | null = null): GridTransition => ({
    state: atCell(state, r, c, anchor),
    commands,
    isHandled: true,
  });
  switch (how) {
    case 'down':
      if (row < ctx.rowCount - 1) return to(row + 1, state.tabAnchor ?? col);
      if (ctx.isReadOnly) return to(row, col);
      return {
        state: atCell(state, ctx.rowCount, state.tabAnchor ?? col, null),
        commands: [...commands, { kind: 'addRow' }],
        isHandled: true,
      };
    case 'up':
      return to(Math.max(0, row - 1), col);
    case 'right':
      return to(row, Math.min(last, col + 1));
    case 'left':
      return to(row, Math.max(0, col - 1));
    case 'tab':
      if (col < last) return to(row, col + 1, state.tabAnchor ?? col);
      if (row < ctx.rowCount - 1) return to(row + 1, 0);
      // The last cell: the focus may leave the grid (keyboard users must be able to get out).
      return { state: atCell(state, row, col, null), commands, isHandled: false };
    case 'backtab':
      if (col > 0) return to(row, col - 1, state.tabAnchor);
      if (row > 0) return to(row - 1, last);
      return { state: atCell(state, row, col, null), commands, isHandled: false };
    case 'home':
      return to(row, 0);
    case 'end':
      return to(row, last);
    case 'top':
      return to(0, col);
    case 'bottom':
      return to(ctx.rowCount - 1, col);
    case 'pageDown':
      return to(Math.min(ctx.rowCount - 1, row + PAGE), col);
    case 'pageUp':
      return to(Math.max(0, row - PAGE), col);
  }
}

/** The movement a key asks for in any mode (arrows only outside text editing: see `onKey`). */
function moveOf(key: GridKey): Move | null {
  switch (key.key) {
    case 'Enter':
      return key.isShift ? 'up' : 'down';
    case 'Tab':
      return key.isShift ? 'backtab' : 'tab';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    default:
      return null;
  }
}

function onKey(state: GridState, key: GridKey, ctx: GridContext): GridTransition {
  // An input method is composing (Chinese pinyin): its Enter confirms a candidate, not the cell.
  if (key.isComposing) return same(state);
  if (ctx.rowCount === 0) {
    if (key.key === 'Enter' && !ctx.isReadOnly) {
      return { state: atCell(state, 0, state.col, null), commands: [{ kind: 'addRow' }], isHandled: true };
    }
    return same(state);
  }
  switch (state.mode) {
    case 'choose':
      return onChooseKey(state, key, ctx);
    case 'edit':
      return onEditKey(state, key, ctx);
    case 'nav':
      return onNavKey(state, key, ctx);
  }
}

function onEditKey(state: GridState, key: GridKey, ctx: GridContext): GridTransition {
  if (key.key === 'Escape') {
    return { state: { ...state, mode: 'nav', draft: '', error: null }, commands: [], isHandled: true };
  }
  const isDuplicate = key.isCtrl && (key.key === 'd' || key.key === 'D');
  const how = moveOf(key);
  if (how === null && !isDuplicate) return same(state);
  // ArrowDown on the last row moves nowhere rather than adding a row: only Enter adds.
  if (key.key === 'ArrowDown' && state.row === ctx.rowCount - 1) return same(state);
  const left = leave(state, ctx);
  if (!left.ok) return { state: left.state, commands: [], isHandled: true };
  if (isDuplicate) {
    return {
      state: { ...state, mode: 'nav', draft: '', error: null },
      commands: [...left.commands, { kind: 'duplicateRow', row: state.row }],
      isHandled: true,
    };
  }
  return move(state, how!, ctx, left.commands);
}

function onNavKey(state: GridState, key: GridKey, ctx: GridContext): GridTransition {
  const column = ctx.columns[state.col]!;
  const handled = (next: GridState, commands: GridCommand[] = []): GridTransition => ({
    state: next,
    commands,
    isHandled: true,
  });
  if (key.isCtrl && (key.key === 'd' || key.key === 'D')) {
    return ctx.isReadOnly ? handled(state) : handled(state, [{ kind: 'duplicateRow', row: state.row }]);
  }
  if (key.isCtrl && key.key === 'Home') return move(state, 'top', ctx, []);
  if (key.isCtrl && key.key === 'End') return move(state, 'bottom', ctx, []);
  if (key.isCtrl || key.isAlt) {
    if (key.isAlt && key.key === 'ArrowDown' && column.kind === 'choice' && !ctx.isReadOnly) {
      return handled(openChoice(state, ctx));
    }
    return same(state);
  }
  const how = moveOf(key);
  if (how !== null) {
    if (key.key === 'ArrowDown' && state.row === ctx.rowCount - 1) return handled(state);
    return move(state, how, ctx, []);
  }
  switch (key.key) {
    case 'ArrowLeft':
      return move(state, 'left', ctx, []);
    case 'ArrowRight':
      return move(state, 'right', ctx, []);
    case 'Home':
      return move(state, 'home', ctx, []);
    case 'End':
      return move(state, 'end', ctx, []);
    case 'PageDown':
      return move(state, 'pageDown', ctx, []);
    case 'PageUp':
      return move(state, 'pageUp', ctx, []);
  }
  if (ctx.isReadOnly) return same(state);
  if (column.kind === 'text') {
    const saved = ctx.editText(state.row, state.col);
    if (key.key === 'F2') {
      return handled({ ...state, mode: 'edit', draft: saved, editStart: 'f2', error: null });
    }
    if (key.key === 'Delete') {
      if (saved === '' || ctx.validate(state.row, state.col, '') !== null) return handled(state);
      return handled(state, [{ kind: 'commitText', row: state.row, col: state.col, text: '' }]);
    }
    if (column.hasStep && (key.key === '+' || key.key === '-')) {
      const next = Number.parseInt(saved, 10) + (key.key === '+' ? 1 : -1);
      const text = String(next);
      if (!Number.isFinite(next) || ctx.validate(state.row, state.col, text) !== null) return handled(state);
      return handled(state, [{ kind: 'commitText', row: state.row, col: state.col, text }]);
    }
    // Any other key types into the cell's editor, which reports it as input.
    return same(state);
  }
  if (key.key === 'F2' || key.key === ' ') return handled(openChoice(state, ctx));
  if (key.key === 'Delete' || key.key === 'Backspace') {
    if (!column.isNullable || ctx.choiceIndex(state.row, state.col) === -1) return handled(state);
    return handled(state, [{ kind: 'pickChoice', row: state.row, col: state.col, option: null }]);
  }
  const digit = /^[1-9]$/.test(key.key) ? Number(key.key) - 1 : -1;
  if (digit >= 0 && digit < column.optionCount) {
    return handled(state, [{ kind: 'pickChoice', row: state.row, col: state.col, option: digit }]);
  }
  return same(state);
}

function openChoice(state: GridState, ctx: GridContext): GridState {
  return {
    ...state,
    mode: 'choose',
    choice: Math.max(0, ctx.choiceIndex(state.row, state.col)),
    error: null,
  };
}

function onChooseKey(state: GridState, key: GridKey, ctx: GridContext): GridTransition {
  const column = ctx.columns[state.col]!;
  if (column.kind !== 'choice') return { state: { ...state, mode: 'nav' }, commands: [], isHandled: false };
  const entries = column.optionCount + (column.isNullable ? 1 : 0);
  const handled = (next: GridState): GridTransition => ({ state: next, commands: [], isHandled: true });
  switch (key.key) {
    case 'ArrowDown':
      return handled({ ...state, choice: Math.min(entries - 1, state.choice + 1) });
    case 'ArrowUp':
      return handled({ ...state, choice: Math.max(0, state.choice - 1) });
    case 'Home':
      return handled({ ...state, choice: 0 });
    case 'End':
      return handled({ ...state, choice: entries - 1 });
    case 'Escape':
      return handled({ ...state, mode: 'nav' });
    case 'Enter':
    case ' ':
      return pick(state, state.choice, ctx);
    case 'Tab': {
      const picked = pick(state, state.choice, ctx);
      return move(picked.state, key.isShift ? 'backtab' : 'tab', ctx, picked.commands);
    }
  }
  const digit = /^[1-9]$/.test(key.key) ? Number(key.key) - 1 : -1;
  if (digit >= 0 && digit < column.optionCount) return pick(state, digit, ctx);
  return handled(state);
}

function pick(state: GridState, option: number, ctx: GridContext): GridTransition {
  const column = ctx.columns[state.col];
  if (column === undefined || column.kind !== 'choice' || ctx.isReadOnly) return same(state);
  const value = option >= column.optionCount ? null : option;
  if (value === null && !column.isNullable) return same(state);
  const next: GridState = { ...state, mode: 'nav', choice: 0, error: null };
  const current = ctx.choiceIndex(state.row, state.col);
  if (value === null ? current === -1 : value === current)
    return { state: next, commands: [], isHandled: true };
  return {
    state: next,
    commands: [{ kind: 'pickChoice', row: state.row, col: state.col, option: value }],
    isHandled: true,
  };
}

function onActivate(state: GridState, row: number, col: number, ctx: GridContext): GridTransition {
  if (row === state.row && col === state.col) {
    const column = ctx.columns[col];
    if (ctx.isReadOnly || column === undefined) return same(state);
    if (column.kind === 'choice') {
      const next = state.mode === 'choose' ? { ...state, mode: 'nav' as const } : openChoice(state, ctx);
      return { state: next, commands: [], isHandled: true };
    }
    if (state.mode === 'nav') {
      return {
        state: { ...state, mode: 'edit', draft: ctx.editText(row, col), editStart: 'click', error: null },
        commands: [],
        isHandled: false,
      };
    }
    return same(state);
  }
  const left = leave(state, ctx);
  if (!left.ok) return { state: left.state, commands: [], isHandled: true };
  return { state: atCell(state, row, col, null), commands: left.commands, isHandled: false };
}
