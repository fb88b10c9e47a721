import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import classes from './InventoryGrid.module.css';
import { InventoryGridRow, type GridRowCallbacks } from './InventoryGridRow';
import type { GridActiveCell, GridColumnView } from './inventoryGridTypes';

export type InventoryGridLabels = {
  grid: string;
  rowNumber: string;
  issues: string;
  empty: string;
  clear: string;
};

type Props = {
  rows: readonly MachineryAsset[];
  columns: readonly GridColumnView[];
  active: GridActiveCell;
  isReadOnly: boolean;
  height: number | string;
  /** Bump to put the focus back into the selected cell (e.g. after a dialog closed). */
  focusToken: number;
  labels: InventoryGridLabels;
  callbacks: GridRowCallbacks;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** The person left the grid (clicked or tabbed elsewhere): commit what is being typed. */
  onLeave: () => void;
};

export const GRID_ROW_HEIGHT = 34;
const HEADER_HEIGHT = 34;
const FIXED_WIDTH = 48 + 36;

/**
 * The machinery inventory grid: virtualised rows (only the visible ones, plus a margin, are in the DOM, so
 * hundreds or thousands of rows scroll and type smoothly), a sticky header, and one live editor in the
 * selected cell. Keyboard meaning lives in the caller's reducer; this component draws and reports.
 */
export function InventoryGrid(props: Props) {
  const { rows, columns, active, labels } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // True while the person works in the grid: the selected cell's editor takes the focus when it moves.
  const wantsFocus = useRef(false);
  const [ownFocusToken, setOwnFocusToken] = useState(0);
  const { onLeave } = props;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; it is not memoised by the compiler, which is what we want here.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => GRID_ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(Math.min(active.row, rows.length - 1), { align: 'auto' });
  }, [active.row, rows.length, virtualizer]);

  useEffect(() => {
    if (props.focusToken === 0) return;
    wantsFocus.current = true;
    setOwnFocusToken((n) => n + 1);
  }, [props.focusToken]);

  // A click anywhere outside the grid (and outside its option lists) ends work in it.
  useEffect(() => {
    const onPointer = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (!wantsFocus.current || target === null) return;
      if (scrollRef.current?.contains(target) || target.closest('[data-inventory-grid-popover]')) return;
      wantsFocus.current = false;
      onLeave();
    };
    document.addEventListener('mousedown', onPointer, true);
    return () => document.removeEventListener('mousedown', onPointer, true);
  }, [onLeave]);

  // When the selected cell's editor is scrolled out of the DOM, keep the keyboard in the grid.
  useLayoutEffect(() => {
    if (!wantsFocus.current) return;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) scrollRef.current?.focus({ preventScroll: true });
  });

  const width = FIXED_WIDTH + columns.reduce((n, c) => n + c.width, 0);
  const activeRow = Math.min(active.row, rows.length - 1);
  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      style={{ height: props.height }}
      role="grid"
      aria-label={labels.grid}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 2}
      tabIndex={0}
      data-testid="inventory-grid"
      onKeyDown={(e) => {
        wantsFocus.current = true;
        props.onKeyDown(e);
      }}
      onMouseDown={() => {
        wantsFocus.current = true;
      }}
      onFocus={(e) => {
        // Tabbing into the grid lands in the selected cell.
        if (e.target === scrollRef.current && rows.length > 0) {
          wantsFocus.current = true;
          setOwnFocusToken((n) => n + 1);
        }
      }}
      onBlur={(e) => {
        // Focus moving to another element outside the grid (Tab out); a removed editor gives null.
        const next = e.relatedTarget as Element | null;
        if (
          next === null ||
          scrollRef.current?.contains(next) ||
          next.closest('[data-inventory-grid-popover]')
        )
          return;
        wantsFocus.current = false;
        onLeave();
      }}
    >
      <div className={classes.header} role="row" aria-rowindex={1} style={{ width }}>
        <div
          className={`${classes.headCell} ${classes.rowNumber} ${classes.sticky}`}
          role="columnheader"
          style={{ width: 48, left: 0 }}
        >
          {labels.rowNumber}
        </div>
        <div
          className={`${classes.headCell} ${classes.sticky}`}
          role="columnheader"
          style={{ width: 36, left: 48 }}
          title={labels.issues}
        >
          ⚠
        </div>
        {columns.map((c, i) => (
          <div
            key={c.key}
            role="columnheader"
            className={`${classes.headCell} ${c.isNumeric ? classes.num : ''} ${i === 0 ? classes.sticky : ''}`}
            style={i === 0 ? { width: c.width, left: 84 } : { width: c.width }}
          >
            {props.callbacks.headerLabel(i)}
          </div>
        ))}
      </div>
      <div className={classes.body} style={{ height: virtualizer.getTotalSize(), width }}>
        {rows.length === 0 && (
          <div className={classes.empty} data-testid="inventory-empty">
            {labels.empty}
          </div>
        )}
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <InventoryGridRow
              key={row.id}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              height={GRID_ROW_HEIGHT}
              width={width}
              columns={columns}
              active={item.index === activeRow ? active : null}
              isReadOnly={props.isReadOnly}
              wantsFocus={wantsFocus}
              focusToken={ownFocusToken}
              clearLabel={labels.clear}
              callbacks={props.callbacks}
            />
          );
        })}
      </div>
    </div>
  );
}
