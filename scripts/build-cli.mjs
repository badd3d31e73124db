/**
 * Bundles the `post-check` command into one file: dist/post-check.mjs (or --outfile FILE).
 * Runs on `npm install` (the "prepare" script), so the package's bin works straight away.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outfile: { type: 'string' } } });

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: values.outfile ?? 'dist/post-check.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // sharp loads its native decoder at run time, so it stays a package the command imports.
  external: ['sharp'],
  logLevel: 'warning',
});
