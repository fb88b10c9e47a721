import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Re-renders when the rows a query read change. Features use this instead of importing Dexie, so the
 * database stays an implementation detail of renderer/data.
 */
export const useLive = useLiveQuery;
