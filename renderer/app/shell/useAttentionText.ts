import { useSyncStore } from '../../sync/syncStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/zhCN';
import { zhCN } from '../i18n/zhCN';

/** Why sync needs attention, in the user's language (null when it does not). */
export function useAttentionText(): string | null {
  const t = useT();
  const attention = useSyncStore((s) => s.attention);
  if (!attention) return null;
  const key = `syncAttention.${attention}`;
  return key in zhCN ? t(key as MessageKey) : t('syncAttention.other', { code: attention });
}
