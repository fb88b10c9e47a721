import { Alert, Badge, Button, Group, Popover, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { currentAssets } from '../../../shared/assets/currentAssets';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import { overSeizureMeter } from '../../../shared/assets/overSeizureMeter';
import type { PossibleTransferFlag } from '../../../shared/assets/possibleTransferFlag';
import { rankByLeastHarm } from '../../../shared/assets/rankByLeastHarm';
import { formatYuan, type Fen } from '../../../shared/domain/money';
import { ExportMenu } from '../../components/ExportMenu';
import { ExceedConfirmDialog } from '../../components/inventory/ExceedConfirmDialog';
import { InventoryGrid } from '../../components/inventory/InventoryGrid';
import { JustificationDialog } from '../../components/inventory/JustificationDialog';
import { LeastHarmList } from '../../components/inventory/LeastHarmList';
import { OverSeizureMeterBar } from '../../components/inventory/OverSeizureMeterBar';
import { TransferFlagList } from '../../components/inventory/TransferFlagList';
import { assetLabel } from './assetLabel';
import { CarryForwardModal } from './carryForward/CarryForwardModal';
import { carryForwardCandidates } from './carryForward/carryForwardDraft';
import { useInventoryExport } from './export/useInventoryExport';
import { createRowIdSource } from './grid/rowIdSource';
import { ImportWizardModal } from './import/ImportWizardModal';
import { useImportWizard } from './import/useImportWizard';
import type { InventoryActions } from './InventoryActions';
import { localToday } from './localToday';
import { useGridPresentation } from './useGridPresentation';
import { useInventoryGrid } from './useInventoryGrid';
import { useInventoryText } from './useInventoryText';
import { usePendingLedger } from './usePendingLedger';
import { useRowWriter } from './useRowWriter';

export type InventoryPanelProps = {
  caseId: string;
  visitId: string;
  /** The case's whole ledger, earlier visits and other asset classes included: the meter counts it all. */
  assets: Asset[];
  /** What is still owed on the case, in fen: the cap of rule 3. */
  outstandingFen: Fen;
  /** A submitted or approved visit: the inventory is shown, not edited. */
  isReadOnly: boolean;
  actions: InventoryActions;
  /**
   * The case's possible-transfer flags, when the page has them: those raised on this visit are listed,
   * and their machines are not offered for carry-forward again. Without it the panel lists the flags
   * raised while it is open.
   */
  transferFlags?: readonly PossibleTransferFlag[];
};

// One source for the whole app: ids of rows made on this device keep increasing across panels.
const ROW_IDS = createRowIdSource();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The machinery inventory of one visit, as part of the case's asset ledger: the keyboard-first grid,
 * import from the enterprise's own list, carry-forward from earlier visits, seals with the owner guard
 * (rule 2), the over-seizure meter over the whole case (rule 3) and the least-harm suggestion (rule 1).
 */
export function InventoryPanel(props: InventoryPanelProps) {
  const { caseId, visitId, outstandingFen, isReadOnly, actions } = props;
  const text = useInventoryText();
  const { t } = text;
  const today = localToday();
  const pending = usePendingLedger(props.assets);
  const { ledger } = pending;
  const rows = useMemo(
    () =>
      ledger.filter((a): a is MachineryAsset => a.class === 'machinery' && a.visitId === visitId).sort(byId),
    [ledger, visitId],
  );
  const writer = useRowWriter({ ledger, outstandingFen, actions, pending, text });
  const [message, setMessage] = useState<string | null>(null);
  const grid = useInventoryGrid({
    caseId,
    visitId,
    rows,
    isReadOnly,
    today,
    writer,
    ids: ROW_IDS,
    onMessage: setMessage,
  });
  const { columns, callbacks } = useGridPresentation(text, grid, today);
  const [focusToken, setFocusToken] = useState(0);
  const refocus = useCallback(() => setFocusToken((n) => n + 1), []);

  const meter = useMemo(() => overSeizureMeter(ledger, outstandingFen), [ledger, outstandingFen]);
  const wizard = useImportWizard({ caseId, visitId, ledger, actions, ids: ROW_IDS, today, text });
  const exportMenu = useInventoryExport(caseId, visitId, rows, text);
  const [isCarryOpen, setCarryOpen] = useState(false);
  const [sessionFlags, setSessionFlags] = useState<PossibleTransferFlag[]>([]);
  const flags = (props.transferFlags ?? sessionFlags).filter((f) => f.detectedOnVisitId === visitId);
  const candidates = useMemo(
    () => carryForwardCandidates(ledger, visitId, props.transferFlags ?? sessionFlags),
    [ledger, visitId, props.transferFlags, sessionFlags],
  );
  // Ranked only while the list is open: every edit changes the ledger, and nobody reads the list then.
  const [isSuggestOpen, setSuggestOpen] = useState(false);
  const suggestions = useMemo(() => {
    if (!isSuggestOpen) return [];
    const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
    return rankByLeastHarm(currentAssets(ledger))
      .filter((r) => r.isEligible && r.asset.measure.kind === 'none')
      .slice(0, 12)
      .map((r) => ({
        id: r.asset.id,
        ...assetLabel(r.asset, t('inventory.unnamed')),
        reasons: r.reasons.map(text.code),
        rowIndex: rowIndex.get(r.asset.id) ?? null,
      }));
  }, [isSuggestOpen, ledger, rows, t, text.code]);

  const { held } = writer;
  const heldRow = held === null ? null : assetLabel(held.candidate, t('inventory.unnamed')).title;
  const active = { ...grid.state, errorText: grid.state.error === null ? null : text.code(grid.state.error) };
  const status = active.errorText ?? (message === null ? null : text.code(message));

  return (
    <Stack gap="sm" data-testid="inventory-panel">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Title order={4}>{t('inventory.title')}</Title>
          <Badge variant="light" data-testid="inventory-count">
            {t('inventory.count', { count: rows.length })}
          </Badge>
          <Text size="xs" c={writer.isSaving ? 'orange' : 'teal'} data-testid="inventory-save-state">
            {writer.isSaving
              ? t('inventory.saving')
              : writer.savedAt !== null
                ? t('inventory.saved', { time: writer.savedAt.toLocaleTimeString() })
                : ''}
          </Text>
        </Group>
        <Group gap="xs">
          <Popover
            position="bottom-end"
            shadow="md"
            withinPortal
            opened={isSuggestOpen}
            onChange={setSuggestOpen}
          >
            <Popover.Target>
              <Button
                variant="light"
                size="xs"
                onClick={() => setSuggestOpen((o) => !o)}
                data-testid="least-harm-button"
              >
                {t('inventory.leastHarm.button')}
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <LeastHarmList
                title={t('inventory.leastHarm.title')}
                hint={t('inventory.leastHarm.hint')}
                empty={t('inventory.leastHarm.empty')}
                items={suggestions}
                onPick={(rowIndex) => {
                  setSuggestOpen(false);
                  grid.selectRow(rowIndex);
                  refocus();
                }}
              />
            </Popover.Dropdown>
          </Popover>
          <ExportMenu {...exportMenu} />
          {!isReadOnly && (
            <>
              <Button
                variant="default"
                size="xs"
                onClick={() => setCarryOpen(true)}
                disabled={candidates.length === 0}
                data-testid="inventory-carry-forward"
              >
                {t('inventory.carry.button', { count: candidates.length })}
              </Button>
              <Button variant="default" size="xs" onClick={wizard.open} data-testid="inventory-import">
                {t('inventory.import.button')}
              </Button>
            </>
          )}
        </Group>
      </Group>

      <OverSeizureMeterBar
        level={meter.level}
        percent={meter.ratioBp === null ? (meter.valueUnderMeasureFen > 0 ? 100 : 0) : meter.ratioBp / 100}
        title={t('inventory.meter.title')}
        figures={t('inventory.meter.figures', {
          value: formatYuan(meter.valueUnderMeasureFen),
          outstanding: formatYuan(meter.outstandingFen),
        })}
        ratio={meter.ratioBp === null ? null : percentText(meter.ratioBp)}
        note={
          meter.unvaluedAssetIds.length > 0
            ? t('inventory.meter.unvalued', { count: meter.unvaluedAssetIds.length })
            : null
        }
      />
      {meter.level !== 'ok' && (
        <Alert
          color={meter.level === 'exceeded' ? 'red' : 'orange'}
          variant="light"
          data-testid="over-seizure-warning"
        >
          {text.code(meter.level === 'exceeded' ? 'asset.meterExceeded' : 'asset.meterApproaching')}
        </Alert>
      )}
      {writer.notice !== null && meter.level === 'ok' && (
        <Alert color="orange" variant="light" withCloseButton onClose={writer.dismissNotice}>
          {text.code(writer.notice)}
        </Alert>
      )}
      <TransferFlagList
        title={text.code('asset.possibleTransfer')}
        hint={t('inventory.flags.hint')}
        items={flags.map((f) => ({
          id: f.assetId,
          text: [
            f.identity.name || t('inventory.unnamed'),
            f.identity.model,
            f.identity.serialNumber,
            `${f.identity.quantity}${f.identity.unit}`,
            f.identity.location,
            f.measureKind === 'none' ? '' : text.code(`inventory.measure.${f.measureKind}`),
          ]
            .filter((p) => p.trim() !== '')
            .join(' · '),
        }))}
      />
      {wizard.held !== null && wizard.state.step === 'closed' && !isReadOnly && (
        <Alert color="orange" variant="light" data-testid="held-import">
          <Group justify="space-between">
            <Text size="sm">{t('inventory.import.held', { file: wizard.held.source.fileName })}</Text>
            <Group gap="xs">
              <Button size="xs" onClick={wizard.resume} data-testid="held-import-resume">
                {t('inventory.import.resume')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={wizard.discardHeld}>
                {t('inventory.import.discard')}
              </Button>
            </Group>
          </Group>
        </Alert>
      )}

      <InventoryGrid
        rows={rows}
        columns={columns}
        active={active}
        isReadOnly={isReadOnly}
        height="60vh"
        focusToken={focusToken}
        labels={{
          grid: t('inventory.title'),
          rowNumber: t('inventory.col.rowNumber'),
          issues: t('inventory.col.issues'),
          empty: isReadOnly ? t('inventory.emptyReadOnly') : t('inventory.empty'),
          clear: t('inventory.clearChoice'),
        }}
        callbacks={callbacks}
        onKeyDown={grid.onKeyDown}
        onLeave={grid.onLeave}
      />
      <Text
        size="xs"
        c={status === null ? 'dimmed' : 'red.7'}
        data-testid="inventory-status"
        aria-live="polite"
      >
        {status ?? (isReadOnly ? t('inventory.readOnly') : t('inventory.keys'))}
      </Text>

      <JustificationDialog
        opened={held?.kind === 'justify'}
        title={t('inventory.justify.title')}
        message={t('inventory.justify.message', { name: heldRow ?? '' })}
        label={t('inventory.justify.label')}
        confirm={t('inventory.justify.confirm')}
        cancel={t('inventory.cancel')}
        errorText={text.code}
        onConfirm={(justification) => {
          writer.justify(justification);
          refocus();
        }}
        onCancel={() => {
          writer.cancelHeld();
          refocus();
        }}
      />
      <ExceedConfirmDialog
        opened={held?.kind === 'exceed'}
        title={t('inventory.exceed.title')}
        message={text.code('asset.wouldExceedClaim')}
        details={
          held?.kind === 'exceed'
            ? [
                t('inventory.exceed.item', { name: heldRow ?? '' }),
                t('inventory.exceed.before', { value: formatYuan(held.check.before.valueUnderMeasureFen) }),
                t('inventory.exceed.after', { value: formatYuan(held.check.after.valueUnderMeasureFen) }),
                t('inventory.exceed.outstanding', { value: formatYuan(outstandingFen) }),
                t('inventory.exceed.excess', { value: formatYuan(held.check.excessFen) }),
              ]
            : []
        }
        confirm={t('inventory.exceed.confirm')}
        cancel={t('inventory.exceed.cancel')}
        onConfirm={() => {
          writer.confirmExceed();
          refocus();
        }}
        onCancel={() => {
          writer.cancelHeld();
          refocus();
        }}
      />
      <ImportWizardModal wizard={wizard} text={text} />
      <CarryForwardModal
        opened={isCarryOpen}
        visitId={visitId}
        candidates={candidates}
        actions={actions}
        ids={ROW_IDS}
        text={text}
        onClose={() => {
          setCarryOpen(false);
          refocus();
        }}
        onApplied={(raised) => setSessionFlags((f) => [...f, ...raised])}
      />
    </Stack>
  );
}

/** Basis points as a percentage with one decimal, rounded down like the meter's level (8995 → 89.9%). */
function percentText(bp: number): string {
  return `${Math.floor(bp / 100)}.${Math.floor((bp % 100) / 10)}%`;
}
