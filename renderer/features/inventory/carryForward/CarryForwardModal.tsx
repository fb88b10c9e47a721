import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { PossibleTransferFlag } from '../../../../shared/assets/possibleTransferFlag';
import { reconcileCarryForward } from '../../../../shared/assets/reconcileCarryForward';
import { CarryForwardList } from '../../../components/inventory/CarryForwardList';
import { assetLabel } from '../assetLabel';
import { describeInventoryError } from '../describeInventoryError';
import type { RowIdSource } from '../grid/rowIdSource';
import type { InventoryActions } from '../InventoryActions';
import type { InventoryText } from '../useInventoryText';
import {
  carryForwardBlockers,
  EMPTY_DRAFT,
  marksOf,
  withLocation,
  withMark,
  withRemainingMarked,
  type CarryForwardDraft,
} from './carryForwardDraft';

type Props = {
  opened: boolean;
  visitId: string;
  candidates: readonly MachineryAsset[];
  actions: InventoryActions;
  ids: RowIdSource;
  text: InventoryText;
  onClose: () => void;
  /** The flags raised by this carry-forward, for the panel to show at once. */
  onApplied: (flags: PossibleTransferFlag[]) => void;
};

/**
 * Carry forward from earlier visits (rule 8): the officer marks each machine recorded before as present,
 * missing or moved; applying writes this visit's rows for the present and moved ones and flags the
 * missing ones on the case as a possible transfer of assets — all in one `carryForward` call.
 */
export function CarryForwardModal({
  opened,
  visitId,
  candidates,
  actions,
  ids,
  text,
  onClose,
  onApplied,
}: Props) {
  const { t } = text;
  const [draft, setDraft] = useState<CarryForwardDraft>(EMPTY_DRAFT);
  const [isSaving, setSaving] = useState(false);
  const blockers = carryForwardBlockers(candidates, draft);
  const items = useMemo(
    () =>
      candidates.map((c) => {
        const label = assetLabel(c, t('inventory.unnamed'));
        return {
          id: c.id,
          title: label.title,
          detail: label.detail,
          measure: c.measure.kind === 'none' ? null : text.code(`inventory.measure.${c.measure.kind}`),
        };
      }),
    [candidates, t, text],
  );
  const close = () => {
    setDraft(EMPTY_DRAFT);
    onClose();
  };

  async function apply() {
    const newIds = ids.next(candidates.length);
    let i = 0;
    const result = reconcileCarryForward(candidates, marksOf(draft), { visitId, newId: () => newIds[i++]! });
    if (result.unmarked.length > 0 || result.problems.length > 0) return;
    setSaving(true);
    try {
      await actions.carryForward(result);
      notifications.show({
        color: result.possibleTransferFlags.length > 0 ? 'orange' : 'teal',
        message: t('inventory.carry.applied', {
          carried: result.rows.length,
          missing: result.possibleTransferFlags.length,
        }),
      });
      onApplied(result.possibleTransferFlags);
      setDraft(EMPTY_DRAFT);
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', autoClose: false, message: describeInventoryError(error, text) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('inventory.carry.title')}
      size="xl"
      data-testid="carry-forward"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('inventory.carry.hint', { count: candidates.length })}
        </Text>
        {candidates.length === 0 ? (
          <Alert color="gray">{t('inventory.carry.none')}</Alert>
        ) : (
          <CarryForwardList
            items={items}
            marks={draft}
            height={Math.min(420, candidates.length * 60 + 4)}
            labels={{
              present: t('inventory.carry.present'),
              missing: t('inventory.carry.missing'),
              moved: t('inventory.carry.moved'),
              newLocation: t('inventory.carry.newLocation'),
            }}
            onMark={(id, mark) => setDraft((d) => withMark(d, id, mark))}
            onLocation={(id, location) => setDraft((d) => withLocation(d, id, location))}
          />
        )}
        {blockers.movedWithoutLocation > 0 && (
          <Text size="sm" c="orange.8">
            {text.code('asset.movedWithoutLocation')}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            disabled={blockers.unmarked === 0}
            onClick={() =>
              setDraft((d) =>
                withRemainingMarked(
                  d,
                  candidates.map((c) => c.id),
                  'present',
                ),
              )
            }
            data-testid="carry-mark-rest-present"
          >
            {t('inventory.carry.restPresent', { count: blockers.unmarked })}
          </Button>
          <Group>
            <Button variant="default" onClick={close}>
              {t('inventory.cancel')}
            </Button>
            <Button
              onClick={() => void apply()}
              loading={isSaving}
              disabled={candidates.length === 0 || blockers.unmarked > 0 || blockers.movedWithoutLocation > 0}
              data-testid="carry-apply"
            >
              {blockers.unmarked > 0
                ? t('inventory.carry.unmarked', { count: blockers.unmarked })
                : t('inventory.carry.apply')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
