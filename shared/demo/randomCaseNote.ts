import type { CaseStatus } from '../domain/caseStatus';
import type { CaseType } from '../domain/caseType';
import type { ClosingMode } from '../domain/closingMode';
import { formatCaseNumber } from '../validation/caseNumber';
import type { Prng } from './prng';

const OPEN_NOTES = [
  '已通过执行查控系统完成存款、房产、土地、车辆、股权“五查”，待线下核查。',
  '被执行人厂区仍在生产，机器设备已活封，允许继续使用。',
  '已对被执行人银行账户采取额度冻结，账户其余资金正常流转。',
  '被执行人法定代表人避而不见，已约谈其财务负责人。',
  '被执行人申报了履行计划，拟分期履行，待申请执行人答复。',
  '现场调查时企业部分停产，留守人员称订单减少。',
  '申请执行人提供了被执行人应收账款线索，待核实。',
];
const CLOSED_NOTES: Record<ClosingMode, readonly string[]> = {
  fully_performed: ['被执行人一次性付清案款，执行完毕。', '被执行人按履行计划分期履行完毕。'],
  settlement: ['双方达成执行和解协议，申请执行人同意宽限履行期限。'],
  terminated_this_round: [
    '经网络查控及线下核查，未发现可供执行财产，终结本次执行程序。',
    '被执行人名下车辆下落不明，已纳入失信被执行人名单，终结本次执行程序。',
  ],
  terminated: ['申请执行人撤回执行申请。', '被执行人进入破产程序，执转破。'],
};
const FLAGSHIP_NOTE =
  '该企业涉建工、买卖、服务等多起纠纷；经综合评估具有挽救价值，采取柔性执行，要求定期报告经营状况。';

export type CaseNoteContext = {
  type: CaseType;
  status: CaseStatus;
  closingMode: ClosingMode | null;
  acceptedYear: number;
  courtCode: string;
  isFlagshipDebtor: boolean;
};

/** A short team note for some cases (empty for most), consistent with the case's type and outcome. */
export function randomCaseNote(prng: Prng, c: CaseNoteContext): string {
  if (c.isFlagshipDebtor) return FLAGSHIP_NOTE;
  if (c.type === 'resumed' && prng.chance(0.6)) {
    const original = formatCaseNumber({
      year: c.acceptedYear - prng.int(1, 3),
      courtCode: c.courtCode,
      typeWord: '执',
      sequence: prng.int(1, 1_500),
    });
    return `申请执行人发现被执行人新的财产线索，申请恢复执行。原案号${original}。`;
  }
  if (c.type === 'preservation' || !prng.chance(0.35)) return '';
  if (c.closingMode !== null) return prng.pick(CLOSED_NOTES[c.closingMode]);
  return c.status === 'accepted' ? '' : prng.pick(OPEN_NOTES);
}
