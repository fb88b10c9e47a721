import { describe, expect, it } from 'vitest';
import {
  gridReducer,
  INITIAL_GRID_STATE,
  type GridContext,
  type GridEvent,
  type GridKey,
  type GridState,
} from './gridReducer';

/** A grid of rows [name, quantity, condition]; quantity must be a positive whole number. */
function context(rows: [string, string, number][], isReadOnly = false): GridContext {
  return {
    rowCount: rows.length,
    columns: [
      { kind: 'text', hasStep: false },
      { kind: 'text', hasStep: true },
      { kind: 'choice', optionCount: 3, isNullable: true },
    ],
    isReadOnly,
    editText: (r, c) => String(rows[r]![c]),
    choiceIndex: (r) => rows[r]![2],
    validate: (_r, c, text) => (c === 1 && !/^[1-9]\d*$/.test(text) ? 'import.quantityFormat' : null),
  };
}

const key = (k: string, mods: Partial<GridKey> = {}): GridEvent => ({
  type: 'key',
  key: { key: k, isCtrl: false, isShift: false, isAlt: false, isComposing: false, ...mods },
});

/** Runs events in order, collecting every command. */
function run(ctx: GridContext, events: GridEvent[], start: Partial<GridState> = {}) {
  let state: GridState = { ...INITIAL_GRID_STATE, ...start };
  const commands = [];
  let isHandled = false;
  for (const e of events) {
    const t = gridReducer(state, e, ctx);
    state = t.state;
    commands.push(...t.commands);
    isHandled = t.isHandled;
  }
  return { state, commands, isHandled };
}

const ROWS: [string, string, number][] = [
  ['车床', '1', 0],
  ['铣床', '2', -1],
  ['磨床', '1', 1],
];

describe('gridReducer: moving', () => {
  it('moves with arrows in nav mode and stays inside the grid', () => {
    const ctx = context(ROWS);
    expect(run(ctx, [key('ArrowRight'), key('ArrowRight'), key('ArrowRight')]).state).toMatchObject({
      row: 0,
      col: 2,
    });
    expect(run(ctx, [key('ArrowDown'), key('ArrowDown'), key('ArrowDown')]).state).toMatchObject({
      row: 2,
      col: 0,
    });
    const up = run(ctx, [key('ArrowUp')]);
    expect(up.state).toMatchObject({ row: 0 });
    expect(up.isHandled).toBe(true);
  });

  it('walks fields with Tab and Shift+Tab, wrapping between rows', () => {
    const ctx = context(ROWS);
    expect(run(ctx, [key('Tab'), key('Tab'), key('Tab')]).state).toMatchObject({ row: 1, col: 0 });
    expect(run(ctx, [key('Tab', { isShift: true })], { row: 1, col: 0 }).state).toMatchObject({
      row: 0,
      col: 2,
    });
  });

  it('lets Tab leave the grid from the very last cell and Shift+Tab from the first', () => {
    const ctx = context(ROWS);
    expect(run(ctx, [key('Tab')], { row: 2, col: 2 }).isHandled).toBe(false);
    expect(run(ctx, [key('Tab', { isShift: true })]).isHandled).toBe(false);
  });

  it('returns Enter to the column where tabbing began, on the next row', () => {
    const ctx = context(ROWS);
    const r = run(ctx, [key('Tab'), key('Tab'), key('Enter')], { col: 0 });
    expect(r.state).toMatchObject({ row: 1, col: 0, tabAnchor: null });
    expect(r.commands).toEqual([]);
  });

  it('adds a row with Enter on the last row and points at it', () => {
    const ctx = context(ROWS);
    const r = run(ctx, [key('Tab'), key('Enter')], { row: 2, col: 0 });
    expect(r.commands).toEqual([{ kind: 'addRow' }]);
    expect(r.state).toMatchObject({ row: 3, col: 0, mode: 'nav' });
  });

  it('adds the first row of an empty grid with Enter, and never in read-only mode', () => {
    expect(run(context([]), [key('Enter')]).commands).toEqual([{ kind: 'addRow' }]);
    expect(run(context(ROWS, true), [key('Enter')], { row: 2 }).commands).toEqual([]);
    expect(run(context([], true), [key('Enter')]).commands).toEqual([]);
  });

  it('does not add a row with ArrowDown on the last row', () => {
    expect(run(context(ROWS), [key('ArrowDown')], { row: 2 }).commands).toEqual([]);
  });

  it('jumps with Home, End, Ctrl+Home, Ctrl+End and pages', () => {
    const ctx = context(ROWS);
    expect(run(ctx, [key('End')]).state.col).toBe(2);
    expect(run(ctx, [key('End'), key('Home')]).state.col).toBe(0);
    expect(run(ctx, [key('End', { isCtrl: true })]).state.row).toBe(2);
    expect(run(ctx, [key('Home', { isCtrl: true })], { row: 2 }).state.row).toBe(0);
    expect(run(ctx, [key('PageDown')]).state.row).toBe(2);
  });

  it('clamps the selection when rows disappear', () => {
    const r = gridReducer({ ...INITIAL_GRID_STATE, row: 7 }, key('ArrowLeft'), context(ROWS));
    expect(r.state.row).toBe(2);
  });
});

