import type { MachineryCondition } from '../assets/machineryAsset';
import { foldCell, isPlaceholder, type CellResult } from './cellResult';

// A Map, not an object: cell text must never reach a prototype property such as "constructor".
const EXACT = new Map<string, MachineryCondition>(
  Object.entries({
    在用: 'running',
    使用中: 'running',
    正常: 'running',
    正常使用: 'running',
    运行: 'running',
    运行中: 'running',
    良好: 'running',
    完好: 'running',
    running: 'running',
    'in use': 'running',
    inuse: 'running',
    operating: 'running',
    working: 'running',
    normal: 'running',
    闲置: 'idle',
    停用: 'idle',
    未使用: 'idle',
    未用: 'idle',
    备用: 'idle',
    停机: 'idle',
    idle: 'idle',
    unused: 'idle',
    standby: 'idle',
    'not in use': 'idle',
    损坏: 'damaged',
    故障: 'damaged',
    待修: 'damaged',
    维修中: 'damaged',
    报废: 'damaged',
    待报废: 'damaged',
    损毁: 'damaged',
    damaged: 'damaged',
    broken: 'damaged',
    faulty: 'damaged',
    scrapped: 'damaged',
    'out of order': 'damaged',
  } satisfies Record<string, MachineryCondition>),
);

// Looked for inside longer phrases ("部分损坏", "长期闲置"). Damage is checked first: "停用待修" is damaged.
// Words meaning "in use" are only matched exactly, since "不正常" and "未使用" contain them.
const DAMAGED_PARTS = ['损坏', '故障', '待修', '维修', '报废', '损毁', '坏'];
const IDLE_PARTS = ['闲置', '停用', '停机', '未使用', '备用'];

/**
 * Reads a condition cell: running 在用, idle 闲置 or damaged 损坏, from the Chinese and English words
 * lists use. Empty is null (not yet known); an unrecognised word is an error, so nothing is guessed.
 */
export function parseConditionCell(raw: string): CellResult<MachineryCondition | null> {
  const cell = foldCell(raw).toLowerCase();
  if (cell === '' || isPlaceholder(cell)) return { ok: true, value: null };
  const exact = EXACT.get(cell);
  if (exact !== undefined) return { ok: true, value: exact };
  if (DAMAGED_PARTS.some((w) => cell.includes(w))) return { ok: true, value: 'damaged' };
  if (IDLE_PARTS.some((w) => cell.includes(w))) return { ok: true, value: 'idle' };
  return { ok: false, code: 'import.conditionUnknown' };
}
