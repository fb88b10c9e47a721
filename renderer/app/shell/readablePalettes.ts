import { keys, type MantineColorsTuple, type MantineThemeColors } from '@mantine/core';
import { contrastRatio } from './contrastRatio';
import { darkenToContrast } from './darkenToContrast';

/** Body text's WCAG AA minimum (4.5:1), with a margin for rounding in the browser's colour maths. */
const TEXT_RATIO = 4.6;
const WHITE = '#ffffff';

/**
 * Mantine's palettes with the shades the app reads text in made dark enough to read (WCAG AA, which
 * axe-core checks), everything else as Mantine made it:
 * - shade 8 — the theme's primary shade, so coloured text (`c="teal"`), links, outline badges and the
 *   white text on filled buttons and badges — reaches 4.5:1 on white and on the grey of hovered and
 *   striped table rows;
 * - shade 9 — the text of light badges and alerts — reaches it on the tinted backgrounds (shades 1–2) they
 *   sit on, and stays darker than shade 8;
 * - grey shade 6 — Mantine's "dimmed" text (#868e96 is 3.3:1 on white) — reaches it on white, the
 *   hovered-row grey and grey 2 (the frame around the printable history).
 * Mantine's yellow, orange, teal and green fail all three out of the box; indigo's shade 6 fails by a hair.
 */
export function readablePalettes(colors: MantineThemeColors): MantineThemeColors {
  const rowGreys = [WHITE, colors.gray[0], colors.gray[1]];
  const readable = (name: string, shades: MantineColorsTuple): MantineColorsTuple => {
    const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9] = shades;
    const six = name === 'gray' ? darkenToContrast(s6, [...rowGreys, s2], TEXT_RATIO) : s6;
    const eight = darkenToContrast(s8, rowGreys, TEXT_RATIO);
    const nine = darkenToContrast(s9, [s1, s2, ...rowGreys], TEXT_RATIO);
    const eightOnWhite = contrastRatio(eight, WHITE);
    const isDarker = contrastRatio(nine, WHITE) > eightOnWhite;
    return [
      s0,
      s1,
      s2,
      s3,
      s4,
      s5,
      six,
      s7,
      eight,
      isDarker ? nine : darkenToContrast(eight, [WHITE], eightOnWhite * 1.2),
    ];
  };
  const result = { ...colors };
  for (const name of keys(colors)) result[name] = readable(name, colors[name]);
  return result;
}
