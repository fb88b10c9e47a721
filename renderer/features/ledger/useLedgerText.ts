import { useMemo } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { useInventoryText } from '../inventory/useInventoryText';
import { assetLabel } from '../inventory/assetLabel';
import type { Reminder } from '../../../shared/legalCalendar/reminderDue';

/**
 * The ledger screens' words: the catalog (`t`), any shared code through the one message registry (`code`,
 * `codeWith`), and the labels every ledger list shows the same way (class, measure, owner, term state).
 */
export function useLedgerText() {
  const text = useInventoryText();
  const { t } = text;
  return useMemo(
    () => ({
      ...text,
      className: (asset: Asset) => t(`ledger.class.${asset.class}`),
      ownerName: (asset: Asset) => t(`inventory.owner.${asset.ownerClass}`),
      title: (asset: Asset) => assetLabel(asset, t('ledger.unnamed')),
      measureName: (asset: Asset) => {
        const kind = t(`ledger.measure.${asset.measure.kind}`);
        const q = asset.measure.queue;
        return q?.position === 'queued'
          ? `${kind} · ${t('ledger.queue.queued', { court: q.courtAhead })}`
          : kind;
      },
      renewLabel: (asset: Asset) =>
        t(asset.measure.kind === 'quota_freeze' ? 'ledger.renew.freeze' : 'ledger.renew.seal'),
      /** The term's state in a few words: days left, lapsed, queued, undated, running. */
      reminderLabel: (r: Reminder, isDated: boolean): string => {
        switch (r.kind) {
          case 'due':
            return r.daysLeft === 0
              ? t('ledger.reminder.dueToday')
              : t('ledger.reminder.due', { count: r.daysLeft });
          case 'lapsed':
            return t('ledger.reminder.lapsed');
          case 'queued':
            return t('ledger.reminder.queued');
          case 'undated':
            return t('ledger.reminder.undated');
          case 'none':
            return isDated ? t('ledger.reminder.running') : t('ledger.reminder.none');
        }
      },
    }),
    [text, t],
  );
}

export type LedgerText = ReturnType<typeof useLedgerText>;
