import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { caseSchema } from '../../../shared/domain/case';
import { CHILD_TABLES } from '../../data/repositories/childTables';
import { en } from './en';
import { zhCN } from './zhCN';

/** The top-level fields of a record schema (objects, unions of them, refined or piped). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.keys(def.shape as object);
    case 'union':
      return (def.options as z.ZodType[]).flatMap(fieldsOf);
    case 'pipe':
      return fieldsOf(def.in as z.ZodType);
    default:
      throw new Error(`no fields in a ${String(def.type)} schema`);
  }
}

describe('field names on the Sync page, in history and in conflicts', () => {
  it('every field of every synced record has a name in Chinese and in English', () => {
    const schemas = [caseSchema, ...Object.values(CHILD_TABLES).map((t) => t.schema)];
    const fields = [...new Set(schemas.flatMap(fieldsOf))].sort();
    expect(fields).toContain('serialNumber');
    const unnamed = fields.filter((f) => !Object.hasOwn(zhCN, `history.field.${f}`));
    expect(unnamed).toEqual([]);
    for (const f of fields) expect(en[`history.field.${f}` as keyof typeof en]).toBeTruthy();
  });
});
