/** A position in a JournaledMap's history, to roll back to. */
export type JournalMark = number;

type Entry<K, V> = { key: K; had: boolean; previous: V | undefined };

/**
 * A Map whose changes can be undone back to a mark. A push keeps its in-memory state (records read and
 * written, records touched) in these, so a refused mutation or an aborted txId group is undone in memory
 * exactly as far as its savepoint undoes it in the database.
 */
export class JournaledMap<K, V> {
  #map = new Map<K, V>();
  #journal: Entry<K, V>[] = [];

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  get size(): number {
    return this.#map.size;
  }

  set(key: K, value: V): void {
    this.#journal.push({ key, had: this.#map.has(key), previous: this.#map.get(key) });
    this.#map.set(key, value);
  }

  delete(key: K): void {
    if (!this.#map.has(key)) return;
    this.#journal.push({ key, had: true, previous: this.#map.get(key) });
    this.#map.delete(key);
  }

  entries(): IterableIterator<[K, V]> {
    return this.#map.entries();
  }

  values(): IterableIterator<V> {
    return this.#map.values();
  }

  mark(): JournalMark {
    return this.#journal.length;
  }

  /** Undoes every change made after `mark`, newest first. */
  rollbackTo(mark: JournalMark): void {
    while (this.#journal.length > mark) {
      const entry = this.#journal.pop()!;
      if (entry.had) this.#map.set(entry.key, entry.previous as V);
      else this.#map.delete(entry.key);
    }
  }
}
