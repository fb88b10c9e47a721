/**
 * The figure beside the case list: the loaded list's length once it is there, else the (live) count of the
 * cases, else unknown. Never 0 for "not read yet": the page says it is loading instead of "共 0 件" beside
 * rows it is already showing (which a 50,000-case first start used to show for seconds).
 */
export function caseListTotal(
  all: readonly unknown[] | undefined,
  counted: number | undefined,
): number | undefined {
  return all?.length ?? counted;
}
