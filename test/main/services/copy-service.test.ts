import { describe, expect, test } from 'vitest';
import { findingKey, IMAGE_CHECKLIST_ITEM, type Decision } from '../../../src/bridge/contract.js';
import type { Finding } from '../../../src/engine/finding.js';
import { imageIdOf } from '../../../main/services/image-store.js';
import { draftRequest, makeApp, type TestApp } from '../helpers/app.js';
import { jpegWithLocation, pngOf, thumbnailOf } from '../helpers/images.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

/** A home address (must be fixed or overridden) and name-calling (must be acknowledged). */
const TEXT = 'Mrs Jean Atkins of 14 Church Lane has a complaint about the bins. What an idiot the contractor is.';
const NOW = '2026-11-20T10:00:00.000Z';

function setUp(text = TEXT) {
  const app = makeApp(tempDir());
  const draft = app.services.history.save(draftRequest({ text: 'An earlier, harmless version.' }));
  const findings = app.services.packs.checker().check(text, { capacity: 'councillor', platform: 'x', at: NOW });
  const checklist = app.services.packs.checklist().map((item) => ({ id: item.id, text: item.text, answer: true }));
  return { ...app, draftId: draft.id, findings, checklist };
}

/** The decisions a careful councillor makes: an override with a reason for each block, "checked" for each warning. */
function careful(findings: readonly Finding[]): Decision[] {
  return findings.flatMap((finding): Decision[] =>
    finding.severity === 'block'
      ? [{ findingKey: findingKey(finding), kind: 'override', reason: 'Mrs Atkins asked me to post this and agreed in writing.' }]
      : finding.severity === 'warn'
        ? [{ findingKey: findingKey(finding), kind: 'acknowledged' }]
        : [],
  );
}

function copy(app: ReturnType<typeof setUp>, overrides: Partial<Parameters<TestApp['services']['methods']['copyChecked']>[0]> = {}) {
  return app.services.methods.copyChecked({
    draftId: app.draftId,
    text: TEXT,
    platform: 'x',
    capacity: 'councillor',
    postAt: null,
    decisions: careful(app.findings),
    checklist: app.checklist,
    ...overrides,
  });
}

function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
}

