import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The shell is shipped as two bundles with no node_modules beside them (build/electron-builder.yml), and
// a sandboxed preload cannot require any file. Both properties only hold in the built output, so this
// builds it (into a temporary folder) and checks it.
const CONFIG = path.resolve(import.meta.dirname, 'vite.config.ts');
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-bundle-'));
  for (const mode of ['main', 'preload']) {
    await build({ configFile: CONFIG, mode, logLevel: 'silent', build: { outDir, emptyOutDir: false } });
  }
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requiredModules(code: string): string[] {
  return [
    ...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!)),
  ].sort();
}

describe('desktop shell bundles', () => {
  it('main.cjs requires only electron and Node built-ins', async () => {
    const modules = requiredModules(await readFile(path.join(outDir, 'main.cjs'), 'utf8'));
    expect(modules).toContain('electron');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(modules.filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
  });

  it('preload.cjs is one file that requires only electron', async () => {
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('main.cjs loads as CommonJS and registers the app scheme before anything else', async () => {
    const calls: string[] = [];
    const fakeElectron = {
      app: {
        setPath: () => undefined,
        enableSandbox: () => calls.push('enableSandbox'),
        // Another instance "holds the lock": the bundle must quit without touching the disk.
        requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), false),
        on: () => undefined,
        quit: () => calls.push('quit'),
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) =>
          calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      },
    };
    const bundlePath = path.join(outDir, 'main.cjs');
    const requireFromBundle = createRequire(bundlePath);
    const module = { exports: {} };
    const code = await readFile(bundlePath, 'utf8');
    const load = new Function('require', 'module', 'exports', '__filename', '__dirname', code);
    load(
      (name: string) => (name === 'electron' ? fakeElectron : requireFromBundle(name)),
      module,
      module.exports,
      bundlePath,
      outDir,
    );
    expect(calls).toEqual([
      'registerSchemesAsPrivileged app',
      'enableSandbox',
      'requestSingleInstanceLock',
      'quit',
    ]);
  });
});
