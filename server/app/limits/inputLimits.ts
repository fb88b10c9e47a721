/**
 * Deepest nesting of objects and arrays a JSON body may have. A push is about 8 deep (body → mutations →
 * mutation → changes → field → from/to → a list of objects); 64 leaves room for any record shape and
 * stops a body that would overflow a recursive walk (JSON.stringify, zod, canonical JSON).
 */
export const MAX_JSON_DEPTH = 64;
