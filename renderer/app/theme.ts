import { createTheme } from '@mantine/core';

/** Calm, high-contrast theme; CJK-first font stack so Chinese renders with a proper UI font everywhere. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
});
