/**
 * Bundles the desktop app's main process and preload with esbuild:
 *   dist/main/index.js       the main process (ES module; Electron 39 loads it as the package's "main")
 *   dist/preload/preload.cjs  the preload (one CommonJS file: a sandboxed preload cannot load modules)
 * `electron` stays external: Electron provides it at run time.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node22', external: ['electron'], legalComments: 'none', logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/index.ts'],
    outfile: 'dist/main/index.js',
    format: 'esm',
    // Bundled CommonJS dependencies (ajv and friends) call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: ['main/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    platform: 'browser',
  }),
]);
