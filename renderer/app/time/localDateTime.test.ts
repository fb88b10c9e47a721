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

  it('reads back what it shows, so a typed time survives a round trip through the field', () => {
    const iso = fromLocalInput('2026-12-04 10:57');
    expect(formatLocal(iso)).toBe('2026-12-04 10:57');
    expect(fromLocalInput(formatLocal(iso))).toBe(iso);
  });

  it('takes the ways officers type a time, full-width digits from a Chinese input method included', () => {
    const expected = fromLocalInput('2026-12-04 09:05');
    for (const typed of [
      '2026-12-04T09:05',
      '  2026-12-04   9:05 ',
      '2026/12/4 9:05',
      '2026.12.04 09:05',
      '2026年12月4日 9:05',
      '2026年12月4日9时05分',
      '２０２６－１２－０４　０９：０５',
    ])
      expect(fromLocalInput(typed), typed).toBe(expected);
    expect(formatLocal(fromLocalInput('2026-12-04 09:05:30'))).toBe('2026-12-04 09:05');
  });

  it('refuses what is not a real time instead of guessing', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2025-02-30T09:00')).toBeNull();
    expect(fromLocalInput('2025-06-03 24:00')).toBeNull();
    expect(fromLocalInput('2025-06-03 09:60')).toBeNull();
    expect(fromLocalInput('2025-06-03 09:40:61')).toBeNull();
    expect(fromLocalInput('0099-06-03 09:40')).toBeNull();
    expect(fromLocalInput('2025-06-03')).toBeNull();
    expect(fromLocalInput('2025-06-03 09:4')).toBeNull();
    expect(fromLocalInput('12/04/2026 10:57 AM')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });
});
