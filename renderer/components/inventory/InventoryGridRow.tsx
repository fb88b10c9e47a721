import { memo, type RefObject } from 'react';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { GridCellEditor } from './GridCellEditor';
import classes from './InventoryGrid.module.css';
import type { GridActiveCell, GridColumnView, RowIssue } from './inventoryGridTypes';

export type GridRowCallbacks = {
  displayText: (row: MachineryAsset, col: number) => string;
  editText: (row: MachineryAsset, col: number) => string;
  optionLabel: (col: number, option: string | null) => string;
  issuesOf: (row: MachineryAsset) => RowIssue[];
  /** What joins a row's issues when read out: "；" in Chinese, "; " in English. */
  issueSeparator: string;
  headerLabel: (col: number) => string;
  onCellPointer: (row: number, col: number) => void;
  onDraftChange: (text: string) => void;
  onPickOption: (option: number) => void;
  onCloseChoice: () => void;
};

type Props = {
  row: MachineryAsset;
  index: number;
  top: number;
  height: number;
  width: number;
  columns: readonly GridColumnView[];
  /** Only for the row holding the selected cell, so moving the selection re-renders two rows, not all. */
  active: GridActiveCell | null;
  isReadOnly: boolean;
  wantsFocus: RefObject<boolean>;
  focusToken: number;
  clearLabel: string;
  callbacks: GridRowCallbacks;
};

/** One machine in the grid; memoised, so typing in one row does not re-render the others. */
export const InventoryGridRow = memo(function InventoryGridRow(props: Props) {
  const { row, index, columns, active, callbacks: cb } = props;
  const issues = cb.issuesOf(row);
  const issueByColumn = new Map<string, RowIssue['severity']>();
  for (const issue of issues) {
    if (issue.columnKey !== null && issueByColumn.get(issue.columnKey) !== 'error')
      issueByColumn.set(issue.columnKey, issue.severity);
  }
  const worst = issues.some((i) => i.severity === 'error') ? 'error' : issues.length > 0 ? 'warning' : null;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      data-active={active !== null || undefined}
      data-testid="inventory-row"
      style={{ transform: `translateY(${props.top}px)`, height: props.height, width: props.width }}
    >
      <div
        className={`${classes.cell} ${classes.rowNumber} ${classes.sticky}`}
        role="rowheader"
        style={{ width: 48, left: 0 }}
      >
        {index + 1}
      </div>
      <div
        className={`${classes.cell} ${classes.issues} ${classes.sticky}`}
        role="gridcell"
        style={{ width: 36, left: 48 }}
        title={issues.map((i) => i.message).join('\n')}
        aria-label={issues.map((i) => i.message).join(cb.issueSeparator) || undefined}
        data-testid={worst === null ? undefined : `row-issue-${worst}`}
      >
        {worst === null ? null : (
          <span style={{ color: `var(--mantine-color-${worst === 'error' ? 'red-7' : 'orange-7'})` }}>
            {worst === 'error' ? '✖' : '⚠'}
            {issues.length > 1 ? issues.length : ''}
          </span>
        )}
      </div>
      {columns.map((column, col) => {
        // The first column (the machine's name) is pinned beside the row number.
        const isPinned = col === 0;
        const style = isPinned ? { width: column.width, left: 84 } : { width: column.width };
        const pinned = isPinned ? classes.sticky : '';
        if (active !== null && active.col === col) {
          return (
            <div
              key={column.key}
              role="gridcell"
              className={`${classes.active} ${pinned}`}
              style={style}
              data-mode={active.mode}
              data-error={active.errorText !== null || undefined}
              data-col={column.key}
              onMouseDown={() => cb.onCellPointer(index, col)}
            >
              <GridCellEditor
                column={column}
                active={active}
                editText={cb.editText(row, col)}
                choiceLabel={cb.displayText(row, col)}
                optionLabel={(option) => cb.optionLabel(col, option)}
                clearLabel={props.clearLabel}
                label={`${cb.headerLabel(col)} ${index + 1}`}
                isReadOnly={props.isReadOnly}
                wantsFocus={props.wantsFocus}
                focusToken={props.focusToken}
                onDraftChange={cb.onDraftChange}
                onPickOption={cb.onPickOption}
                onCloseChoice={cb.onCloseChoice}
              />
            </div>
          );
        }
        const text = cb.displayText(row, col);
        return (
          <div
            key={column.key}
            role="gridcell"
            className={`${classes.cell} ${column.isNumeric ? classes.num : ''} ${pinned}`}
            style={style}
            data-col={column.key}
            data-issue={issueByColumn.get(column.key)}
            title={text.length > 12 ? text : undefined}
            onMouseDown={(e) => {
              // Keep the focus where it is; the grid moves it to this cell's editor itself.
              e.preventDefault();
              cb.onCellPointer(index, col);
            }}
          >
            <span>{text}</span>
          </div>
        );
      })}
    </div>
  );
});
