import { createElement, useLayoutEffect, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { outstandingFen } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import type { AppServices } from '../../../renderer/app/services/AppServices';
import { ServicesContext } from '../../../renderer/app/services/servicesContext';
import { WriterContext } from '../../../renderer/app/session/writerContext';
import type { Writer } from '../../../renderer/data/session/Writer';
import { createRowIdSource } from '../../../renderer/features/inventory/grid/rowIdSource';
import type { InventoryActions } from '../../../renderer/features/inventory/InventoryActions';
import { useImportWizard } from '../../../renderer/features/inventory/import/useImportWizard';
import { localToday } from '../../../renderer/features/inventory/localToday';
import { useInventoryGrid } from '../../../renderer/features/inventory/useInventoryGrid';
import { useInventoryText } from '../../../renderer/features/inventory/useInventoryText';
import { usePendingLedger } from '../../../renderer/features/inventory/usePendingLedger';
import { useRowWriter } from '../../../renderer/features/inventory/useRowWriter';
import { useAttachmentActions } from '../../../renderer/features/visits/useAttachmentActions';
import { useInventoryActions } from '../../../renderer/features/visits/useInventoryActions';
import { useVisitRecord } from '../../../renderer/features/visits/useVisitRecord';

/** One `addItems` call the panel made, and when its promise settled (performance.now()). */
export type TrackedSave = { rows: MachineryAsset[]; startedAt: number; done: Promise<number> };

/** What one mounted visit exposes to the benchmark, as of its latest render. */
export type VisitHandles = {
  visit: Visit | null | undefined;
  /** Rows of the case's live ledger (the visit page's `useVisitRecord` query), and when it last grew. */
  savedAssets: number;
  savedAssetsAt: number;
  /** The grid's rows: saved plus pending. */
  gridRows: number;
  grid: ReturnType<typeof useInventoryGrid>;
  wizard: ReturnType<typeof useImportWizard>;
  attachments: ReturnType<typeof useAttachmentActions>;
  /** Every `addItems` the panel's hooks made, in order. */
  saves: TrackedSave[];
};

export type VisitTarget = { caseId: string; visitId: string };

// One source for the whole page, like the panel's module-level ROW_IDS.
const ROW_IDS = createRowIdSource();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The panel's `addItems`, with each call's start and settle time recorded; the write itself is unchanged. */
function useTrackedActions(actions: InventoryActions, saves: TrackedSave[]): InventoryActions {
  return useMemo(
    () => ({
      ...actions,
      addItems(items) {
        const startedAt = performance.now();
        const write = actions.addItems(items);
        saves.push({ rows: items, startedAt, done: write.then(() => performance.now()) });
        return write;
      },
    }),
    [actions, saves],
  );
}

/**
 * The visit page's inventory and photo hooks wired as VisitPage → InventorySection → InventoryPanel wire
 * them (live visit record, pending ledger, row writer, grid, import wizard, attachment actions), without
 * their DOM: the benchmark drives the same hooks the screens call.
 */
function VisitHarness({ target, onRender }: { target: VisitTarget; onRender: (h: VisitHandles) => void }) {
  const { caseId, visitId } = target;
  const record = useVisitRecord(visitId);
  const saves = useMemo<TrackedSave[]>(() => [], []);
  const actions = useTrackedActions(useInventoryActions(caseId, visitId), saves);
  const text = useInventoryText();
  const today = localToday();
  const pending = usePendingLedger(record.assets);
  const { ledger } = pending;
  const rows = useMemo(
    () =>
      ledger.filter((a): a is MachineryAsset => a.class === 'machinery' && a.visitId === visitId).sort(byId),
    [ledger, visitId],
  );
  const outstanding = record.case ? outstandingFen(record.case) : 0;
  const writer = useRowWriter({ ledger, outstandingFen: outstanding, actions, pending, text });
  const grid = useInventoryGrid({
    caseId,
    visitId,
    rows,
    isReadOnly: false,
    today,
    writer,
    ids: ROW_IDS,
    onMessage: () => {},
  });
  const wizard = useImportWizard({ caseId, visitId, ledger, actions, ids: ROW_IDS, today, text });
  const attachments = useAttachmentActions();
  const grown = useRef({ count: -1, at: 0 });
  useLayoutEffect(() => {
    if (record.assets.length !== grown.current.count)
      grown.current = { count: record.assets.length, at: performance.now() };
    onRender({
      visit: record.visit,
      savedAssets: grown.current.count,
      savedAssetsAt: grown.current.at,
      gridRows: rows.length,
      grid,
      wizard,
      attachments,
      saves,
    });
  });
  return null;
}

/**
 * Mounts one harness per target under the app's services and `writer` (as WriterGate provides it);
 * `handles(visitId)` is that visit's latest render.
 */
export function mountVisitHarness(services: AppServices, writer: Writer, targets: readonly VisitTarget[]) {
  const latest = new Map<string, VisitHandles>();
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    createElement(
      ServicesContext.Provider,
      { value: services },
      createElement(
        WriterContext.Provider,
        { value: writer },
        ...targets.map((target) =>
          createElement(VisitHarness, {
            key: target.visitId,
            target,
            onRender: (h: VisitHandles) => latest.set(target.visitId, h),
          }),
        ),
      ),
    ),
  );
  return {
    handles(visitId: string): VisitHandles | undefined {
      return latest.get(visitId);
    },
    unmount: () => root.unmount(),
  };
}
