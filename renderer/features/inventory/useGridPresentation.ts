import { useMemo } from 'react';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import type { GridColumnView, RowIssue } from '../../components/inventory/inventoryGridTypes';
import type { GridRowCallbacks } from '../../components/inventory/InventoryGridRow';
import { GRID_COLUMNS, type GridColumnKey } from './grid/gridColumns';
import { rowIssues } from './grid/rowIssues';
import type { InventoryText } from './useInventoryText';
import { expiryText } from './grid/expiryText';

type Handlers = Pick<GridRowCallbacks, 'onCellPointer' | 'onDraftChange' | 'onPickOption' | 'onCloseChoice'>;

/**
 * The grid's columns and cell texts in the current language, stable while the language is. `today`
 * (YYYY-MM-DD from the app clock) dates the expiry cell's days left.
 */
export function useGridPresentation(text: InventoryText, handlers: Handlers, today: string) {
  const { t, code } = text;
  const columns = useMemo<GridColumnView[]>(
    () =>
      GRID_COLUMNS.map((c) =>
        c.kind === 'text'
          ? { key: c.key, kind: 'text', width: c.width, isNumeric: c.isNumeric }
          : {
              key: c.key,
              kind: 'choice',
              width: c.width,
              isNumeric: false,
              options: c.options,
              isNullable: c.isNullable,
            },
      ),
    [],
  );
  const { onCellPointer, onDraftChange, onPickOption, onCloseChoice } = handlers;
  const callbacks = useMemo<GridRowCallbacks>(() => {
    const optionLabel = (col: number, option: string | null): string => {
      const column = GRID_COLUMNS[col];
      if (column === undefined || option === null) return '';
      return choiceLabel(code, column.key, option);
    };
    // Rows are immutable: an edited row is a new object, so caching by identity is exact.
    const issueCache = new WeakMap<MachineryAsset, RowIssue[]>();
    return {
      headerLabel: (col) => t(`inventory.col.${GRID_COLUMNS[col]!.key}`),
      editText: (row, col) => {
        const column = GRID_COLUMNS[col];
        return column?.kind === 'text' ? column.editText(row) : '';
      },
      displayText: (row, col) => {
        const column = GRID_COLUMNS[col];
        if (column === undefined) return '';
        if (column.key === 'expiry') return expiryText(row, today, text.codeWith);
        return column.kind === 'text' ? column.displayText(row) : optionLabel(col, column.value(row));
      },
      optionLabel,
      issuesOf: (row) => {
        let issues = issueCache.get(row);
        if (issues === undefined) {
          issues = rowIssues(row).map((i) => ({
            severity: i.severity,
            columnKey: i.column,
            message:
              i.code === 'asset.thirdPartyJustified' && row.measure.thirdPartyJustification !== null
                ? `${code(i.code)}${t('punct.colon')}${row.measure.thirdPartyJustification}`
                : code(i.code),
          }));
          issueCache.set(row, issues);
        }
        return issues;
      },
      issueSeparator: t('punct.clauses'),
      onCellPointer,
      onDraftChange,
      onPickOption,
      onCloseChoice,
    };
  }, [t, code, text.codeWith, today, onCellPointer, onDraftChange, onPickOption, onCloseChoice]);
  return { columns, callbacks };
}

const OPTION_PREFIX: Partial<Record<GridColumnKey, string>> = {
  condition: 'inventory.condition',
  ownerClass: 'inventory.owner',
  valuationMethod: 'inventory.method',
  measureKind: 'inventory.measure',
  queue: 'inventory.queue',
};

/** The label of an option of a choice column (the catalog holds one per option). */
export function choiceLabel(code: InventoryText['code'], column: GridColumnKey, option: string): string {
  const prefix = OPTION_PREFIX[column];
  return prefix === undefined ? option : code(`${prefix}.${option}`);
}
