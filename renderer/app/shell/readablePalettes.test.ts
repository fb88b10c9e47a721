import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme';
import { contrastRatio } from './contrastRatio';
import { readablePalettes } from './readablePalettes';

const WHITE = '#ffffff';
const AA = 4.5;
const palettes = readablePalettes(DEFAULT_THEME.colors);
const names = Object.keys(DEFAULT_THEME.colors) as (keyof typeof palettes)[];

describe('contrastRatio', () => {
  it('gives WCAG figures: black on white, and Mantine’s dimmed grey that axe-core rejects', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', WHITE)).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#abcdef', '#abcdef')).toBe(1);
  });
});

describe('readablePalettes', () => {
  const { gray } = palettes;
  it.each(names)(
    '%s: shade 8 (text, links, outlines, white on filled) reads on white and row greys',
    (name) => {
      for (const bg of [WHITE, gray[0], gray[1]])
        expect(contrastRatio(palettes[name][8], bg)).toBeGreaterThanOrEqual(AA);
    },
  );

  it.each(names)(
    '%s: shade 9 (light badges and alerts) reads on its tinted backgrounds and is darker',
    (name) => {
      const s = palettes[name];
      for (const bg of [s[1], s[2], WHITE]) expect(contrastRatio(s[9], bg)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(s[9], WHITE)).toBeGreaterThan(contrastRatio(s[8], WHITE));
    },
  );

  it('makes dimmed text (grey 6) readable on white, row greys and grey 2, still lighter than grey 7', () => {
    for (const bg of [WHITE, gray[0], gray[1], gray[2]])
      expect(contrastRatio(gray[6], bg)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(gray[6], WHITE)).toBeLessThan(contrastRatio(gray[7], WHITE));
    expect(DEFAULT_THEME.colors.gray[6]).toBe('#868e96');
    expect(gray[6]).not.toBe('#868e96');
  });

  it('keeps the background shades and any shade that already passed as Mantine made them', () => {
    for (const name of names)
      for (const i of [0, 1, 2, 3, 4, 5, 7]) {
        expect(palettes[name][i]).toBe(DEFAULT_THEME.colors[name][i]);
      }
    // dark.8 is near-black already.
    expect(palettes.dark[8]).toBe(DEFAULT_THEME.colors.dark[8]);
  });

  it('is what the theme uses, with the readable shade as the primary one', () => {
    expect(theme.colors?.orange).toEqual(palettes.orange);
    expect(theme.primaryShade).toEqual({ light: 8, dark: 8 });
  });
});
