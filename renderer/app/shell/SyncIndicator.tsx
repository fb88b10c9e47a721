import { Badge, Tooltip } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { useSyncStore } from '../../sync/syncStore';
import { useT } from '../i18n/useT';
import { useAttentionText } from './useAttentionText';

const COLOR = {
  signedOut: 'gray',
  offline: 'gray',
  syncing: 'blue',
  pending: 'blue',
  upToDate: 'teal',
  needsAttention: 'orange',
} as const;

/** The header's sync state at a glance: offline / syncing (n of m) / up to date / needs attention. */
export function SyncIndicator() {
  const t = useT();
  const navigate = useNavigate();
  const { status: engineStatus, progress, bytes } = useSyncStore();
  const { online } = useNetwork();
  // The network state is known before the engine's next attempt: show offline at once.
  const status = online ? engineStatus : 'offline';
  const attention = useAttentionText();
  const label =
    status === 'syncing' && progress && progress.total > 0
      ? t('syncStatus.syncingProgress', { done: progress.done, total: progress.total })
      : t(`syncStatus.${status}`);
  const bytesText =
    status === 'syncing' && bytes && bytes.total > 0
      ? t('syncStatus.bytes', {
          done: (bytes.done / 1048576).toFixed(1),
          total: (bytes.total / 1048576).toFixed(1),
        })
      : null;
  return (
    <Tooltip label={attention ?? bytesText ?? label} disabled={!attention && !bytesText}>
      <Badge
        color={COLOR[status]}
        variant="light"
        data-testid="sync-status"
        data-status={status}
        style={{ cursor: 'pointer' }}
        onClick={() => navigate('/sync')}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
