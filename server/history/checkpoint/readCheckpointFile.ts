import { readFileSync } from 'node:fs';
import { checkpointFileSchema, type CheckpointFile } from './CheckpointFile';

/** Reads an exported checkpoint (a file that travelled: checked like any input); null when unusable. */
export function readCheckpointFile(path: string): CheckpointFile | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const result = checkpointFileSchema.safeParse(parsed);
  return result.success ? result.data : null;
}
