import type { ColumnMapping, ImportField } from './columnMapping';

/** Header words per field with a preference (lower wins when several columns could fill one field). */
const HEADER_WORDS: Record<ImportField, readonly (readonly [word: string, preference: number])[]> = {
  name: [
    ['设备名称', 0],
    ['资产名称', 0],
    ['名称', 1],
    ['品名', 1],
    ['设备', 2],
    ['name', 1],
    ['equipmentname', 0],
    ['assetname', 0],
    ['equipment', 2],
    ['item', 3],
  ],
  model: [
    ['规格型号', 0],
    ['型号规格', 0],
    ['型号', 0],
    ['规格', 1],
    ['model', 0],
    ['specification', 1],
    ['spec', 1],
  ],
  manufacturer: [
    ['生产厂家', 0],
    ['制造商', 0],
    ['生产厂商', 0],
    ['制造厂家', 0],
    ['厂家', 1],
    ['制造厂', 1],
    ['品牌', 2],
    ['manufacturer', 0],
    ['maker', 1],
    ['brand', 2],
  ],
  serialNumber: [
    ['出厂编号', 0],
    ['序列号', 0],
    ['机身编号', 1],
    ['设备编号', 2],
    ['serialnumber', 0],
    ['serialno', 0],
    ['serial', 0],
    ['s/n', 1],
    ['sn', 1],
  ],
  year: [
    ['购置年份', 0],
    ['出厂年份', 0],
    ['年份', 1],
    ['购置日期', 2],
    ['出厂日期', 2],
    ['生产日期', 2],
    ['启用日期', 3],
    ['year', 0],
    ['purchaseyear', 0],
  ],
  quantity: [
    ['数量', 0],
    ['台数', 1],
    ['quantity', 0],
    ['qty', 0],
    ['count', 2],
  ],
  unit: [
    ['计量单位', 0],
    ['单位', 0],
    ['unit', 0],
    ['uom', 1],
  ],
  location: [
    ['存放地点', 0],
    ['存放位置', 0],
    ['所在位置', 0],
    ['位置', 1],
    ['地点', 2],
    ['location', 0],
    ['place', 1],
  ],
  condition: [
    ['使用状态', 0],
    ['设备状态', 0],
    ['使用情况', 1],
    ['状态', 1],
    ['状况', 1],
    ['condition', 0],
    ['status', 1],
  ],
  // Appraised value first, then stated value, net book value, original cost, and only then bare "amount".
  value: [
    ['评估价值', 0],
    ['评估值', 0],
    ['估值', 0],
    ['价值', 1],
    ['账面净值', 2],
    ['净值', 2],
    ['账面价值', 2],
    ['原值', 3],
    ['原价', 3],
    ['金额', 4],
    ['单价', 5],
    ['value', 1],
    ['bookvalue', 2],
    ['cost', 3],
    ['amount', 4],
    ['unitprice', 5],
    ['price', 5],
  ],
};

const PER_UNIT_WORDS = ['单价', 'unitprice', 'price'];

/** One header cell as the recogniser sees it: words only, plus any unit written in brackets. */
export function normaliseHeader(cell: string): { word: string; isWanYuan: boolean } {
  // NFKC folds full-width letters and brackets (（元）→ (元)) so one rule covers both.
  const folded = cell.normalize('NFKC').toLowerCase();
  const isWanYuan = folded.includes('万元');
  const word = folded.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '').replace(/[\s*:：_\-.]/g, '');
  return { word, isWanYuan };
}

/**
 * The field a header cell names and how strongly (lower is stronger), or null. An exact match beats a
 * Chinese word contained in a longer header ("设备名称及型号" still names the machine); English words only
 * match exactly, because short ones ("sn", "unit") hide inside unrelated words.
 */
export function recogniseHeader(cell: string): { field: ImportField; preference: number } | null {
  const { word } = normaliseHeader(cell);
  if (word === '') return null;
  let best: { field: ImportField; preference: number } | null = null;
  for (const [field, words] of Object.entries(HEADER_WORDS) as [
    ImportField,
    (typeof HEADER_WORDS)[ImportField],
  ][]) {
    for (const [w, preference] of words) {
      const isChinese = /[\u4e00-\u9fff]/.test(w);
      let score: number | null = null;
      if (word === w) score = preference;
      else if (isChinese && word.includes(w)) score = preference + 10;
      if (score !== null && (best === null || score < best.preference)) best = { field, preference: score };
    }
  }
  return best;
}

/**
 * Proposes a column mapping from a header row, recognising Chinese and English headers (名称/设备名称/name,
 * 型号/规格型号/model, 生产厂家/制造商/manufacturer, 出厂编号/序列号/serial, 年份/购置年份/year, 数量/quantity,
 * 单位/unit, 位置/存放地点/location, 状态/condition, 价值/估值/原值/value). Each field takes the column that
 * names it most strongly (leftmost on a tie); each column fills at most one field. A value header written in
 * 万元 sets `valueUnit`, a unit-price header (单价) sets `valueBasis`. The person confirms or corrects it.
 */
export function suggestMapping(headerRow: readonly string[]): ColumnMapping {
  const candidates: { field: ImportField; preference: number; column: number }[] = [];
  headerRow.forEach((cell, column) => {
    const hit = recogniseHeader(cell);
    if (hit !== null) candidates.push({ ...hit, column });
  });
  candidates.sort((a, b) => a.preference - b.preference || a.column - b.column);
  const columns: ColumnMapping['columns'] = {};
  const taken = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] !== undefined || taken.has(c.column)) continue;
    columns[c.field] = c.column;
    taken.add(c.column);
  }
  const valueHeader = columns.value === undefined ? null : normaliseHeader(headerRow[columns.value]!);
  return {
    columns,
    valueUnit: valueHeader?.isWanYuan ? 'wan_yuan' : 'yuan',
    valueBasis: valueHeader !== null && PER_UNIT_WORDS.includes(valueHeader.word) ? 'per_unit' : 'line',
  };
}
