import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import classes from './InventoryGrid.module.css';

export type PreviewField = {
  key: string;
  label: string;
  width: number;
  isNumeric: boolean;
  isEditable: boolean;
};

/** One row of the file as the import would read it, with what is wrong with it. */
export type PreviewRow = {
  rowNumber: number;
  hasErrors: boolean;
  /** A total row (合计): shown greyed with its note, not editable. */
  isTotal: boolean;
  cells: Readonly<Record<string, string>>;
  errorFields: readonly string[];
  messages: readonly string[];
};

type Props = {
  fields: readonly PreviewField[];
  rows: readonly PreviewRow[];
  height: number;
  /** `separator` joins a row's problems: "；" in Chinese, "; " in English. */
  labels: { row: string; problems: string; editHint: string; empty: string; separator: string };
  onEditCell: (rowNumber: number, field: string, text: string) => void;
};

const ROW_HEIGHT = 32;
const PROBLEM_WIDTH = 320;

/**
 * The import preview and its row-by-row error report in one virtualised table: each row of the file with
 * its cells as read and its problems. A cell of a bad row can be corrected in place (click, type, Enter).
 * Total rows (合计) are shown shaded with their note; they are neither items nor errors.
 */
export function ImportPreviewTable({ fields, rows, height, labels, onEditCell }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ rowNumber: number; field: string; text: string } | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself, which is what we want here.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: ROW_HEIGHT,
  });
  const width = 64 + fields.reduce((n, f) => n + f.width, 0) + PROBLEM_WIDTH;
  const finish = (save: boolean) => {
    if (editing !== null && save) onEditCell(editing.rowNumber, editing.field, editing.text);
    setEditing(null);
  };
  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      style={{ height }}
      data-testid="import-preview"
      role="grid"
    >
      <div className={classes.header} role="row" style={{ width, height: ROW_HEIGHT }}>
        <div className={`${classes.headCell} ${classes.rowNumber}`} style={{ width: 64 }} role="columnheader">
          {labels.row}
        </div>
        {fields.map((f) => (
          <div
            key={f.key}
            className={`${classes.headCell} ${f.isNumeric ? classes.num : ''}`}
            style={{ width: f.width }}
            role="columnheader"
          >
            {f.label}
          </div>
        ))}
        <div className={classes.headCell} style={{ width: PROBLEM_WIDTH }} role="columnheader">
          {labels.problems}
        </div>
      </div>
      <div className={classes.body} style={{ height: virtualizer.getTotalSize(), width }}>
        {rows.length === 0 && <div className={classes.empty}>{labels.empty}</div>}
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          return (
            <div
              key={row.rowNumber}
              role="row"
              className={classes.row}
              data-testid={
                row.isTotal ? 'preview-row-total' : row.hasErrors ? 'preview-row-bad' : 'preview-row'
              }
              data-total={row.isTotal || undefined}
              data-row-number={row.rowNumber}
              style={{
                transform: `translateY(${v.start - ROW_HEIGHT}px)`,
                height: ROW_HEIGHT,
                width,
                ...(row.isTotal ? { background: 'var(--mantine-color-gray-1)', fontWeight: 600 } : {}),
              }}
            >
              <div className={`${classes.cell} ${classes.rowNumber}`} style={{ width: 64 }} role="rowheader">
                {row.rowNumber}
              </div>
              {fields.map((f) => {
                const isEditing = editing?.rowNumber === row.rowNumber && editing.field === f.key;
                const hasError = row.errorFields.includes(f.key);
                const canEdit = row.hasErrors && f.isEditable;
                if (isEditing) {
                  return (
                    <div
                      key={f.key}
                      className={classes.active}
                      data-mode="edit"
                      style={{ width: f.width }}
                      role="gridcell"
                    >
                      <input
                        className={`${classes.input} ${f.isNumeric ? classes.num : ''}`}
                        value={editing.text}
                        autoFocus
                        aria-label={`${f.label} ${row.rowNumber}`}
                        data-testid="preview-input"
                        onChange={(e) => setEditing({ ...editing, text: e.currentTarget.value })}
                        onBlur={() => finish(true)}
                        onKeyDown={(e) => {
                          if (e.nativeEvent.isComposing) return;
                          if (e.key === 'Enter') finish(true);
                          else if (e.key === 'Escape') {
                            e.stopPropagation();
                            finish(false);
                          }
                        }}
                      />
                    </div>
                  );
                }
                return (
                  <div
                    key={f.key}
                    role="gridcell"
                    className={`${classes.cell} ${f.isNumeric ? classes.num : ''}`}
                    style={{ width: f.width, cursor: canEdit ? 'text' : undefined }}
                    data-issue={hasError ? 'error' : undefined}
                    data-field={f.key}
                    title={canEdit ? labels.editHint : undefined}
                    onClick={() =>
                      canEdit &&
                      setEditing({ rowNumber: row.rowNumber, field: f.key, text: row.cells[f.key] ?? '' })
                    }
                  >
                    <span>{row.cells[f.key]}</span>
                  </div>
                );
              })}
              <div
                className={classes.cell}
                style={{ width: PROBLEM_WIDTH }}
                role="gridcell"
                title={row.messages.join('\n')}
              >
                <Text size="xs" c={row.isTotal ? 'dark.4' : 'red.7'} truncate>
                  {row.messages.join(labels.separator)}
                </Text>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
