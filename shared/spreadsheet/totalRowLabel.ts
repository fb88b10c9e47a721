/**
 * Total and subtotal labels as Chinese lists write them — 合计, 小计, 总计, 累计 — optionally with a prefix
 * ("本页小计", "以上合计") or a suffix ("合计金额", "合计：", "合计（元）"), and the English ones. A cell must
 * be such a label as a whole: a machine called 累计流量计 (a totalising flow meter) is a machine.
 */
const TOTAL_LABEL =
  /^(?:本页|本表|以上|全部|总|共)?(?:合计|小计|总计|累计|总合计)(?:金额|数|数量|价值)?(?:\(.*\))?(?::.*)?$/;
const ENGLISH_TOTAL = /^(?:sub-?|grand)?totals?(?:\(.*\))?(?::.*)?$/i;

/**
 * The total or subtotal label of a row, or null when the row is not a total row. Such a row sums the rows
 * above it (合计 at the bottom of an asset list, 小计 after each workshop): it is shown as what it is and
 * never imported as an item. Every cell is looked at — the label usually sits in the first non-empty cells,
 * often merged across several columns — after folding full-width forms and removing spaces, full-width
 * ones included ("合 计").
 */
export function totalRowLabel(row: readonly string[]): string | null {
  for (const cell of row) {
    if (cell === '') continue;
    const folded = cell.normalize('NFKC').replace(/\s+/g, '');
    if (folded.length > 40) continue;
    if (TOTAL_LABEL.test(folded) || ENGLISH_TOTAL.test(folded)) return cell.trim();
  }
  return null;
}