describe('gridReducer: editing text', () => {
  it('starts editing on input and commits once when the cell is left with Tab', () => {
    const ctx = context(ROWS);
    const r = run(ctx, [{ type: 'input', text: '数' }, { type: 'input', text: '数控车床' }, key('Tab')]);
    expect(r.commands).toEqual([{ kind: 'commitText', row: 0, col: 0, text: '数控车床' }]);
    expect(r.state).toMatchObject({ row: 0, col: 1, mode: 'nav' });
  });

  it('commits and moves down with Enter, adding a row from the last row', () => {
    const r = run(context(ROWS), [{ type: 'input', text: '平面磨床' }, key('Enter')], { row: 2 });
    expect(r.commands).toEqual([
      { kind: 'commitText', row: 2, col: 0, text: '平面磨床' },
      { kind: 'addRow' },
    ]);
    expect(r.state.row).toBe(3);
  });

  it('moves the caret, not the cell, with Left and Right while editing', () => {
    const r = run(context(ROWS), [{ type: 'input', text: 'ab' }, key('ArrowLeft')]);
    expect(r.state).toMatchObject({ col: 0, mode: 'edit' });
    expect(r.isHandled).toBe(false);
  });

  it('commits and moves with Up and Down while editing', () => {
    const r = run(context(ROWS), [{ type: 'input', text: 'x' }, key('ArrowDown')]);
    expect(r.commands).toEqual([{ kind: 'commitText', row: 0, col: 0, text: 'x' }]);
    expect(r.state.row).toBe(1);
  });

  it('abandons the edit with Escape', () => {
    const r = run(context(ROWS), [{ type: 'input', text: 'x' }, key('Escape'), key('Tab')]);
    expect(r.commands).toEqual([]);
    expect(r.state.col).toBe(1);
  });

  it('keeps an invalid draft in the cell with its error instead of dropping it', () => {
    const ctx = context(ROWS);
    const r = run(ctx, [{ type: 'input', text: '三' }, key('Enter')], { col: 1 });
    expect(r.commands).toEqual([]);
    expect(r.state).toMatchObject({
      row: 0,
      col: 1,
      mode: 'edit',
      draft: '三',
      error: 'import.quantityFormat',
    });
    // Clicking elsewhere or losing focus does not drop it either.
    expect(run(ctx, [{ type: 'activate', row: 2, col: 0 }], r.state).state).toMatchObject({
      row: 0,
      draft: '三',
    });
    expect(run(ctx, [{ type: 'blur' }], r.state).state).toMatchObject({ mode: 'edit', draft: '三' });
    // Fixing it clears the error and lets it go.
    const fixed = run(ctx, [{ type: 'input', text: '3' }, key('Enter')], r.state);
    expect(fixed.commands).toEqual([{ kind: 'commitText', row: 0, col: 1, text: '3' }]);
  });

  it('writes nothing when the text did not change', () => {
    const r = run(context(ROWS), [key('F2'), key('Tab')]);
    expect(r.commands).toEqual([]);
  });

  it('commits on blur', () => {
    const r = run(context(ROWS), [{ type: 'input', text: '刨床' }, { type: 'blur' }]);
    expect(r.commands).toEqual([{ kind: 'commitText', row: 0, col: 0, text: '刨床' }]);
    expect(r.state.mode).toBe('nav');
  });

  it('ignores keys while an input method is composing', () => {
    const r = run(context(ROWS), [{ type: 'input', text: 'shu' }, key('Enter', { isComposing: true })]);
    expect(r.commands).toEqual([]);
    expect(r.state.mode).toBe('edit');
  });

  it('clears a cell with Delete and steps the quantity with + and -', () => {
    const ctx = context(ROWS);
    expect(run(ctx, [key('Delete')]).commands).toEqual([{ kind: 'commitText', row: 0, col: 0, text: '' }]);
    expect(run(ctx, [key('+')], { row: 1, col: 1 }).commands).toEqual([
      { kind: 'commitText', row: 1, col: 1, text: '3' },
    ]);
    expect(run(ctx, [key('-')], { row: 0, col: 1 }).commands).toEqual([]);
  });

  it('switches to editing when the selected cell is clicked again', () => {
    const r = run(context(ROWS), [{ type: 'activate', row: 0, col: 0 }]);
    expect(r.state).toMatchObject({ mode: 'edit', editStart: 'click', draft: '车床' });
  });

  it('edits nothing in read-only mode', () => {
    const ctx = context(ROWS, true);
    expect(run(ctx, [{ type: 'input', text: 'x' }]).state.mode).toBe('nav');
    expect(run(ctx, [key('Delete'), key('d', { isCtrl: true })]).commands).toEqual([]);
  });
});

