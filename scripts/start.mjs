/**
 * `npm start`: builds everything (`npm run build`) and launches the desktop app with `electron .`
 * (package.json's "main" is the built main process). The Electron program itself is downloaded
 * by the electron package's install step; where it is missing this says so and stops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (!electron) {
  console.error(
    'The Electron program is not installed, so the app cannot start: on a machine with internet access run "node node_modules/electron/install.js" (or "npm install" without ELECTRON_SKIP_BINARY_DOWNLOAD set), then run "npm start" again.',
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawnSync(electron, ['.'], { cwd: root, stdio: 'inherit', env });
process.exit(app.status ?? 1);
