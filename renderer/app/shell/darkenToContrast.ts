import { contrastRatio } from './contrastRatio';

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/**
 * `hex` mixed toward black in small steps (hue kept) until it reaches `ratio` against every one of
 * `backgrounds`; `hex` itself when it already does. Black always gets there, so this ends.
 */
export function darkenToContrast(hex: string, backgrounds: readonly string[], ratio: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  for (let step = 0; step <= 100; step++) {
    const keep = 1 - step / 100;
    const candidate = `#${rgb.map((v) => hex2(v * keep)).join('')}`;
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}
