import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Lists every file of the build in asset-manifest.json, so the offline shell (renderer/public/sw.js) can
 * keep all of them — including chunks loaded on demand — before the officer loses the network.
 */
function assetManifest(): Plugin {
  return {
    name: 'fieldwrit-asset-manifest',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/'));
      this.emitFile({ type: 'asset', fileName: 'asset-manifest.json', source: JSON.stringify(files) });
    },
  };
}

// The renderer is served from a custom protocol in the desktop shell and from plain HTTP in the browser
// build, so every asset URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), assetManifest()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
