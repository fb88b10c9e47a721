import { uuidv7 } from '../../../../shared/ids/uuidv7';

/** Hands out ids for new inventory rows; see `createRowIdSource`. */
export type RowIdSource = { next(count: number): string[] };

/**
 * Ids for new rows that sort in the order the rows were made, because the grid lists a visit's rows in id
 * order. UUIDv7 orders by millisecond only, and an import makes hundreds of rows within one: each batch
 * therefore takes a millisecond later than the previous batch and its ids are sorted before they are
 * handed out in row order.
 */
export function createRowIdSource(
  now: () => number = Date.now,
  random: () => Uint8Array = () => crypto.getRandomValues(new Uint8Array(10)),
): RowIdSource {
  let lastMs = 0;
  return {
    next(count) {
      const ms = Math.max(now(), lastMs + 1);
      lastMs = ms;
      return Array.from({ length: count }, () => uuidv7(ms, random())).sort();
    },
  };
}
