import { notifications } from '@mantine/notifications';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import type { Fen } from '../../../shared/domain/money';
import { describeInventoryError } from './describeInventoryError';
import { withJustification } from './grid/reviewPatch';
import type { InventoryActions } from './InventoryActions';
import type { usePendingLedger } from './usePendingLedger';
import type { InventoryText } from './useInventoryText';
import { writeReviewedEdit, type ExceedQuestion } from './writeReviewedEdit';
import { appClock } from '../../../shared/time/appClock';

/** A write held back until the officer answers: a justification (rule 2) or an over-seizure warning (rule 3). */
export type HeldWrite =
  | { kind: 'justify'; rowId: string; patch: Partial<MachineryAsset>; candidate: MachineryAsset }
  | ({ kind: 'exceed' } & ExceedQuestion);

type Options = {
  ledger: readonly Asset[];
  outstandingFen: Fen;
  actions: InventoryActions;
  pending: ReturnType<typeof usePendingLedger>;
  text: InventoryText;
};

/**
 * Writes of the inventory panel: each edit is reviewed against the bureau's rules (`reviewPatch`), held
 * for the officer's answer when a rule asks for one, shown at once through the pending overlay, and sent
 * through `actions`. A failed write is reported and its pending value dropped, so the cell shows what is
 * saved; nothing else changes.
 */
export function useRowWriter({ ledger, outstandingFen, actions, pending, text }: Options) {
  const [held, setHeld] = useState<HeldWrite | null>(null);
  const [notice, setNotice] = useState<'asset.wouldApproachClaim' | null>(null);
  const [inFlight, setInFlight] = useState(0);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // The answer the held over-seizure question waits for; a question replaced by another is answered "no".
  const exceedAnswer = useRef<((isConfirmed: boolean) => void) | null>(null);
  const answerExceed = useCallback((isConfirmed: boolean) => {
    const answer = exceedAnswer.current;
    exceedAnswer.current = null;
    answer?.(isConfirmed);
  }, []);
  const latest = useRef({ ledger, outstandingFen, actions, text });
  useLayoutEffect(() => {
    latest.current = { ledger, outstandingFen, actions, text };
  });
  const { patchRow, failRow, addPending, dropPending } = pending;

  const track = useCallback((work: Promise<void>, onFail: (error: unknown) => void) => {
    setInFlight((n) => n + 1);
    work.then(
      () => {
        setInFlight((n) => n - 1);
        setSavedAt(appClock.date());
      },
      (error: unknown) => {
        setInFlight((n) => n - 1);
        onFail(error);
      },
    );
  }, []);

  /** Writes a reviewed patch. */
  const write = useCallback(
    (rowId: string, patch: Partial<MachineryAsset>) => {
      patchRow(rowId, patch);
      track(latest.current.actions.updateItem(rowId, patch), (error) => {
        failRow(rowId, patch);
        notifications.show({
          color: 'red',
          autoClose: false,
          message: describeInventoryError(error, latest.current.text),
        });
      });
    },
    [patchRow, failRow, track],
  );

  const currentRow = (rowId: string): MachineryAsset | undefined => {
    const row = latest.current.ledger.find((a) => a.id === rowId);
    return row?.class === 'machinery' ? row : undefined;
  };

  /** Reviews an edit of one row and writes it, or holds it for the officer's answer. */
  const submit = useCallback(
    (row: MachineryAsset, patch: Partial<MachineryAsset>) => {
      const { ledger, outstandingFen } = latest.current;
      void writeReviewedEdit(row, patch, ledger, outstandingFen, {
        confirmExceed: (question) =>
          new Promise<boolean>((resolve) => {
            answerExceed(false);
            exceedAnswer.current = resolve;
            setHeld({ kind: 'exceed', ...question });
          }),
        // Shown at once through the overlay; a failed write is reported by `write` itself.
        write: async (rowId, reviewed) => write(rowId, reviewed),
      }).then(
        (outcome) => {
          if (outcome.kind === 'written' && outcome.notice !== null) setNotice(outcome.notice);
          if (outcome.kind === 'needsJustification') {
            answerExceed(false);
            setHeld({ kind: 'justify', rowId: row.id, patch: outcome.patch, candidate: outcome.candidate });
          }
        },
        (error: unknown) =>
          notifications.show({
            color: 'red',
            autoClose: false,
            message: describeInventoryError(error, latest.current.text),
          }),
      );
    },
    [write, answerExceed],
  );

  return {
    held,
    notice,
    isSaving: inFlight > 0,
    savedAt,
    submit,
    /** Writes a plain-text edit that no rule looks at (autosave of typing): no review. */
    writeText: write,
    dismissNotice: useCallback(() => setNotice(null), []),
    /** The justification for the held third-party measure: recorded, then the edit is reviewed again. */
    justify(justification: string) {
      if (held?.kind !== 'justify') return;
      setHeld(null);
      const row = currentRow(held.rowId);
      if (row !== undefined) submit(row, withJustification(held.patch, held.candidate, justification));
    },
    /** The officer read the over-seizure warning and goes ahead. */
    confirmExceed() {
      if (held?.kind !== 'exceed') return;
      setHeld(null);
      answerExceed(true);
    },
    /** The officer stepped back: nothing is written, the cell shows the saved value. */
    cancelHeld: useCallback(() => {
      setHeld(null);
      answerExceed(false);
    }, [answerExceed]),
    add: useCallback(
      (rows: MachineryAsset[]) => {
        addPending(rows);
        track(latest.current.actions.addItems(rows), (error) => {
          dropPending(rows.map((r) => r.id));
          notifications.show({
            color: 'red',
            autoClose: false,
            message: describeInventoryError(error, latest.current.text),
          });
        });
      },
      [addPending, dropPending, track],
    ),
    duplicate: useCallback(
      (rowId: string) =>
        track(latest.current.actions.duplicateItem(rowId), (error) =>
          notifications.show({
            color: 'red',
            autoClose: false,
            message: describeInventoryError(error, latest.current.text),
          }),
        ),
      [track],
    ),
  };
}

export type RowWriter = ReturnType<typeof useRowWriter>;
