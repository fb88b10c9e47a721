import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COURT_SERVER_ENV, loadShellConfig, SHELL_CONFIG_FILE } from './loadShellConfig';
import { memoryLogger } from './testing/memoryLogger';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const writeConfig = (text: string): Promise<void> => writeFile(path.join(dir, SHELL_CONFIG_FILE), text);

describe('loadShellConfig', () => {
  it('has no court server when nothing is configured', async () => {
    const logger = memoryLogger();
    expect(await loadShellConfig(dir, {}, logger)).toEqual({ courtServerOrigin: null });
    expect(logger.lines).toEqual([]);
  });

  it('reads the court server from the configuration file', async () => {
    await writeConfig(JSON.stringify({ courtServerUrl: 'https://zx.court.example.cn:8443/api' }));
    expect(await loadShellConfig(dir, {}, memoryLogger())).toEqual({
      courtServerOrigin: 'https://zx.court.example.cn:8443',
    });
  });

  it('lets the environment override the file', async () => {
    await writeConfig(JSON.stringify({ courtServerUrl: 'https://zx.court.example.cn' }));
    expect(
      await loadShellConfig(dir, { [COURT_SERVER_ENV]: 'http://127.0.0.1:4000' }, memoryLogger()),
    ).toEqual({
      courtServerOrigin: 'http://127.0.0.1:4000',
    });
  });

  it.each([
    ['broken JSON', '{ courtServerUrl: '],
    ['a wrong shape', JSON.stringify({ courtServerUrl: 42 })],
    ['a non-http URL', JSON.stringify({ courtServerUrl: 'file:///etc/passwd' })],
  ])('logs and ignores a file with %s', async (_label, text) => {
    await writeConfig(text);
    const logger = memoryLogger();
    expect(await loadShellConfig(dir, {}, logger)).toEqual({ courtServerOrigin: null });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warn /);
  });

  it('logs and ignores a bad environment value', async () => {
    const logger = memoryLogger();
    expect(await loadShellConfig(dir, { [COURT_SERVER_ENV]: 'javascript:alert(1)' }, logger)).toEqual({
      courtServerOrigin: null,
    });
    expect(logger.lines).toHaveLength(1);
  });
});
