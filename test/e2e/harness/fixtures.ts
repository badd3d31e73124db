import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices, type AppServices } from '../../../main/app-services.js';
import { createDispatch } from '../../../main/dispatch.js';
import { PACKS_SPEC, PacksFile } from '../../../main/services/pack-service.js';
import type { CouncillorProfile } from '../../../src/bridge/contract.js';
import { buildBridge, METHOD_NAMES } from '../../../src/bridge/methods.js';
import { RulePack, type RulePackInput } from '../../../src/pack/schema.js';
import { createConfStoreFactory, TEST_KEY } from '../../main/helpers/conf-store.js';
import { stubProtector } from '../../main/helpers/mo.js';
import { serveStatic, type StaticServer } from './static-server.js';

/**
 * The end-to-end harness: the built window in Chromium, bridged to the REAL main-process
 * services running in this test process, through the same `buildBridge` the preload uses.
 * Each test gets its own data folder, and the services' clipboard and browser are recorded.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** Every test runs at this moment: a Friday morning outside any election period. */
export const NOW = new Date('2026-11-20T10:00:00Z');

/** Main's clock: starts at NOW and moves on a second each time it is read, so "newest first" is well defined. */
function tickingClock(): () => Date {
  let ticks = 0;
  return () => new Date(NOW.getTime() + 1000 * ticks++);
}

export const PROFILE: CouncillorProfile = {
  name: 'Cllr Jane Smith',
  council: 'Example County Council',
  ward: 'Castle',
  committees: ['Planning Committee'],
  contacts: ['jane.smith@example.gov.uk'],
  usualCapacity: 'councillor',
};

/** The app's own files through conf (what electron-store is built on), sealed with a test key: no Electron needed. */
const createStore = createConfStoreFactory({ encryptionKey: TEST_KEY });

/** What the preload does, as a script: `window.postCheck` built by the same function, sending to the test's dispatch. */
export function bridgeScript(): string {
  return `window.postCheck = (${buildBridge.toString()})(${JSON.stringify(METHOD_NAMES)}, (channel, request) => window.__postCheckInvoke(channel, request));`;
}

/** Puts a council's pack where the installed pack lives (packs.json), as installing one does. */
export function installCouncilPack(dataDir: string, input: RulePackInput): void {
  const pack = RulePack.parse(input);
  const source = JSON.stringify(pack, null, 2);
  const file = createStore({ ...PACKS_SPEC, cwd: dataDir });
  file.read();
  file.write(
    PacksFile.parse({
      active: { id: pack.id, version: pack.version, hash: createHash('sha256').update(source).digest('hex'), installedAt: NOW.toISOString(), source, signer: null },
    }),
  );
}

export interface AppHarness {
  /** The window as it is now (a new one after `restart`). */
  readonly page: Page;
  readonly dataDir: string;
  /** Everything the services put on the clipboard, in order. */
  readonly clipboard: readonly string[];
  /** Every address the services opened in the browser. */
  readonly opened: readonly string[];
  /** Every file saved through the save dialog (it answers with a path in a folder of the test's own). */
  readonly savedFiles: readonly string[];
  /** The folder the Monitoring Officer's "choose the publish folder" dialog answers with. */
  readonly publishFolder: string;
  readonly services: AppServices;
  /** Closes the window and the services, then starts both again on the same data folder. */
  restart(): Promise<Page>;
}

interface Options {
  /** The councillor's profile saved before the window opens; null for a first run. */
  profile: CouncillorProfile | null;
  /** A council's pack installed before the window opens. */
  councilPack: RulePackInput | null;
}

export interface Fixtures extends Options {
  app: AppHarness;
}

async function openWindow(context: BrowserContext, url: string, services: AppServices, problems: string[]): Promise<Page> {
  const dispatch = createDispatch(services, { onInternalError: (error, channel) => problems.push(`main failed on ${channel}: ${String(error)}`) });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  await page.clock.setFixedTime(NOW);
  await page.exposeFunction('__postCheckInvoke', (channel: string, request: unknown) => dispatch(channel, request));
  await page.addInitScript({ content: bridgeScript() });
  await page.goto(url);
  return page;
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  profile: [PROFILE, { option: true }],
  councilPack: [null, { option: true }],

  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveStatic(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ context, server, profile, councilPack }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'post-check-e2e-'));
    const clipboard: string[] = [];
    const opened: string[] = [];
    const savedFiles: string[] = [];
    const saveDir = mkdtempSync(join(tmpdir(), 'post-check-e2e-saved-'));
    const publishFolder = join(saveDir, 'publish');
    mkdirSync(publishFolder);
    // The signing key is kept "encrypted by the operating system": a stand-in that needs no Electron.
    const keyProtector = stubProtector();
    const problems: string[] = [];
    const clock = tickingClock();
    const start = (): AppServices =>
      createAppServices({
        dataDir,
        clock,
        clipboard: { writeText: (text) => void clipboard.push(text) },
        openExternal: async (url) => void opened.push(url),
        createStore,
        encryptionKey: TEST_KEY,
        chooseSavePath: async (name) => {
          const path = join(saveDir, name);
          savedFiles.push(path);
          return path;
        },
        keyProtector,
        moChoosers: {
          chooseSaveFile: async ({ suggestedName }) => {
            const path = join(saveDir, suggestedName);
            savedFiles.push(path);
            return path;
          },
          chooseOpenFile: async () => null,
          chooseFolder: async () => publishFolder,
        },
      });
    if (councilPack) installCouncilPack(dataDir, councilPack);
    let services = start();
    if (profile) await createDispatch(services)('pc:saveProfile', profile);
    let page = await openWindow(context, server.url, services, problems);
    const harness: AppHarness = {
      get page() {
        return page;
      },
      dataDir,
      clipboard,
      opened,
      savedFiles,
      publishFolder,
      get services() {
        return services;
      },
      async restart() {
        await page.close();
        services.close();
        services = start();
        page = await openWindow(context, server.url, services, problems);
        return page;
      },
    };
    await use(harness);
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(saveDir, { recursive: true, force: true });
    expect(problems, 'errors in the window or in main while the test ran').toEqual([]);
  },
});

export { expect };

/** Runs axe-core on the page as it is (WCAG 2.0, 2.1 and 2.2, A and AA): no violations allowed. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  expect(violations, `accessibility problems on the ${screen} screen`).toEqual([]);
}

/**
 * Saves a screenshot under test-results/screenshots/ for people to look at. The window scrolls
 * inside its main area, so it is made tall enough for everything in it to show, then put back.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const viewport = page.viewportSize();
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main');
    const dialog = document.querySelector('dialog[open]');
    const hidden = (element: Element | null): number => (element ? element.scrollHeight - element.clientHeight : 0);
    return Math.max(hidden(main), hidden(dialog), 0);
  });
  if (viewport && overflow > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 4000) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  if (viewport && overflow > 0) await page.setViewportSize(viewport);
}
