import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './dataDirLock';

describe('lockDataDir', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldwrit-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('takes the folder, writes the pid, and releases it', () => {
    const dir = newDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'fieldwrit-server.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'fieldwrit-server.lock'))).toBe(false);
  });

  it('refuses a folder held by another live process', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'fieldwrit-server.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
  });

  it('takes over the lock of a process that died without releasing it (SIGKILL)', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'fieldwrit-server.lock'), '2147483646');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'fieldwrit-server.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
