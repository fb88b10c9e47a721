import type { Coordinates } from '../../../shared/visits/coordinates';
import { isNotBlank } from '../../../shared/visits/isNotBlank';
import type { PersonPresent } from '../../../shared/visits/personPresent';

/** A person row as typed: `key` keeps React rows stable while names change. */
export type PersonRow = { key: string; name: string; role: string };

export type ParsedPeople = { people: PersonPresent[]; unnamedRowKeys: string[] };

/**
 * The people rows to save: every row with anything typed in it, exactly as typed — a row with only a role
 * is saved too (and reported in `unnamedRowKeys`: it needs a name before the visit can be submitted), so a
 * reload or another device shows everything the officer typed. Only a completely empty row, one the officer
 * has added but not filled in, is left out.
 */
export function peopleFromRows(rows: readonly PersonRow[]): ParsedPeople {
  const people: PersonPresent[] = [];
  const unnamedRowKeys: string[] = [];
  for (const r of rows) {
    const isNamed = isNotBlank(r.name);
    if (isNamed || isNotBlank(r.role)) people.push({ name: r.name, role: r.role });
    if (!isNamed && isNotBlank(r.role)) unnamedRowKeys.push(r.key);
  }
  return { people, unnamedRowKeys };
}

export type ParsedCoordinates = { ok: true; value: Coordinates | null } | { ok: false };

/** Typed latitude and longitude: both empty = no coordinates; otherwise two numbers in range. */
export function coordinatesFromText(lat: string, lng: string): ParsedCoordinates {
  const a = lat.trim();
  const b = lng.trim();
  if (a === '' && b === '') return { ok: true, value: null };
  const la = Number(a);
  const lo = Number(b);
  if (a === '' || b === '' || !Number.isFinite(la) || !Number.isFinite(lo)) return { ok: false };
  if (la < -90 || la > 90 || lo < -180 || lo > 180) return { ok: false };
  return { ok: true, value: { lat: la, lng: lo, source: 'typed' } };
}

/** Workforce as typed: '' = not recorded; otherwise a whole number ≥ 0, else undefined (invalid). */
export function workforceFromText(text: string): number | null | undefined {
  const v = text.trim();
  if (v === '') return null;
  if (!/^\d{1,7}$/.test(v)) return undefined;
  return Number(v);
}
