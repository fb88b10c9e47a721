import {
  Alert,
  Button,
  FileButton,
  Group,
  Loader,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { OWNER_CLASSES, ownerClassSchema } from '../../../../shared/assets/ownerClass';
import { checkMapping } from '../../../../shared/inventoryImport/checkMapping';
import { IMPORT_FIELDS, type ImportField } from '../../../../shared/inventoryImport/columnMapping';
import { ImportMappingTable } from '../../../components/inventory/ImportMappingTable';
import { ImportPreviewTable } from '../../../components/inventory/ImportPreviewTable';
import { GRID_COLUMNS } from '../grid/gridColumns';
import type { InventoryText } from '../useInventoryText';
import { columnCount, importableCount } from './importWizard';
import { mappedFields, previewRows } from './previewRows';
import type { ImportWizardControl } from './useImportWizard';

/**
 * Every type the shared reader takes: Excel (.xlsx, .xls), WPS (.et, an Excel 97 file), LibreOffice (.ods)
 * and text (.csv, .txt, .tsv). The reader goes by content, so a file with another name still reads.
 */
const ACCEPT = [
  '.xlsx',
  '.xls',
  '.et',
  '.ods',
  '.csv',
  '.txt',
  '.tsv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
  'text/tab-separated-values',
].join(',');
const SAMPLE_ROWS = 3;

function fieldWidth(field: ImportField): number {
  return GRID_COLUMNS.find((c) => c.key === field)?.width ?? 100;
}

/** The import wizard: choose a file, map its columns, check every row, import. */
export function ImportWizardModal({ wizard, text }: { wizard: ImportWizardControl; text: InventoryText }) {
  const { state } = wizard;
  const { t } = text;
  const fieldLabel = (f: ImportField) => t(`inventory.col.${f}`);
  const opened = state.step !== 'closed';
  const preview = state.step === 'preview' || state.step === 'saving' ? state : null;
  const rows = useMemo(
    () =>
      preview === null
        ? []
        : previewRows(preview.result, preview.filter, {
            field: (f) => t(`inventory.col.${f}`),
            code: text.code,
            alsoInRows: (rows) =>
              t('inventory.import.alsoInRows', { rows: rows.join(t('punct.list')), count: rows.length }),
            colon: t('punct.colon'),
            totalRow: (label) => t('inventory.import.totalRowNote', { label }),
          }),
    [preview, t, text.code],
  );

  let body: ReactNode = null;
  switch (state.step) {
    case 'closed':
      break;
    case 'choose':
      body = (
        <Stack>
          <Text size="sm">{t('inventory.import.chooseHint')}</Text>
          {state.failure !== null && (
            <Alert color="red" title={state.failure.fileName} data-testid="import-failure">
              {text.codeWith(state.failure.code, { row: state.failure.rowNumber ?? '' })}
            </Alert>
          )}
          <Group>
            <FileButton onChange={(file) => file && void wizard.chooseFile(file)} accept={ACCEPT}>
              {(props) => (
                <Button {...props} data-testid="import-choose-file">
                  {t('inventory.import.chooseFile')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Stack>
      );
      break;
    case 'reading':
      body = (
        <Group>
          <Loader size="sm" />
          <Text size="sm">{t('inventory.import.reading', { file: state.fileName })}</Text>
        </Group>
      );
      break;
    case 'mapping': {
      const width = columnCount(state.source.rows);
      const header = Array.from(
        { length: width },
        (_, i) => state.source.rows[state.headerRowIndex]?.[i] ?? '',
      );
      const targets = Array.from({ length: width }, (_, column) => {
        const entry = Object.entries(state.mapping.columns).find(([, c]) => c === column);
        return entry === undefined ? null : entry[0];
      });
      const problems = state.problems.length > 0 ? state.problems : checkMapping(state.mapping, width);
      body = (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="import-source">
            {t('inventory.import.source', {
              file: state.source.fileName,
              detail: state.source.detail,
              rows: state.source.rows.length,
            })}
          </Text>
          {state.source.problems.map((p) => (
            <Alert key={`${p.code}:${p.rowNumber ?? ''}`} color="orange" variant="light">
              {text.codeWith(p.code, { count: p.count ?? '' })}
              {p.rowNumber !== undefined ? ` (${t('inventory.import.row', { row: p.rowNumber })})` : ''}
            </Alert>
          ))}
          <Group align="flex-end">
            {state.sheets.length > 1 && (
              <Select
                label={t('inventory.import.sheet')}
                data={state.sheets.map((sheet, i) => ({
                  value: String(i),
                  label: t('inventory.import.sheetOption', {
                    name: sheet.sheetName ?? sheet.fileName,
                    rows: sheet.rows.length,
                  }),
                }))}
                value={String(state.sheets.indexOf(state.source))}
                allowDeselect={false}
                onChange={(v) => v !== null && wizard.setSheet(Number(v))}
                w={220}
                data-testid="import-sheet"
              />
            )}
            <NumberInput
              label={t('inventory.import.headerRow')}
              value={state.headerRowIndex + 1}
              min={1}
              max={Math.max(1, state.source.rows.length)}
              onChange={(v) => typeof v === 'number' && wizard.setHeaderRow(v - 1)}
              w={140}
              data-testid="import-header-row"
            />
            <Select
              label={t('inventory.import.valueUnit')}
              data={[
                { value: 'yuan', label: t('inventory.import.unit.yuan') },
                { value: 'wan_yuan', label: t('inventory.import.unit.wan_yuan') },
              ]}
              value={state.mapping.valueUnit}
              allowDeselect={false}
              onChange={(v) => v && wizard.setValueUnit(v === 'wan_yuan' ? 'wan_yuan' : 'yuan')}
              w={140}
            />
            <Select
              label={t('inventory.import.valueBasis')}
              data={[
                { value: 'line', label: t('inventory.import.basis.line') },
                { value: 'per_unit', label: t('inventory.import.basis.per_unit') },
              ]}
              value={state.mapping.valueBasis}
              allowDeselect={false}
              onChange={(v) => v && wizard.setValueBasis(v === 'per_unit' ? 'per_unit' : 'line')}
              w={160}
            />
          </Group>
          <ImportMappingTable
            headers={header}
            samples={state.source.rows.slice(
              state.headerRowIndex + 1,
              state.headerRowIndex + 1 + SAMPLE_ROWS,
            )}
            targets={targets}
            fieldOptions={IMPORT_FIELDS.map((f) => ({ value: f, label: fieldLabel(f) }))}
            problemFields={new Set(problems.map((p) => p.field).filter((f) => f !== null))}
            labels={{
              column: t('inventory.import.column'),
              header: t('inventory.import.header'),
              sample: t('inventory.import.sample'),
              target: t('inventory.import.target'),
              skip: t('inventory.import.skip'),
            }}
            onTarget={(column, field) =>
              wizard.setColumnTarget(column, IMPORT_FIELDS.find((f) => f === field) ?? null)
            }
          />
          {problems.length > 0 && (
            <Alert color="red" variant="light" data-testid="mapping-problems">
              {problems.map((p) => text.code(p.code)).join(t('punct.clauses'))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={wizard.close}>
              {t('inventory.cancel')}
            </Button>
            <Button onClick={wizard.toPreview} disabled={problems.length > 0} data-testid="import-to-preview">
              {t('inventory.import.toPreview')}
            </Button>
          </Group>
        </Stack>
      );
      break;
    }
    case 'preview':
    case 'saving': {
      const good = importableCount(state.result);
      const bad = state.result.items.length - good;
      const fields = mappedFields(state.mapping);
      body = (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Text size="sm" data-testid="import-summary">
              {t('inventory.import.summary', {
                total: state.result.items.length,
                good,
                bad,
                blank: state.result.blankRowCount,
              })}
              {state.result.totalRows.length > 0 &&
                ` ${t('inventory.import.totalRows', { count: state.result.totalRows.length })}`}
              {state.importedCount > 0 &&
                ` ${t('inventory.import.alreadyImported', { count: state.importedCount })}`}
            </Text>
            <Group gap="sm" align="flex-end">
              <Select
                label={t('inventory.import.ownerClass')}
                data={OWNER_CLASSES.map((o) => ({ value: o, label: t(`inventory.owner.${o}`) }))}
                value={state.ownerClass}
                allowDeselect={false}
                onChange={(v) => wizard.setOwnerClass(ownerClassSchema.catch(state.ownerClass).parse(v))}
                w={160}
                size="xs"
              />
              <SegmentedControl
                size="xs"
                value={state.filter}
                onChange={(v) => wizard.setFilter(v === 'bad' ? 'bad' : 'all')}
                data={[
                  { value: 'all', label: t('inventory.import.filter.all') },
                  { value: 'bad', label: t('inventory.import.filter.bad', { count: bad }) },
                ]}
                data-testid="import-filter"
              />
            </Group>
          </Group>
          {bad > 0 && (
            <Alert color="orange" variant="light" data-testid="import-bad-rows">
              {t('inventory.import.badRowsHint', { count: bad })}
            </Alert>
          )}
          <ImportPreviewTable
            fields={fields.map((f) => {
              const col = GRID_COLUMNS.find((c) => c.key === f);
              return {
                key: f,
                label: fieldLabel(f),
                width: fieldWidth(f),
                isNumeric: col?.isNumeric ?? false,
                isEditable: true,
              };
            })}
            rows={rows}
            height={380}
            labels={{
              row: t('inventory.import.rowNumber'),
              problems: t('inventory.import.problems'),
              editHint: t('inventory.import.editHint'),
              empty: t('inventory.import.noRows'),
              separator: t('punct.clauses'),
            }}
            onEditCell={(rowNumber, field, value) => {
              const f = IMPORT_FIELDS.find((x) => x === field);
              if (f !== undefined) wizard.editCell(rowNumber, f, value);
            }}
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={wizard.backToMapping} disabled={state.step === 'saving'}>
              {t('inventory.import.back')}
            </Button>
            <Group>
              <Button variant="default" onClick={wizard.close} disabled={state.step === 'saving'}>
                {state.importedCount > 0 ? t('inventory.import.keepForLater') : t('inventory.cancel')}
              </Button>
              <Button
                onClick={() => void wizard.confirm()}
                disabled={good === 0}
                loading={state.step === 'saving'}
                data-testid="import-confirm"
              >
                {bad > 0
                  ? t('inventory.import.confirmPart', { good, bad })
                  : t('inventory.import.confirm', { good })}
              </Button>
            </Group>
          </Group>
        </Stack>
      );
      break;
    }
    case 'done':
      body = (
        <Stack>
          <Alert color="teal" data-testid="import-done">
            {t('inventory.import.doneAll', { count: state.importedCount })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={wizard.close}>{t('inventory.close')}</Button>
          </Group>
        </Stack>
      );
      break;
  }

  return (
    <Modal
      opened={opened}
      onClose={() => state.step !== 'saving' && wizard.close()}
      title={t('inventory.import.title')}
      size={state.step === 'preview' || state.step === 'saving' || state.step === 'mapping' ? '90%' : 'md'}
      data-testid="import-wizard"
    >
      {body}
    </Modal>
  );
}
