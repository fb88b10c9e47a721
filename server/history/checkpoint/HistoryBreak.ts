/** One thing found wrong with the stored history, as verify-history reports it. */
export type HistoryBreak =
  | { kind: 'chain'; entity: string; entityId: string; atVersion: number; detail: string }
  | { kind: 'checkpoint'; checkpointId: number; detail: string }
  | {
      kind: 'head';
      entity: string;
      entityId: string;
      /** What the checkpoint signed ("version:hash"), or null for a record it did not know. */
      signed: string | null;
      /** What the database holds now as of the checkpoint's commit, or null when it is gone. */
      found: string | null;
    };
