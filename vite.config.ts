import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP } from './electron/security.ts';

/** Writes the one Content-Security-Policy into index.html (a test reads it back from the build). */
function cspMeta(): Plugin {
  return {
    name: 'selaras-csp',
    transformIndexHtml(html) {
      return html.replace('%SELARAS_CSP%', CSP);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
  },
});
