import { Button, Tooltip } from '@mantine/core';
import { vaultManager } from '../../app/boot/vaultManager';
import { useVaultState } from '../../app/boot/vaultState';
import { useT } from '../../app/i18n/useT';

/** Locks now (leaving the laptop): only in an officer's vault, the demo court has nothing to lock. */
export function LockButton() {
  const t = useT();
  const isVault = useVaultState((s) => s.state.phase === 'open' && s.state.ownerId !== null);
  if (!isVault) return null;
  return (
    <Tooltip label={t('lock.lockNowHint')}>
      <Button variant="default" size="xs" onClick={() => void vaultManager.lock()} data-testid="lock-now">
        {t('lock.lockNow')}
      </Button>
    </Tooltip>
  );
}
