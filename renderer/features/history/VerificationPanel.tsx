import { useT } from '../../app/i18n/useT';
import { VerificationResult } from '../../components/history/VerificationResult';
import { formatAuditTime } from './formatAuditTime';
import type { VerificationState } from './useChainVerification';
import { useHistoryFailureText } from './useHistoryFailureText';

/** The last "Verify integrity" answer in words: intact, broken at version n, or why it could not run. */
export function VerificationPanel({ state }: { state: VerificationState }) {
  const t = useT();
  const failureText = useHistoryFailureText();
  switch (state.kind) {
    case 'idle':
    case 'checking':
      return null;
    case 'failed':
      return (
        <VerificationResult
          tone="failed"
          title={t('history.verifyFailed', { message: failureText(state.failure) })}
        />
      );
    case 'done': {
      const checkedAt = t('history.checkedAt', { time: formatAuditTime(state.checkedAt) });
      // The signed head this device kept outranks the server's own check: a rewrite with recomputed hashes
      // passes the latter.
      if (state.held.kind === 'changed')
        return (
          <VerificationResult
            tone="broken"
            title={t('history.changedSinceReceived', { version: state.held.version })}
            detail={checkedAt}
          />
        );
      return state.result.isIntact ? (
        <VerificationResult
          tone="intact"
          title={t('history.intact', { n: state.result.versions })}
          detail={checkedAt}
        />
      ) : (
        <VerificationResult
          tone="broken"
          title={t('history.broken', { version: state.result.brokenAtVersion })}
          detail={checkedAt}
        />
      );
    }
  }
}