describe('copyChecked', () => {
  test('the example text has a finding to fix and one to check (so these tests mean something)', () => {
    const { findings } = setUp();
    expect({ block: findings.some((finding) => finding.severity === 'block'), warn: findings.some((finding) => finding.severity === 'warn') }).toEqual({ block: true, warn: true });
  });

  test('copies the exact text and writes the audit record into the draft', () => {
    const app = setUp();
    const receipt = copy(app);
    const blockKey = findingKey(app.findings.find((finding) => finding.severity === 'block')!);
    expect(receipt.record).toEqual({
      auditId: 'id-000002',
      copiedAt: NOW,
      platform: 'x',
      capacity: 'councillor',
      postAt: null,
      text: TEXT,
      pack: { id: 'members-code', version: 1, hash: null },
      findings: app.findings,
      decisions: careful(app.findings),
      checklist: app.checklist,
    });
    expect({ clipboard: app.clipboard.text, draft: app.services.history.get(app.draftId) }).toEqual({
      clipboard: TEXT,
      draft: expect.objectContaining({ text: TEXT, status: 'copied', copies: [receipt.record], decisions: careful(app.findings), updatedAt: NOW }),
    });
    expect(receipt.record.decisions.find((decision) => decision.findingKey === blockKey)?.reason).toBe('Mrs Atkins asked me to post this and agreed in writing.');
  });

  test('the record keeps the Code’s questions in the pack’s own words, whatever the window sent', () => {
    const app = setUp();
    const receipt = copy(app, { checklist: app.checklist.map((answer) => ({ ...answer, text: 'Something else entirely' })) });
    expect(receipt.record.checklist).toEqual(app.checklist);
  });

  test('refuses while a blocking finding has no override, and copies nothing', () => {
    const app = setUp();
    const outcome = refusal(() => copy(app, { decisions: careful(app.findings).filter((decision) => decision.kind !== 'override') }));
    expect({ outcome, clipboard: app.clipboard.text, copies: app.services.history.get(app.draftId).copies }).toEqual({
      outcome: { code: 'blocked', message: 'Before copying, fix this or override it with a written reason: “14 Church Lane”.' },
      clipboard: null,
      copies: [],
    });
  });

  test.each([
    ['an override with no reason', { kind: 'override' as const }],
    ['an override with a blank reason', { kind: 'override' as const, reason: '   ' }],
    ['only an acknowledgement', { kind: 'acknowledged' as const }],
    ['"not a problem here", even with a reason', { kind: 'not-a-problem' as const, reason: 'It is the council office.' }],
  ])('a blocking finding with %s is still blocked', (_label, decision) => {
    const app = setUp();
    const decisions = careful(app.findings).map((existing) => (existing.kind === 'override' ? { findingKey: existing.findingKey, ...decision } : existing));
    expect(refusal(() => copy(app, { decisions }))?.code).toBe('blocked');
  });

  test('refuses while a warning has no decision, naming it', () => {
    const app = setUp();
    const outcome = refusal(() => copy(app, { decisions: careful(app.findings).filter((decision) => decision.kind === 'override') }));
    const warned = [...new Set(app.findings.filter((finding) => finding.severity === 'warn').map((finding) => `“${finding.excerpt}”`))];
    expect(outcome).toEqual({
      code: 'incomplete-checklist',
      message: `Before copying, mark ${warned.length === 1 ? 'this' : 'these'} as checked, or as not a problem here with a reason: ${warned.length === 1 ? warned[0] : `${warned.slice(0, -1).join(', ')} and ${warned.at(-1)}`}.`,
    });
  });

  test('"not a problem here" settles a warning only with a reason', () => {
    const withReason = setUp();
    const notAProblem = (reason?: string) => (decision: Decision): Decision => (decision.kind === 'acknowledged' ? { findingKey: decision.findingKey, kind: 'not-a-problem', ...(reason === undefined ? {} : { reason }) } : decision);
    expect(copy(withReason, { decisions: careful(withReason.findings).map(notAProblem('Said about a company, not a person.')) }).record.text).toBe(TEXT);
    const without = setUp();
    expect(refusal(() => copy(without, { decisions: careful(without.findings).map(notAProblem()) }))?.code).toBe('incomplete-checklist');
  });

  test('refuses until every question of the checklist is answered yes', () => {
    const app = setUp();
    const [first, second, ...rest] = app.checklist;
    const outcome = refusal(() => copy(app, { checklist: [{ ...first!, answer: false }, ...rest] }));
    expect({ outcome, clipboard: app.clipboard.text }).toEqual({
      outcome: { code: 'incomplete-checklist', message: `Before copying, answer yes to these questions: “${first!.text}” and “${second!.text}”.` },
      clipboard: null,
    });
  });

  test('checks the final text itself: decisions made for other words do not count', () => {
    const app = setUp();
    // The window claims it checked "15 Church Lane" and sends its decisions, but copies "14".
    const elsewhere = app.services.packs.checker().check(TEXT.replace('14', '15'), { capacity: 'councillor', platform: 'x', at: NOW });
    expect(refusal(() => copy(app, { decisions: careful(elsewhere) }))).toEqual({
      code: 'blocked',
      message: 'Before copying, fix this or override it with a written reason: “14 Church Lane”.',
    });
  });

  test('a text with nothing to decide needs only the checklist', () => {
    const app = setUp();
    const calm = 'Surgery this Saturday at the library, 10 to 12.';
    expect(copy(app, { text: calm, decisions: [] }).record).toEqual(expect.objectContaining({ text: calm, findings: [], decisions: [] }));
  });

  test('adds the platform to the draft when it was copied for one not chosen before', () => {
    const app = setUp();
    copy(app, { platform: 'bluesky' });
    expect(app.services.history.get(app.draftId).platforms).toEqual(['x', 'bluesky']);
  });

  test('editing the text after copying means it is no longer marked copied; the record stays', () => {
    const app = setUp();
    copy(app);
    const saved = app.services.history.save(draftRequest({ id: app.draftId, text: `${TEXT} Edited.`, decisions: careful(app.findings) }));
    expect({ status: saved.status, copies: app.services.history.get(app.draftId).copies.length }).toEqual({ status: 'checked', copies: 1 });
  });

  test('refuses to copy for a draft that does not exist', () => {
    const app = setUp();
    expect(refusal(() => copy(app, { draftId: 'no-such-draft' }))?.code).toBe('not-found');
  });
});

