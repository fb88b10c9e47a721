/** A column of the inventory grid as the grid draws it. */
export type GridColumnView = {
  key: string;
  kind: 'text' | 'choice';
  width: number;
  isNumeric: boolean;
  /** Option values of a choice column (labels come from `optionLabel`). */
  options?: readonly string[];
  isNullable?: boolean;
};

/** The selected cell and what is happening in it (mirrors the grid reducer's state). */
export type GridActiveCell = {
  row: number;
  col: number;
  mode: 'nav' | 'edit' | 'choose';
  draft: string;
  editStart: 'typed' | 'f2' | 'click';
  choice: number;
  /** The message for an input that cannot be saved. */
  errorText: string | null;
};

/** A problem shown on a row; `columnKey` marks the cell concerned, if any. */
export type RowIssue = { severity: 'error' | 'warning'; columnKey: string | null; message: string };
