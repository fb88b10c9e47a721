import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Self time per function over a profile, largest first, with the share of all sampled time. */
export function topSelfTime(profile: CpuProfile, count = 15): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.replace(/^.*\/(?:@fs\/work\/main\/|node_modules\/\.vite\/deps\/)?/, '');
    const key = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, ms]) =>
        `${ms.toFixed(0).padStart(6)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`,
    );
}

/**
 * Runs `work` under the V8 CPU profiler of `page` (Chrome DevTools Protocol), writes the profile to
 * `outDir/<name>.cpuprofile` (open it in Chrome DevTools) and prints the functions with the most self time.
 * Waiting for IndexedDB shows as "(idle)": the database runs in the browser process, not in this page.
 */
export async function withCpuProfile<T>(page: Page, outDir: string, name: string, work: () => Promise<T>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\nCPU profile of ${name} (${file}), self time:\n${topSelfTime(profile).join('\n')}\n`);
    await cdp.detach();
  }
}
