import type { DiffRow } from '../review/DiffTable';

/** One version of a record, already worded for people: what the history components show. */
export type HistoryEntryView = {
  key: string;
  version: number;
  /** "第 3 版". */
  heading: string;
  /** What happened: "修改", "导入", "处理冲突", "已删除"… */
  action: string;
  /** Deletions and conflict resolutions stand out. */
  isNotable: boolean;
  author: string;
  serverTime: string;
  deviceTime: string | null;
  device: string | null;
  reason: string | null;
  deletion: string | null;
  /** A first version lists what the record was created with; it is shown folded. */
  isCreation: boolean;
  /** "创建时的内容（12 项）" for a first version, or the text for "no field changed". */
  changesSummary: string | null;
  changes: DiffRow[];
  hash: string;
};

/** The fixed words of the history components. */
export type HistoryLabels = {
  serverTime: string;
  deviceTime: string;
  device: string;
  reason: string;
  hash: string;
  field: string;
  from: string;
  to: string;
  /** What joins a label to its value: "：" in Chinese, ": " in English. */
  colon: string;
};
