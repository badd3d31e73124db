import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { IMAGE_CHECKLIST_ITEM, type CouncillorProfile, type Decision } from '../../../src/bridge/contract.js';
import type { Capacity, PlatformId } from '../../../src/engine/finding.js';
import { call } from '../../bridge.js';
import type { Checker } from '../../hooks/useChecker.js';
import { useDebounced } from '../../hooks/useDebounced.js';
import type { DraftSession } from '../../hooks/useDraftSession.js';
import type { ImageWorker } from '../../hooks/useImageWorker.js';
import { usePictures } from '../../hooks/usePictures.js';
import type { ChecklistAnswer } from '../../logic/checklist.js';
import { applyReplacement, countOpen, findingAtCaret, listOrder, stepFinding, type KeyedFinding } from '../../logic/findings.js';
import { engineAttachments, findingHeading, findingLabel, pictureFiles, pictureLabel } from '../../logic/images.js';
import { summaryLine } from '../../logic/summary.js';
import { formatWhen } from '../../logic/time.js';
import { COMPOSE_TEXT } from '../../text/common.js';
import { FINDING_TEXT, SEVERITY_WORDS } from '../../text/findings.js';
import { platformName } from '../../text/platforms.js';
import { ChecklistDialog, type CopyOutcome } from './ChecklistDialog.js';
import { Editor, type EditorHandle } from './Editor.js';
import { FindingList } from './FindingList.js';
import { Pictures } from './Pictures.js';
import { PostOptions } from './PostOptions.js';
import { StatusBar } from './StatusBar.js';
import './Composer.css';

interface ComposerProps {
  readonly session: DraftSession;
  readonly checker: Checker;
  /** Decodes, previews and scans pictures off the window's thread. */
  readonly imageWorker: ImageWorker;
  readonly profile: CouncillorProfile;
  /** Whether this screen is the one showing (it stays mounted so nothing is lost). */
  readonly isActive: boolean;
  onNewDraft(): void;
}

/** How long the findings must stay the same before they are read out. */
const ANNOUNCE_DELAY_MS = 1500;

