import type { UserConfig } from 'vite';

/**
 * Builds the window's page into dist/renderer. The base is relative so the page loads from
 * file:// in Electron; the engine runs in a module Web Worker. Run from the package root
 * (`npm run build:renderer`), so the paths below are relative to it.
 * JSX is compiled by Vite's own transformer (the automatic React runtime); nothing here runs
 * in the window, so this file needs no run-time imports.
 */
const config: UserConfig = {
  root: 'renderer',
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
};

export default config;
