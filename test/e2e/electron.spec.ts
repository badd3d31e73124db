import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { METHOD_NAMES } from '../../src/bridge/methods.js';

/**
 * A smoke test of the real desktop app, where the Electron program is installed (a developer's
 * or councillor's machine). Where it cannot be downloaded, this says so and skips.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function electronProgram(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const program = electronProgram();

test.describe('the desktop app', () => {
  test.skip(program === null, 'The Electron program is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD, or no internet), so the desktop app cannot be started. Run "node node_modules/electron/install.js" where it can be downloaded.');

  test('opens its window on first-run setup, with only the bridge exposed to the page', async () => {
    const main = join(ROOT, 'dist', 'main', 'index.js');
    expect(existsSync(main), `The app is not built: run "npm run build" first (missing ${main}).`).toBe(true);
    const userData = mkdtempSync(join(tmpdir(), 'post-check-electron-'));
    const app = await electron.launch({ executablePath: program ?? undefined, args: [ROOT, `--user-data-dir=${userData}`], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' } });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1, name: 'Set up Councillor Post Check' })).toBeVisible();
      await expect(window.getByText("Rules: Members' Code v1")).toBeVisible();
      const exposed = await window.evaluate(() => ({
        bridge: Object.keys((window as unknown as { postCheck?: object }).postCheck ?? {}).sort(),
        node: typeof (window as unknown as { require?: unknown }).require !== 'undefined' || typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      }));
      expect(exposed).toEqual({ bridge: [...METHOD_NAMES].sort(), node: false });
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
