import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from './shared/security/contentSecurityPolicy';
import { parseCourtServerOrigin } from './shared/security/courtServerOrigin';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The browser build's policy: the desktop shell's, with the court server the build is for (the browser
 * cannot learn it at run time before the policy applies). Loopback stays allowed for trainings and tests.
 */
const POLICY = contentSecurityPolicy({
  courtServerOrigin: parseCourtServerOrigin(process.env.FIELDWRIT_COURT_SERVER_ORIGIN),
});

/** Headers of every page the browser build is served with (vite preview here; a court's web server in use). */
const SECURITY_HEADERS = {
  'Content-Security-Policy': POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Lists every file of the build in asset-manifest.json, so the offline shell (renderer/offline/sw.js) can
 * keep all of them — including chunks loaded on demand — before the officer loses the network. Writes the
 * service worker with the policy in it, and the policy into index.html as well: a static host that sends no
 * headers still gets it (a <meta> policy cannot set frame-ancestors, so the header stays the main one).
 */
function offlineShell(): Plugin {
  return {
    name: 'fieldwrit-offline-shell',
    apply: 'build',
    transformIndexHtml() {
      const metaPolicy = POLICY.split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; ');
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
          injectTo: 'head-prepend',
        },
      ];
    },
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => f.startsWith('assets/'));
      this.emitFile({ type: 'asset', fileName: 'asset-manifest.json', source: JSON.stringify(files) });
      const worker = readFileSync(new URL('./renderer/offline/sw.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: worker.replace('__CONTENT_SECURITY_POLICY__', JSON.stringify(POLICY)),
      });
    },
  };
}

// The renderer is served from a custom protocol in the desktop shell and from plain HTTP in the browser
// build, so every asset URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), offlineShell()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // No policy on the dev server: React's fast refresh injects an inline script there.
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: SECURITY_HEADERS },
});
