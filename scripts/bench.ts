/**
 * Measures the engine against the budgets in the design (section 7). Benchmarks live here,
 * never as timed assertions in tests.
 * Usage: npm run bench            (a table)
 *        npm run --silent bench -- --json   (one JSON document: {"results":[{name,p50_ms,p95_ms,runs}]})
 *        npm run bench -- --by-check        (also: what each check costs on the long text)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createAppServices, type AppServices } from '../main/app-services.js';
import { generateKeyPair, signerFromPem } from '../src/cli/pack-crypto.js';
import { envelopeText, signEnvelope } from '../src/pack/envelope.js';
import type { Draft } from '../src/bridge/contract.js';
import type { PlatformId } from '../src/engine/finding.js';
import { CHECKS } from '../src/checks/index.js';
import { createChecker } from '../src/engine/checker.js';
import { buildContext, buildDraft } from '../src/engine/run-checks.js';
import { compilePack } from '../src/pack/compile-pack.js';
import { defaultPack } from '../src/pack/default-pack.js';
import { loadPack } from '../src/pack/load-pack.js';
import { mergePacks } from '../src/pack/merge-packs.js';
import { RulePack } from '../src/pack/schema.js';
import { makeHugePack } from '../test/fixtures/packs/huge-pack.js';
import { createConfStoreFactory } from '../test/main/helpers/conf-store.js';
import { imageBenchCases } from './bench-image.js';
import { makeDraft, seedHistory } from '../test/main/helpers/seed-history.js';

interface Result {
  name: string;
  p50_ms: number;
  p95_ms: number;
  runs: number;
}

interface Case {
  name: string;
  /** The p95 budget, in milliseconds, when the design sets one. */
  target?: number;
  warmup: number;
  runs: number;
  run: () => unknown;
}

/** Cases that share a setup; a group's data is made just before it runs and dropped after, so one group's heap does not slow another's collections. */
interface Group {
  setup(): Promise<{ cases: Case[]; check?: () => void; describe?: () => string }>;
}

const { values } = parseArgs({ options: { json: { type: 'boolean' }, 'by-check': { type: 'boolean' } } });

// A realistic 280-character post: a councillor's update with a mention, a hashtag and a link.
const SHORT_POST =
  'Great to join residents on Mill Road this morning to talk about the new crossing. Thanks to @ExampleCC highways team for the quick repairs to the pavement. ' +
  'Surgery this Saturday 10-12 at the library if you want to raise anything. All welcome. #MillRoad https://example.org/surgery';

const PARAGRAPHS = [
  'Busy week in the ward. The gritters are out tonight on the A14 and the A1307, so please take care on the roads in the morning, especially on the hill past the school.',
  'Residents have asked me about the proposals for Land north of Station Road, Histon. The application goes to Planning Committee next month and I will listen to everyone before I decide. You can comment on the planning portal until the end of the month.',
  'Thank you to the volunteers who turned out for the litter pick on Sunday: 43 bags collected, two trolleys and a bike pulled out of the brook. Brilliant effort from Cottenham Scouts!!',
  'I have had a lot of emails about the parking charges review in Sawston. Honestly this is a shambles and the officers have made a right mess of the consultation, but please do send me your views.',
  'Ring 0345 045 5200 or email contact@example.gov.uk to report potholes, or use the online form. Mrs Jean Atkins of 14 Church Lane has asked me to thank the crew who fixed her drain.',
  'My own view, speaking personally, is that the Red Lion licence application deserves a fair hearing. The Licensing Sub-Committee meets on the 10th and anyone can attend.',
  'Reminder: the next full council meeting is on Thursday at 2pm at Shire Hall. The agenda and reports are published online a week before. Questions from the public are welcome.',
  'Cllr Brown and I met the head of highways about the speed limit review on London Road. Nothing decided yet; we pushed for a 20mph zone outside the primary school. 🚸',
];

function longText(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index++) text += `${PARAGRAPHS[index % PARAGRAPHS.length]}\n\n`;
  return text.slice(0, length);
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? 0;
}

