/** One record's chain head: its latest version (as of some commit) and that version's hash. */
export type ChainHead = { entity: string; entityId: string; version: number; hash: string };
