import { describe, expect, it } from 'vitest';
import { formatLocal, fromLocalInput, toLocalInput, toOffsetIso } from './localDateTime';

describe('localDateTime', () => {
  it('writes the device offset and reads back the same instant', () => {
    const date = new Date(2025, 5, 3, 9, 5, 7);
    const iso = toOffsetIso(date);
    expect(iso).toMatch(/^2025-06-03T09:05:07[+-]\d{2}:\d{2}$/);
    expect(Date.parse(iso)).toBe(date.getTime());
  });

  it('round-trips a datetime-local value', () => {
    const iso = fromLocalInput('2025-06-03T09:40');
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso)).toBe('2025-06-03T09:40');
    expect(formatLocal(iso)).toBe('2025-06-03 09:40');
  });

  it('refuses what is not a real time instead of guessing', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2025-02-30T09:00')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });
});
