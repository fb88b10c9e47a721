import { useT } from '../../app/i18n/useT';
import { VerificationResult } from '../../components/history/VerificationResult';
import { formatAuditTime } from './formatAuditTime';
import type { VerificationState } from './useChainVerification';
import { useHistoryFailureText } from './useHistoryFailureText';

type Done = Extract<VerificationState, { kind: 'done' }>;

/** What the signed head and checkpoint kept on this device say against the server, when it is not "fine". */
function keptEvidenceWarning(
  state: Done,
  t: ReturnType<typeof useT>,
): { tone: 'broken' | 'failed'; title: string } | null {
  const { held, checkpoint } = state;
  if (held.kind === 'signatureInvalid')
    return { tone: 'broken', title: t('history.signatureInvalid', { version: held.version }) };
  if (held.kind === 'changed')
    return { tone: 'broken', title: t('history.changedSinceReceived', { version: held.version }) };
  if (checkpoint.kind === 'signatureInvalid')
    return { tone: 'broken', title: t('history.checkpointSignatureInvalid', { id: checkpoint.id }) };
  if (checkpoint.kind === 'regressed')
    return { tone: 'broken', title: t('history.checkpointRegressed', { heldId: checkpoint.heldId }) };
  if (held.kind === 'notVerifiable')
    return { tone: 'failed', title: t('history.notVerifiable', { version: held.version }) };
  if (checkpoint.kind === 'notVerifiable')
    return { tone: 'failed', title: t('history.checkpointNotVerifiable', { id: checkpoint.id }) };
  return null;
}

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
      // What this device kept outranks the server's own check: a rewrite with recomputed hashes passes the
      // latter. A head or checkpoint whose signature fails is a break too, never silently trusted.
      const warning = keptEvidenceWarning(state, t);
      if (warning) return <VerificationResult tone={warning.tone} title={warning.title} detail={checkedAt} />;
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