describe('copying a post with pictures', () => {
  const CALM = 'Surgery this Saturday at the library, 10 to 12.';
  const CREST = { logo: 'Example County crest', box: { x: 0.6, y: 0.05, width: 0.3, height: 0.3 }, score: 0.82 };

  async function withPictures(capacity: 'councillor' | 'personal' = 'councillor') {
    const app = setUp(CALM);
    const photo = await jpegWithLocation();
    const poster = await pngOf(120, 90);
    const attach = async (bytes: Uint8Array, name: string, extra: object = {}) =>
      app.services.methods.attachImage({ draftId: app.draftId, name, dataBase64: Buffer.from(bytes).toString('base64'), thumbnail: await thumbnailOf(bytes), logoMatches: [], ...extra });
    const first = (await attach(photo, 'IMG_0042.jpg', { altText: 'Volunteers with litter pickers by the river' })).attachments[0]!;
    app.services.methods.removeImageLocation({ draftId: app.draftId, id: first.id! });
    await attach(poster, 'poster.png', { logoMatches: [CREST] });
    const draft = app.services.history.get(app.draftId);
    const findings = app.services.packs.checker().check(CALM, { capacity, platform: 'x', at: NOW, attachments: draft.attachments });
    return { app, draft, findings, poster };
  }

  function copyWith(app: ReturnType<typeof setUp>, overrides: Partial<Parameters<TestApp['services']['methods']['copyChecked']>[0]>) {
    return app.services.methods.copyChecked({ draftId: app.draftId, text: CALM, platform: 'x', capacity: 'councillor', postAt: null, decisions: [], checklist: app.checklist, ...overrides });
  }

  test('asks whether every picture is the councillor’s own or used with permission, whatever the window sent', async () => {
    const { app, findings } = await withPictures();
    const outcome = refusal(() => copyWith(app, { decisions: careful(findings) }));
    expect({ outcome, clipboard: app.clipboard.text }).toEqual({
      outcome: { code: 'incomplete-checklist', message: `Before copying, answer yes to this question: “${IMAGE_CHECKLIST_ITEM.text}”.` },
      clipboard: null,
    });
    const answeredNo = refusal(() => copyWith(app, { decisions: careful(findings), checklist: [...app.checklist, { ...IMAGE_CHECKLIST_ITEM, answer: false }] }));
    expect(answeredNo?.code).toBe('incomplete-checklist');
  });

  test('does not ask about pictures when there are none', () => {
    const app = setUp(CALM);
    expect(copyWith(app, {}).record.checklist.map((answer) => answer.id)).not.toContain(IMAGE_CHECKLIST_ITEM.id);
  });

  test('records each picture: its name, fingerprint, description, whether its location was removed, and the logos found', async () => {
    const { app, draft, findings, poster } = await withPictures();
    const receipt = copyWith(app, { decisions: careful(findings), checklist: [...app.checklist, { ...IMAGE_CHECKLIST_ITEM, answer: true }] });
    expect(receipt.record.attachments).toEqual([
      { index: 0, name: 'IMG_0042.jpg', hash: draft.attachments[0]!.id, altText: 'Volunteers with litter pickers by the river', hasLocation: false, locationRemoved: true, logoMatches: [] },
      { index: 1, name: 'poster.png', hash: imageIdOf(poster), hasLocation: false, locationRemoved: false, logoMatches: [CREST] },
    ]);
    expect(receipt.record.checklist.at(-1)).toEqual({ ...IMAGE_CHECKLIST_ITEM, answer: true });
    expect(receipt.record.findings).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'council-branding', messageId: 'councilLogo', attachment: { index: 1, box: CREST.box } })]));
  });

  test('on a personal post the council’s logo must be overridden with a reason; the refusal names the picture', async () => {
    const { app, findings } = await withPictures('personal');
    const checklist = [...app.checklist, { ...IMAGE_CHECKLIST_ITEM, answer: true }];
    expect(refusal(() => copyWith(app, { capacity: 'personal', checklist }))).toEqual({
      code: 'blocked',
      message: 'Before copying, fix this or override it with a written reason: “picture 2, poster.png”.',
    });
    expect(copyWith(app, { capacity: 'personal', checklist, decisions: careful(findings) }).record.decisions).toHaveLength(1);
  });
});
