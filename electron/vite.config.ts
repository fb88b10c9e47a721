import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * Bundles the desktop shell: `--mode main` → dist/electron/main.cjs, `--mode preload` →
 * dist/electron/preload.cjs. Two builds rather than two inputs of one: a shared chunk would have to be
 * `require`d by the preload, and a sandboxed preload cannot require files. Everything except Electron and
 * Node's built-ins is inlined, so the packaged app needs no node_modules.
 */
const ENTRIES = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
} as const;

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// eslint-disable-next-line no-restricted-syntax -- Vite loads its configuration from the default export
export default defineConfig(({ mode }) => {
  if (mode !== 'main' && mode !== 'preload') {
    throw new Error(`Build the shell with --mode main or --mode preload (got "${mode}")`);
  }
  const root = path.resolve(import.meta.dirname, '..');
  return {
    root,
    // The bundle is loaded by Electron, not by a browser: no public dir, no HTML, no env files.
    publicDir: false,
    envDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: { noExternal: true, external: ['electron'], target: 'node' },
    build: {
      ssr: path.join(root, ENTRIES[mode]),
      outDir: path.join(root, 'dist/electron'),
      // The two builds share the folder: `npm run build:electron` runs main first, which clears it.
      emptyOutDir: mode === 'main',
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        external: ['electron', ...NODE_BUILTINS],
        output: { format: 'cjs', entryFileNames: `${mode}.cjs`, codeSplitting: false },
      },
    },
  };
});
