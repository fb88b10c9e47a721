import { isStorableText } from '../../../shared/sync/storableText';

/** Where a value sits in a request: keys and array indexes from the top. */
export type ValuePath = readonly (string | number)[];

/**
 * The path of the first string or object key inside `value` that PostgreSQL cannot store (U+0000, a lone
 * UTF-16 surrogate: shared/sync/storableText.ts), or undefined when there is none. Iterative, so no depth
 * overflows it. Subtrees for which `isOpaque(path)` is true are not entered (their owner checks them: a
 * push's mutation content is refused per mutation, see syncRoutes). Bytes (a blob chunk) are not text.
 */
export function findUnstorableText(
  value: unknown,
  isOpaque: (path: ValuePath) => boolean = () => false,
): ValuePath | undefined {
  const stack: [unknown, ValuePath][] = [[value, []]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (path.length > 0 && isOpaque(path)) continue;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
      continue;
    }
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], [...path, i]]);
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (!isStorableText(key)) return [...path, key];
      stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return undefined;
}
