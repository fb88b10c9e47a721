import { readFileSync } from 'node:fs';

/**
 * The bytes of a committed spreadsheet fixture (tests/fixtures/spreadsheets, written by other programs).
 * Read here, in Node, so the shared reader's tests stay free of platform modules in shared/.
 */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)));
}
