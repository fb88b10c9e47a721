import type { ConflictSideView } from '../../components/conflicts/ConflictSideCard';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useWriter } from '../../app/session/writerContext';
import { useLive } from '../../data/useLive';
import { formatAuditTime } from '../history/formatAuditTime';
import { useFieldName } from '../../app/i18n/useFieldName';
import { useConflictValueText } from './useConflictValueText';
import { useUserNames } from './useUserNames';

type Side = SyncConflict['mineBy'];

export type ConflictView = {
  conflict: SyncConflict;
  caseNumber: string | null;
  fieldName: string;
  base: ConflictSideView;
  mine: ConflictSideView;
  theirs: ConflictSideView;
};

/**
 * One open conflict of this device, live, worded for the resolution screen: the record it is on and its
 * three sides with author names, devices and times. `undefined` while loading, `null` when the conflict is
 * not open here (resolved meanwhile, or never synced to this device).
 */
export function useConflictView(conflictId: string): ConflictView | null | undefined {
  const t = useT();
  const { repos } = useServices();
  const myDeviceId = useWriter().deviceId;
  const data = useLive(async () => {
    const conflict = await repos.conflicts.get(conflictId);
    if (!conflict) return null;
    return { conflict, caseNumber: (await repos.cases.get(conflict.caseId))?.caseNumber ?? null };
  }, [repos, conflictId]);
  const nameOf = useUserNames(data?.conflict.caseId);
  const fieldName = useFieldName();
  const valueText = useConflictValueText();
  if (!data) return data;
  const { conflict } = data;

  // "Mine" reached the server when the conflict opened: that time is known even from an older server.
  const details = (by: Side, receivedAt: string | null = null): string[] => {
    const lines = [t('conflicts.by', { name: nameOf(by.authorUserId) ?? t('conflicts.unknown') })];
    const device = by.deviceId ?? t('conflicts.unknown');
    lines.push(
      t('conflicts.device', {
        device:
          by.deviceId !== null && by.deviceId === myDeviceId ? t('conflicts.thisDevice', { device }) : device,
      }),
    );
    const serverTime = by.serverTime ?? receivedAt;
    if (serverTime) lines.push(t('conflicts.serverTime', { time: formatAuditTime(serverTime) }));
    if (by.deviceTime) lines.push(t('conflicts.deviceTime', { time: formatAuditTime(by.deviceTime) }));
    return lines;
  };

  return {
    conflict,
    caseNumber: data.caseNumber,
    fieldName: conflict.kind === 'field' ? fieldName(conflict.field) : t(`entity.${conflict.entity}`),
    base: {
      title: t('conflicts.side.base'),
      value: valueText(conflict, 'base'),
      details: [t('conflicts.side.baseHint')],
    },
    mine: {
      title: t('conflicts.side.mine'),
      value: valueText(conflict, 'mine'),
      details: details(conflict.mineBy, conflict.openedAt),
    },
    theirs: {
      title: t('conflicts.side.theirs'),
      value: valueText(conflict, 'theirs'),
      details: details(conflict.theirsBy),
    },
  };
}
