import { createTheme, DEFAULT_THEME, type MantineThemeComponent } from '@mantine/core';
import { useLocaleStore } from './i18n/localeStore';
import { translate } from './i18n/translate';
import { readablePalettes } from './shell/readablePalettes';

/**
 * Calm, high-contrast theme; CJK-first font stack so Chinese renders with a proper UI font everywhere.
 * Every text colour meets WCAG AA (4.5:1): Mantine's palettes with their text shades darkened, and shade 8
 * as the primary shade, so coloured text, links, outlines and white-on-filled all use a readable shade.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  colors: readablePalettes(DEFAULT_THEME.colors),
  fontFamily:
    '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  components: {
    // Mantine's close buttons (notifications, alerts, dialogs) are an icon alone: name them for screen
    // readers. A function, so each render reads the language the interface is in now.
    // (`defaultProps` as a function is Mantine's own form, evaluated in useProps on every render.)
    CloseButton: {
      defaultProps: () => ({ 'aria-label': translate(useLocaleStore.getState().locale, 'common.close') }),
    } satisfies MantineThemeComponent,
  },
});