async function measure(benchCase: Case): Promise<Result> {
  const run = async (): Promise<void> => {
    const result = benchCase.run();
    if (result instanceof Promise) await result;
  };
  for (let i = 0; i < benchCase.warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < benchCase.runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return { name: benchCase.name, p50_ms: round(percentile(times, 0.5)), p95_ms: round(percentile(times, 0.95)), runs: benchCase.runs };
}

const hugeInput = makeHugePack({ matters: 2000, customRules: 500 });
const hugeJson = JSON.stringify(hugeInput, null, 2);
const hugePack = RulePack.parse(hugeInput);
const text5000 = longText(5000);
const options = { capacity: 'councillor', platform: 'facebook', at: '2026-11-20T10:00:00Z' } as const;
const noDevices = { clock: () => new Date(), clipboard: { writeText: () => {} }, openExternal: async () => {} };
const sealedStore = createConfStoreFactory({ encryptionKey: randomBytes(32) });

function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const engine: Group = {
  async setup() {
    const defaultChecker = createChecker(null);
    const hugeChecker = createChecker(hugePack);
    return {
      cases: [
        { name: 'check/short-default', target: 1, warmup: 500, runs: 5000, run: () => defaultChecker.check(SHORT_POST, options) },
        { name: 'check/long-large-pack', target: 10, warmup: 50, runs: 500, run: () => hugeChecker.check(text5000, options) },
        { name: 'pack/compile-large', warmup: 3, runs: 30, run: () => compilePack(mergePacks(defaultPack(), hugePack)) },
        { name: 'pack/load-large', warmup: 3, runs: 30, run: () => loadPack(hugeJson) },
      ],
      describe: () =>
        `Large pack: ${hugePack.pendingMatters.length} pending matters, ${hugePack.customRules.length} custom rules, ${(hugeJson.length / 1024).toFixed(0)} KB of JSON.\n` +
        `Short post: ${SHORT_POST.length} characters; long text: ${text5000.length} characters.`,
    };
  },
};

// Verify and install a signed 1 MB pack from a file, as "Install a pack" does: a key already
// trusted for the pack id, a higher version each time; packs.json is rewritten each time.
const PACK_RUNS = 60;
const PACK_WARMUP = 5;
const packs: Group = {
  async setup() {
    const packKey = generateKeyPair();
    const packSigner = signerFromPem(packKey.privatePem);
    const signedHuge = (version: number): string =>
      Buffer.from(envelopeText(signEnvelope(new TextEncoder().encode(JSON.stringify({ ...hugeInput, version, nextSigningKeys: [packKey.publicPem] }, null, 2)), packSigner))).toString('base64');
    const packApp = createAppServices({ dataDir: temporaryDir('post-check-bench-pack-'), ...noDevices, createStore: sealedStore });
    const firstPending = await packApp.methods.installPack({ kind: 'file', fileName: 'huge.postcheck-pack', contentBase64: signedHuge(1) });
    packApp.methods.confirmPackTrust({ fingerprint: firstPending.pendingTrust!.fingerprint, accept: true });
    const packFiles = Array.from({ length: PACK_RUNS + PACK_WARMUP }, (_, index) => signedHuge(index + 2));
    const packBytes = Buffer.from(packFiles[0]!, 'base64').length;
    let next = 0;
    return {
      cases: [{ name: 'pack/verify-install-1mb', target: 50, warmup: PACK_WARMUP, runs: PACK_RUNS, run: () => packApp.methods.installPack({ kind: 'file', fileName: 'huge.postcheck-pack', contentBase64: packFiles[next++]! }) }],
      // Every verify-install must have installed (a refusal would make the figure meaningless).
      check() {
        const installed = packApp.packs.info().version;
        if (installed !== PACK_RUNS + PACK_WARMUP + 1) throw new Error(`pack/verify-install-1mb: only version ${installed} was installed`);
      },
      describe: () => `Signed pack: ${(packBytes / 1024 / 1024).toFixed(2)} MB envelope, installed over the previous version each time.`,
    };
  },
};

// History with 20,000 drafts written over the last two years, in sealed files as the app
// writes them (conf, the library electron-store is built on, with a random key).
const HISTORY_SIZE = 20_000;
const PLATFORM_CYCLE: PlatformId[][] = [['x'], ['facebook'], ['x', 'bluesky'], ['nextdoor'], ['instagram', 'threads']];
const historyGroup: Group = {
  async setup() {
    const historyDir = temporaryDir('post-check-bench-');
    const benchNow = Date.now();
    const seeded: Draft[] = Array.from({ length: HISTORY_SIZE }, (_, index) => {
      const createdAt = new Date(benchNow - (HISTORY_SIZE - index) * ((730 * 86_400_000) / HISTORY_SIZE)).toISOString();
      const text = `${PARAGRAPHS[index % PARAGRAPHS.length]} ${PARAGRAPHS[(index * 3 + 1) % PARAGRAPHS.length]?.slice(0, 120)} #${index}`;
      return makeDraft({ id: `bench-${String(index).padStart(6, '0')}`, createdAt, text, platforms: PLATFORM_CYCLE[index % PLATFORM_CYCLE.length], status: index % 3 === 0 ? 'copied' : 'draft' });
    });
    seedHistory(historyDir, sealedStore, seeded);
    const openStart = performance.now();
    const history: AppServices = createAppServices({ dataDir: historyDir, ...noDevices, createStore: sealedStore });
    const historyOpenMs = performance.now() - openStart;
    // Autosave edits this month's first draft, as typing does (the text changes every time). It
    // lives in a full shard of 500 drafts: the largest file an autosave ever rewrites.
    const currentMonth = seeded[seeded.length - 1]!.createdAt.slice(0, 7);
    const target = seeded.find((draft) => draft.createdAt.startsWith(currentMonth))!;
    let autosaves = 0;
    return {
      cases: [
        {
          name: 'history/autosave-20k',
          target: 30,
          warmup: 20,
          runs: 300,
          run: () => history.methods.saveDraft({ id: target.id, text: `${target.text} ${++autosaves}`, platforms: target.platforms, capacity: 'councillor', postAt: null }),
        },
        // Full-text search for a common word (thousands of matches), newest 50 shown.
        { name: 'history/search-20k', target: 50, warmup: 20, runs: 300, run: () => history.methods.listDrafts({ text: 'road', offset: 0, limit: 50 }) },
      ],
      describe: () => `History: ${history.history.list({ offset: 0, limit: 1 }).total} drafts in sealed monthly shards; opening it took ${historyOpenMs.toFixed(0)} ms (once, at start).`,
    };
  },
};

const pictures: Group = {
  async setup() {
    return { cases: await imageBenchCases(), describe: () => 'Pictures: a 4000 × 3000 photo-like picture scanned for a pack of 5 logos (decoding not included).' };
  },
};

const GROUPS: Group[] = [engine, packs, historyGroup, pictures];
const results: Result[] = [];
const targets = new Map<string, number | undefined>();
const descriptions: string[] = [];
for (const group of GROUPS) {
  const { cases, check, describe } = await group.setup();
  for (const benchCase of cases) {
    targets.set(benchCase.name, benchCase.target);
    results.push(await measure(benchCase));
  }
  check?.();
  if (describe) descriptions.push(describe());
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ results })}\n`);
} else {
  console.log(`${descriptions.join('\n')}\n`);
  console.log(`${'benchmark'.padEnd(24)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'runs'.padStart(8)}   p95 target`);
  for (const result of results) {
    const target = targets.get(result.name);
    const verdict = target === undefined ? '-' : `≤ ${target} ms ${result.p95_ms <= target ? '(met)' : '(MISSED)'}`;
    console.log(`${result.name.padEnd(24)}${result.p50_ms.toFixed(3).padStart(10)}${result.p95_ms.toFixed(3).padStart(10)}${String(result.runs).padStart(8)}   ${verdict}`);
  }
}

if (values['by-check'] && !values.json) {
  const pack = createChecker(hugePack).pack;
  const context = buildContext(options, pack);
  const draft = buildDraft(text5000, pack);
  const parts: Case[] = [
    { name: 'prepare text + match phrases', warmup: 20, runs: 200, run: () => buildDraft(text5000, pack) },
    ...Object.entries(CHECKS).map(([id, check]): Case => ({ name: id, warmup: 20, runs: 200, run: () => check.check(draft, context) })),
    { name: `${pack.customChecks.length} custom rules`, warmup: 20, runs: 200, run: () => pack.customChecks.map((check) => check.check(draft, context)) },
  ];
  console.log(`\nWhere check/long-large-pack goes:\n${'part'.padEnd(32)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}`);
  for (const part of parts) {
    const result = await measure(part);
    console.log(`${result.name.padEnd(32)}${result.p50_ms.toFixed(3).padStart(10)}${result.p95_ms.toFixed(3).padStart(10)}`);
  }
}
