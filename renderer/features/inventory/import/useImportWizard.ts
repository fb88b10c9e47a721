import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Asset } from '../../../../shared/assets/asset';
import { currentAssets } from '../../../../shared/assets/currentAssets';
import type { OwnerClass } from '../../../../shared/assets/ownerClass';
import type { ColumnMapping, ImportField } from '../../../../shared/inventoryImport/columnMapping';
import { describeInventoryError } from '../describeInventoryError';
import type { RowIdSource } from '../grid/rowIdSource';
import type { InventoryActions } from '../InventoryActions';
import type { InventoryText } from '../useInventoryText';
import { importItems } from './importItems';
import {
  heldImportOf,
  importWizard,
  type ApplyOptions,
  type ImportWizardEvent,
  type ImportWizardState,
} from './importWizard';
import { heldImportOfVisit, useHeldImportStore } from './heldImportStore';
import { readImportFile } from './readImportFile';

type Options = {
  caseId: string;
  visitId: string;
  ledger: readonly Asset[];
  actions: InventoryActions;
  ids: RowIdSource;
  today: string;
  text: InventoryText;
};

/**
 * The import wizard's work around its pure state machine: reading the chosen file, importing the good rows
 * in one `addItems` call, and keeping the bad rows on this device (`useHeldImportStore`) until they are
 * corrected and imported or explicitly discarded.
 */
export function useImportWizard({ caseId, visitId, ledger, actions, ids, today, text }: Options) {
  const [state, setState] = useState<ImportWizardState>({ step: 'closed' });
  const byVisit = useHeldImportStore((s) => s.byVisit);
  const hold = useHeldImportStore((s) => s.hold);
  const release = useHeldImportStore((s) => s.release);
  const held = useMemo(() => heldImportOfVisit(byVisit, visitId), [byVisit, visitId]);
  const latest = useRef({ state, ledger, actions, today, text });
  useLayoutEffect(() => {
    latest.current = { state, ledger, actions, today, text };
  });

  const dispatch = useCallback((event: ImportWizardEvent) => {
    const next = importWizard(latest.current.state, event);
    latest.current = { ...latest.current, state: next };
    setState(next);
    return next;
  }, []);

  /** Serial numbers already on the case (its current machinery), for the duplicate check. */
  const applyOptions = useCallback(
    (extra: readonly { id: string; serialNumber: string }[] = []): ApplyOptions => {
      const existing = currentAssets(latest.current.ledger)
        .filter((a) => a.class === 'machinery')
        .map((a) => ({ id: a.id, serialNumber: a.class === 'machinery' ? a.serialNumber : '' }));
      return { today: latest.current.today, existing: [...existing, ...extra] };
    },
    [],
  );

  // Bad rows left after an import are kept on the device as soon as they exist.
  useEffect(() => {
    const h = heldImportOf(state);
    if (h !== null) hold(visitId, h);
    else if (state.step === 'done') release(visitId);
  }, [state, visitId, hold, release]);

  return {
    state,
    held,
    open: useCallback(() => dispatch({ type: 'open' }), [dispatch]),
    resume: useCallback(() => {
      if (held !== null) dispatch({ type: 'resume', held, options: applyOptions() });
    }, [dispatch, held, applyOptions]),
    discardHeld: useCallback(() => release(visitId), [release, visitId]),
    close: useCallback(() => dispatch({ type: 'close' }), [dispatch]),
    chooseFile: useCallback(
      async (file: File) => {
        dispatch({ type: 'fileChosen', fileName: file.name });
        try {
          const read = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
          if (read.ok) dispatch({ type: 'fileRead', sheets: read.sheets, sheetIndex: read.sheetIndex });
          else
            dispatch({ type: 'fileFailed', fileName: file.name, code: read.code, rowNumber: read.rowNumber });
        } catch {
          dispatch({ type: 'fileFailed', fileName: file.name, code: 'inventory.import.unreadable' });
        }
      },
      [dispatch],
    ),
    setSheet: useCallback((index: number) => dispatch({ type: 'setSheet', index }), [dispatch]),
    setHeaderRow: useCallback((index: number) => dispatch({ type: 'setHeaderRow', index }), [dispatch]),
    setColumnTarget: useCallback(
      (column: number, field: ImportField | null) => dispatch({ type: 'setColumnTarget', column, field }),
      [dispatch],
    ),
    setValueUnit: useCallback(
      (unit: ColumnMapping['valueUnit']) => dispatch({ type: 'setValueUnit', unit }),
      [dispatch],
    ),
    setValueBasis: useCallback(
      (basis: ColumnMapping['valueBasis']) => dispatch({ type: 'setValueBasis', basis }),
      [dispatch],
    ),
    toPreview: useCallback(
      () => dispatch({ type: 'toPreview', options: applyOptions() }),
      [dispatch, applyOptions],
    ),
    backToMapping: useCallback(() => dispatch({ type: 'backToMapping' }), [dispatch]),
    editCell: useCallback(
      (rowNumber: number, field: ImportField, value: string) =>
        dispatch({ type: 'editCell', rowNumber, field, text: value, options: applyOptions() }),
      [dispatch, applyOptions],
    ),
    setOwnerClass: useCallback(
      (ownerClass: OwnerClass) => dispatch({ type: 'setOwnerClass', ownerClass }),
      [dispatch],
    ),
    setFilter: useCallback((filter: 'all' | 'bad') => dispatch({ type: 'setFilter', filter }), [dispatch]),
    confirm: useCallback(async () => {
      const saving = dispatch({ type: 'confirm' });
      if (saving.step !== 'saving') return;
      const { items, rowNumbers } = importItems(saving.result, {
        caseId,
        visitId,
        ownerClass: saving.ownerClass,
        today: latest.current.today,
        newIds: (n) => ids.next(n),
      });
      try {
        if (items.length > 0) await latest.current.actions.addItems(items);
      } catch (error) {
        dispatch({ type: 'saveFailed' });
        notifications.show({
          color: 'red',
          autoClose: false,
          message: describeInventoryError(error, latest.current.text),
        });
        return;
      }
      const after = dispatch({
        type: 'saved',
        rowNumbers,
        options: applyOptions(items.map((i) => ({ id: i.id, serialNumber: i.serialNumber }))),
      });
      notifications.show({
        color: 'teal',
        message:
          after.step === 'done'
            ? latest.current.text.t('inventory.import.doneAll', { count: items.length })
            : latest.current.text.t('inventory.import.donePart', {
                count: items.length,
                remaining: after.step === 'preview' ? after.result.items.length : 0,
              }),
      });
    }, [dispatch, applyOptions, caseId, visitId, ids]),
  };
}

export type ImportWizardControl = ReturnType<typeof useImportWizard>;