/** The compose screen: options, the editor with its findings, and the way to copy. */
export function Composer({ session, checker, imageWorker, profile, isActive, onNewDraft }: ComposerProps) {
  const { draft } = session;
  const editor = useRef<EditorHandle>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [dialogPlatform, setDialogPlatform] = useState<PlatformId | null>(null);
  const [stepAnnouncement, setStepAnnouncement] = useState('');
  const [notice, setNotice] = useState('');
  const [isDropTarget, setDropTarget] = useState(false);
  const pictures = usePictures(session, imageWorker);

  const engineProfile = useMemo(
    () => ({ name: profile.name, council: profile.council, ...(profile.ward ? { ward: profile.ward } : {}), committees: profile.committees, contacts: profile.contacts }),
    [profile],
  );

  // What the engine is told of the pictures: their names, descriptions, locations and the logos found in them.
  const attachments = useMemo(() => engineAttachments(draft.attachments), [draft.attachments]);
  const pictureLabels = useMemo(() => draft.attachments.map((_, index) => pictureLabel(draft.attachments, index)), [draft.attachments]);

  // Check on every change; the worker keeps only the newest request waiting.
  const { check } = checker;
  useEffect(() => {
    check(draft.text, { capacity: draft.capacity, platform: draft.platforms[0] ?? 'x', at: draft.postAt ?? new Date().toISOString(), profile: engineProfile, attachments }, draft.platforms);
  }, [check, draft.text, draft.capacity, draft.postAt, draft.platforms, engineProfile, attachments]);

  const findings = useMemo(() => checker.result?.findings ?? [], [checker.result]);
  const ordered = useMemo(() => listOrder(findings), [findings]);
  const isCurrent = checker.result !== null && checker.result.text === draft.text;
  const settledKeys = useMemo(() => new Set(draft.decisions.filter((decision) => decision.kind === 'not-a-problem' && decision.reason).map((decision) => decision.findingKey)), [draft.decisions]);
  const summary = summaryLine(countOpen(findings, settledKeys), draft.text.trim().length > 0);
  const announced = useDebounced(isCurrent ? summary : '', ANNOUNCE_DELAY_MS);

  // A different draft was opened or a new one started.
  useEffect(() => {
    setActiveKey(null);
    setDialogPlatform(null);
  }, [session.generation]);

  const choose = useCallback((finding: KeyedFinding) => {
    setActiveKey(finding.key);
    // A finding about a picture takes the councillor to the picture.
    if (finding.attachment) document.getElementById(`picture-${finding.attachment.index}`)?.focus();
    else editor.current?.select(finding.start, finding.end);
  }, []);

  const step = useCallback(
    (direction: 1 | -1) => {
      const current = activeKey === null ? null : ordered.findIndex((finding) => finding.key === activeKey);
      const next = stepFinding(ordered.length, current, direction);
      if (next === null) return;
      const finding = ordered[next];
      if (!finding) return;
      choose(finding);
      setStepAnnouncement(
        FINDING_TEXT.announce(FINDING_TEXT.position(next + 1, ordered.length), SEVERITY_WORDS[finding.severity], findingHeading(finding), findingLabel(finding, latest.current.attachments)),
      );
    },
    [activeKey, ordered, choose],
  );

  const { flush } = session;
  const openChecklist = useCallback(
    (platform: PlatformId) => {
      void flush();
      setDialogPlatform(platform);
    },
    [flush],
  );

  useEffect(() => {
    if (!isActive || dialogPlatform !== null) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        const first = draft.platforms[0];
        if (first) openChecklist(first);
      } else if (event.key === 'F8') {
        event.preventDefault();
        step(event.shiftKey ? -1 : 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isActive, dialogPlatform, draft.platforms, openChecklist, step]);

  // Callbacks read the latest draft through a ref, so they stay the same between keystrokes
  // and the finding list and options bar do not re-render while typing.
  const latest = useRef(draft);
  latest.current = draft;
  const orderedRef = useRef(ordered);
  orderedRef.current = ordered;
  const { update } = session;

  const setDecisions = useCallback((decisions: Decision[]): void => update({ decisions: decisions.slice(-500) }), [update]);

  /** The finding at a place in the list as it is now (a card's own copy may have old positions). */
  const at = useCallback((index: number): KeyedFinding | undefined => orderedRef.current[index], []);

  const chooseAt = useCallback((index: number): void => {
    const finding = at(index);
    if (finding) choose(finding);
  }, [at, choose]);

  const apply = useCallback((index: number): void => {
    const finding = at(index);
    if (!finding) return;
    const applied = applyReplacement(latest.current.text, finding);
    if (!applied || finding.replacement === undefined) {
      setNotice(COMPOSE_TEXT.cannotApply);
      return;
    }
    editor.current?.replace(finding.start, finding.end, finding.replacement);
    setActiveKey(null);
    setNotice(COMPOSE_TEXT.applied);
  }, [at]);

  const markNotAProblem = useCallback(
    (index: number, reason: string): void => {
      const finding = at(index);
      if (!finding) return;
      setDecisions([...latest.current.decisions.filter((decision) => decision.findingKey !== finding.key), { findingKey: finding.key, kind: 'not-a-problem', reason }]);
    },
    [at, setDecisions],
  );

  const undoNotAProblem = useCallback(
    (index: number): void => {
      const finding = at(index);
      if (!finding) return;
      setDecisions(latest.current.decisions.filter((decision) => decision.findingKey !== finding.key));
    },
    [at, setDecisions],
  );

  const onPlatforms = useCallback((platforms: PlatformId[]) => update({ platforms }), [update]);
  const onCapacity = useCallback((capacity: Capacity) => update({ capacity }), [update]);
  const onPostAt = useCallback((postAt: string | null) => update({ postAt }), [update]);
  const onText = useCallback((text: string) => update({ text }), [update]);
  const onCaret = useCallback((caret: number) => setActiveKey(findingAtCaret(orderedRef.current, caret)), []);

  const copy = async (platform: PlatformId, decisions: readonly Decision[], answers: readonly ChecklistAnswer[]): Promise<CopyOutcome> => {
    const id = await session.flush();
    if (!id) return { ok: false, message: session.save.error ?? COMPOSE_TEXT.nothingToCopy };
    const answer = await call((bridge) =>
      bridge.copyChecked({ draftId: id, text: draft.text, platform, capacity: draft.capacity, postAt: draft.postAt, decisions: [...decisions], checklist: [...answers] }),
    );
    if (!answer.ok) return { ok: false, message: answer.error.message };
    const saved = await call((bridge) => bridge.getDraft({ id }));
    if (saved.ok) session.refresh(saved.value);
    return { ok: true };
  };

  const openPlatform = async (platform: PlatformId): Promise<CopyOutcome> => {
    const answer = await call((bridge) => bridge.openPlatform({ platform, text: draft.text }));
    return answer.ok ? { ok: true } : { ok: false, message: answer.error.message };
  };

  const lastCopy = draft.copies[draft.copies.length - 1];

  // Pictures dropped anywhere on the composer, or pasted into it, are attached.
  const { attach } = pictures;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');
  const onDragOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropTarget(true);
  };
  const onDragLeave = (event: DragEvent): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(false);
  };
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDropTarget(false);
    void attach(event.dataTransfer.files);
  };
  const onPaste = (event: ClipboardEvent): void => {
    const files = pictureFiles(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    void attach(files);
  };

  const checklistItems = useMemo(() => (draft.attachments.length > 0 ? [...checker.checklist, IMAGE_CHECKLIST_ITEM] : checker.checklist), [checker.checklist, draft.attachments.length]);

  return (
    <div className="composer" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} onPaste={onPaste}>
      <h1 className="visually-hidden" id="compose-heading" tabIndex={-1}>
        {COMPOSE_TEXT.heading}
      </h1>
      <PostOptions
        platforms={draft.platforms}
        capacity={draft.capacity}
        postAt={draft.postAt}
        onPlatforms={onPlatforms}
        onCapacity={onCapacity}
        onPostAt={onPostAt}
        onNewDraft={onNewDraft}
      />
      <div className="composer__workspace">
        <div className="composer__editor">
          <label className="label composer__editor-label" htmlFor="post-editor">
            {COMPOSE_TEXT.editorLabel}
          </label>
          <p className="hint" id="post-editor-hint">
            {COMPOSE_TEXT.editorHint}
          </p>
          {lastCopy ? (
            <p className="composer__copied">
              <span className={`tag tag--${draft.status}`}>{COMPOSE_TEXT.status[draft.status]}</span>{' '}
              {COMPOSE_TEXT.copiedNote(formatWhen(lastCopy.copiedAt), platformName(lastCopy.platform))}
            </p>
          ) : null}
          <Editor
            ref={editor}
            isChecked={isCurrent}
            id="post-editor"
            text={draft.text}
            findings={findings}
            activeKey={activeKey}
            describedBy="post-editor-hint findings-summary"
            onChange={onText}
            onCaret={onCaret}
          />
          <Pictures attachments={draft.attachments} findings={findings} pictures={pictures} isDropTarget={isDropTarget} />
        </div>
        <aside className="composer__findings" aria-labelledby="findings-heading">
          <h2 className="visually-hidden" id="findings-heading">
            {FINDING_TEXT.listHeading}
          </h2>
          <p className="composer__summary" id="findings-summary">
            {summary}
          </p>
          {checker.error ? (
            <p className="error-message" role="alert">
              {FINDING_TEXT.checkerFailed(checker.error)}
            </p>
          ) : null}
          {ordered.length > 0 ? <p className="hint composer__keys">{FINDING_TEXT.shortcutsHint}</p> : null}
          <FindingList
            findings={ordered}
            decisions={draft.decisions}
            activeKey={activeKey}
            pictureLabels={pictureLabels}
            onChoose={chooseAt}
            onApply={apply}
            onNotAProblem={markNotAProblem}
            onUndoNotAProblem={undoNotAProblem}
          />
        </aside>
      </div>
      <StatusBar
        platforms={draft.platforms}
        counts={checker.result?.counts ?? {}}
        save={session.save}
        isActive={isActive}
        onCheckAndCopy={openChecklist}
      />
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {stepAnnouncement || notice}
      </div>
      {dialogPlatform !== null ? (
        <ChecklistDialog
          platformName={platformName(dialogPlatform)}
          text={draft.text}
          findings={isCurrent ? findings : []}
          checking={!isCurrent}
          items={checklistItems}
          pictureLabels={pictureLabels}
          decisions={draft.decisions}
          onDecisions={setDecisions}
          onFix={(finding) => {
            setDialogPlatform(null);
            requestAnimationFrame(() => choose(finding));
          }}
          onCopy={(decisions, answers) => copy(dialogPlatform, decisions, answers)}
          onOpenPlatform={() => openPlatform(dialogPlatform)}
          onClose={() => {
            setDialogPlatform(null);
            requestAnimationFrame(() => editor.current?.focus());
          }}
        />
      ) : null}
    </div>
  );
}
