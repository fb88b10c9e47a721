import { unreachable } from '../../../shared/util/assert';
import type { HistoryBreak } from './HistoryBreak';

/** One line about a break, Chinese then English, for the administrator's terminal. */
export function describeBreak(b: HistoryBreak): string {
  switch (b.kind) {
    case 'chain':
      return `历史记录被改动 / history altered: ${b.entity} ${b.entityId} at version ${b.atVersion} — ${b.detail}`;
    case 'checkpoint':
      return `检查点不符 / checkpoint ${b.checkpointId} does not hold: ${b.detail}`;
    case 'head':
      return b.signed === null
        ? `检查点之后补入的记录 / record added to the past after the checkpoint: ${b.entity} ${b.entityId} (${b.found})`
        : b.found === null
          ? `签名后被删除 / removed since it was signed: ${b.entity} ${b.entityId} (signed ${b.signed})`
          : `签名后被改写 / rewritten since it was signed: ${b.entity} ${b.entityId} (signed ${b.signed}, now ${b.found})`;
    default:
      return unreachable(b);
  }
}
