import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { blankMachineryRow } from './grid/blankMachineryRow';
import { createDebouncer } from './grid/debouncer';
import { GRID_COLUMNS, type GridColumn } from './grid/gridColumns';
import {
  gridReducer,
  INITIAL_GRID_STATE,
  type GridCommand,
  type GridContext,
  type GridEvent,
  type GridState,
} from './grid/gridReducer';
import type { RowIdSource } from './grid/rowIdSource';
import type { RowWriter } from './useRowWriter';

/** How long typing may pause before the cell is autosaved: one burst of keys is one write. */
export const AUTOSAVE_DELAY_MS = 400;

type Options = {
  caseId: string;
  visitId: string;
  /** This visit's machinery rows, in display order, as shown (pending writes included). */
  rows: readonly MachineryAsset[];
  isReadOnly: boolean;
  today: string;
  writer: RowWriter;
  ids: RowIdSource;
  /** A message for the status line (e.g. why a choice could not be applied). */
  onMessage: (code: string | null) => void;
};

/**
 * The inventory grid's behaviour: the pure `gridReducer` for keys and pointer, plus the work its commands
 * ask for — writes through the row writer (typing autosaved after a pause, the rest on leaving the cell),
 * new rows, duplicates — and the selection following a duplicated row.
 */
export function useInventoryGrid(options: Options) {
  const { rows, isReadOnly, today } = options;
  const [state, setState] = useState<GridState>(INITIAL_GRID_STATE);
  const debouncer = useRef(createDebouncer(AUTOSAVE_DELAY_MS));
  const followFrom = useRef<number | null>(null);

  const context = useMemo(() => gridContext(rows, isReadOnly, today), [rows, isReadOnly, today]);
  const latest = useRef({ state, context, options });
  useLayoutEffect(() => {
    latest.current = { state, context, options };
  });

  const run = useCallback((command: GridCommand) => {
    const { options: o } = latest.current;
    const ctx = { today: o.today };
    switch (command.kind) {
      case 'commitText': {
        const row = o.rows[command.row];
        const column = GRID_COLUMNS[command.col];
        if (row === undefined || column?.kind !== 'text') return;
        debouncer.current.cancel(cellKey(row.id, column));
        const result = column.toPatch(command.text, row, ctx);
        if (!result.ok) return o.onMessage(result.code);
        if (column.needsReview) o.writer.submit(row, result.patch);
        else o.writer.writeText(row.id, result.patch);
        return;
      }
      case 'pickChoice': {
        const row = o.rows[command.row];
        const column = GRID_COLUMNS[command.col];
        if (row === undefined || column?.kind !== 'choice') return;
        const option = command.option === null ? null : (column.options[command.option] ?? null);
        const result = column.toPatch(option, row, ctx);
        if (!result.ok) return o.onMessage(result.code);
        o.writer.submit(row, result.patch);
        return;
      }
      case 'addRow': {
        const [id] = o.ids.next(1);
        o.writer.add([blankMachineryRow({ id: id!, caseId: o.caseId, visitId: o.visitId })]);
        return;
      }
      case 'duplicateRow': {
        const row = o.rows[command.row];
        if (row === undefined) return;
        followFrom.current = o.rows.length;
        o.writer.duplicate(row.id);
        return;
      }
    }
  }, []);

  const dispatch = useCallback(
    (event: GridEvent) => {
      const { state: before, context: ctx } = latest.current;
      const transition = gridReducer(before, event, ctx);
      const after = transition.state;
      latest.current = { ...latest.current, state: after };
      setState(after);
      // An edit abandoned with Escape must not be saved by a timer afterwards.
      if (before.mode === 'edit' && after.mode !== 'edit' && transition.commands.length === 0) {
        const row = latest.current.options.rows[before.row];
        const column = GRID_COLUMNS[before.col];
        if (row !== undefined && column !== undefined) debouncer.current.cancel(cellKey(row.id, column));
      }
      if (event.type !== 'input' || after.error === null) latest.current.options.onMessage(null);
      for (const command of transition.commands) run(command);
      return transition;
    },
    [run],
  );

  // After Ctrl+D the copy appears at the end once saved: select it there.
  useEffect(() => {
    if (followFrom.current !== null && rows.length > followFrom.current) {
      followFrom.current = null;
      setState((s) => ({ ...s, row: rows.length - 1, mode: 'nav', draft: '', error: null }));
    }
  }, [rows.length]);

  // Leaving the screen or hiding the page saves what is still waiting for its pause.
  useEffect(() => {
    const d = debouncer.current;
    const flush = () => d.flushAll();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      d.flushAll();
    };
  }, []);

  return {
    state,
    dispatch,
    onKeyDown: useCallback(
      (e: KeyboardEvent<HTMLDivElement>) => {
        const t = dispatch({
          type: 'key',
          key: {
            key: e.key,
            isCtrl: e.ctrlKey || e.metaKey,
            isShift: e.shiftKey,
            isAlt: e.altKey,
            isComposing: e.nativeEvent.isComposing || e.keyCode === 229,
          },
        });
        if (t.isHandled) e.preventDefault();
      },
      [dispatch],
    ),
    onDraftChange: useCallback(
      (text: string) => {
        const t = dispatch({ type: 'input', text });
        if (t.state.mode !== 'edit') return;
        const { options: o } = latest.current;
        const row = o.rows[t.state.row];
        const column = GRID_COLUMNS[t.state.col];
        // Values the rules look at (price, owner, measure) are written only when the cell is left.
        if (row === undefined || column?.kind !== 'text' || column.needsReview) return;
        const rowId = row.id;
        debouncer.current.schedule(cellKey(rowId, column), () => {
          const { options: now } = latest.current;
          const current = now.rows.find((r) => r.id === rowId);
          // Typed and deleted back to what is saved: nothing to write.
          if (current === undefined || column.editText(current) === text) return;
          const result = column.toPatch(text, current, { today: now.today });
          if (result.ok) now.writer.writeText(rowId, result.patch);
        });
      },
      [dispatch],
    ),
    onCellPointer: useCallback(
      (row: number, col: number) => dispatch({ type: 'activate', row, col }),
      [dispatch],
    ),
    onPickOption: useCallback((option: number) => dispatch({ type: 'pick', option }), [dispatch]),
    onCloseChoice: useCallback(() => {
      if (latest.current.state.mode === 'choose') dispatch({ type: 'blur' });
    }, [dispatch]),
    onLeave: useCallback(() => {
      debouncer.current.flushAll();
      dispatch({ type: 'blur' });
    }, [dispatch]),
    /** Selects a row (from the least-harm list). */
    selectRow: useCallback(
      (row: number) => setState((s) => ({ ...INITIAL_GRID_STATE, row, col: s.col })),
      [],
    ),
  };
}

function cellKey(rowId: string, column: GridColumn): string {
  return `${rowId}:${column.key}`;
}

function gridContext(rows: readonly MachineryAsset[], isReadOnly: boolean, today: string): GridContext {
  return {
    rowCount: rows.length,
    columns: GRID_COLUMNS.map((c) =>
      c.kind === 'text'
        ? { kind: 'text', hasStep: c.hasStep }
        : { kind: 'choice', optionCount: c.options.length, isNullable: c.isNullable },
    ),
    isReadOnly,
    editText: (row, col) => {
      const column = GRID_COLUMNS[col];
      const r = rows[row];
      return column?.kind === 'text' && r !== undefined ? column.editText(r) : '';
    },
    choiceIndex: (row, col) => {
      const column = GRID_COLUMNS[col];
      const r = rows[row];
      if (column?.kind !== 'choice' || r === undefined) return -1;
      const value = column.value(r);
      return value === null ? -1 : column.options.indexOf(value);
    },
    validate: (row, col, text) => {
      const column = GRID_COLUMNS[col];
      const r = rows[row];
      if (column?.kind !== 'text' || r === undefined) return null;
      const result = column.toPatch(text, r, { today });
      return result.ok ? null : result.code;
    },
  };
}
