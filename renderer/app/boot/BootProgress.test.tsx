import { MantineProvider } from '@mantine/core';
// eslint-disable-next-line no-restricted-imports -- React's string renderer, not the court server: it lets a node test read the markup.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme';
import { BootProgress } from './BootProgress';
import { bootProgressText } from './bootProgressText';

function render(done: number, total: number): string {
  return renderToStaticMarkup(
    <MantineProvider theme={theme}>
      <BootProgress done={done} total={total} />
    </MantineProvider>,
  );
}

describe('BootProgress', () => {
  it('shows the cases written of the whole, grouped the Chinese way, on a bar a screen reader names', () => {
    const html = render(12_000, 50_000);
    expect(html).toContain('已生成 12,000 / 50,000 件');
    expect(html).toContain('首次启动：正在生成演示法院数据…');
    expect(html).toMatch(
      /role="progressbar"[^>]*aria-valuenow="24"|aria-valuenow="24"[^>]*role="progressbar"/,
    );
    expect(html).toContain('aria-label="首次启动：正在生成演示法院数据…"');
  });

  it('speaks English when the interface does, grouping figures the English way', () => {
    expect(bootProgressText('en', { done: 2_000, total: 50_000 })).toBe(
      'Demo cases generated: 2,000 of 50,000',
    );
    expect(bootProgressText('zh-CN', { done: 999, total: 1_000 })).toBe('已生成 999 / 1,000 件');
  });

  it('starts empty and ends full', () => {
    expect(render(0, 50_000)).toContain('aria-valuenow="0"');
    expect(render(50_000, 50_000)).toContain('aria-valuenow="100"');
    expect(render(0, 0)).toContain('aria-valuenow="0"');
  });
});