describe('gridReducer: choices and rows', () => {
  it('picks an option with a digit', () => {
    expect(run(context(ROWS), [key('2')], { col: 2 }).commands).toEqual([
      { kind: 'pickChoice', row: 0, col: 2, option: 1 },
    ]);
  });

  it('opens the list with Space, moves with arrows and picks with Enter', () => {
    const r = run(context(ROWS), [key(' '), key('ArrowDown'), key('ArrowDown'), key('Enter')], { col: 2 });
    expect(r.commands).toEqual([{ kind: 'pickChoice', row: 0, col: 2, option: 2 }]);
    expect(r.state.mode).toBe('nav');
  });

  it('offers "clear" after the options of a nullable column', () => {
    const r = run(context(ROWS), [key('F2'), key('End'), key('Enter')], { col: 2 });
    expect(r.commands).toEqual([{ kind: 'pickChoice', row: 0, col: 2, option: null }]);
  });

  it('writes nothing when the same option is picked again, and closes with Escape', () => {
    expect(run(context(ROWS), [key(' '), key('Enter')], { col: 2 }).commands).toEqual([]);
    expect(run(context(ROWS), [key(' '), key('Escape')], { col: 2 }).state.mode).toBe('nav');
  });

  it('picks and moves on with Tab from an open list', () => {
    const r = run(context(ROWS), [key(' '), key('Tab')], { row: 1, col: 2 });
    expect(r.commands).toEqual([{ kind: 'pickChoice', row: 1, col: 2, option: 0 }]);
    expect(r.state).toMatchObject({ row: 2, col: 0, mode: 'nav' });
  });

  it('picks a clicked option', () => {
    const r = run(context(ROWS), [
      { type: 'activate', row: 1, col: 2 },
      { type: 'activate', row: 1, col: 2 },
      { type: 'pick', option: 2 },
    ]);
    expect(r.commands).toEqual([{ kind: 'pickChoice', row: 1, col: 2, option: 2 }]);
  });

  it('duplicates the row with Ctrl+D, committing the edit first', () => {
    const r = run(context(ROWS), [{ type: 'input', text: '钻床' }, key('d', { isCtrl: true })], { row: 1 });
    expect(r.commands).toEqual([
      { kind: 'commitText', row: 1, col: 0, text: '钻床' },
      { kind: 'duplicateRow', row: 1 },
    ]);
    expect(r.isHandled).toBe(true);
  });
});
