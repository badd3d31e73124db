import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bridge, EditablePack, MoProblem, MoState, MoWorkingCopy } from '../../../src/bridge/contract.js';
import { call, type Answer } from '../../bridge.js';
import { asPack, setPackValue, text, type Json, type JsonObject, type MoSection, type PathPart } from '../../logic/mo-pack.js';
import { localProblems } from '../../logic/mo-rules.js';
import { APP_TEXT } from '../../text/common.js';
import { MO_TEXT } from '../../text/mo.js';
import { Toast, type ToastMessage } from '../Toast.js';
import { MoContext, type MoEditing, type OpenItem } from './context.js';
import { MoConfirm } from './MoConfirm.js';
import { MoEditor } from './MoEditor.js';
import { MoPublish } from './MoPublish.js';
import { MoStart } from './MoStart.js';
import { MoTry } from './MoTry.js';
import '../Header.css';
import './MoMode.css';

/** Edits are saved to the working copy this long after typing stops. */
const AUTOSAVE_MS = 500;

type Screen = 'start' | 'edit' | 'try' | 'publish';
type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'failed'; message: string };
type Confirm = { kind: 'leave' } | { kind: 'replace'; run(): Promise<void> };

interface MoModeProps {
  /** The council in the councillor's profile, offered when starting a pack. */
  readonly councilHint: string;
  /** Back to the councillor's side. */
  onExit(): void;
}

type Boot = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; state: MoState };

/** Monitoring Officer mode: a separate area of the app for writing, trying and publishing the council's rule pack. */
export default function MoMode({ councilHint, onExit }: MoModeProps) {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void call((bridge) => bridge.moGetState({})).then((answer) => {
      if (!cancelled) setBoot(answer.ok ? { phase: 'ready', state: answer.value } : { phase: 'failed', message: answer.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (boot.phase === 'loading') {
    return (
      <main className="page" id="main">
        <p role="status">{MO_TEXT.mode.loading}</p>
      </main>
    );
  }
  if (boot.phase === 'failed') {
    return (
      <main className="page" id="main">
        <h1>{MO_TEXT.mode.failed}</h1>
        <p>{boot.message}</p>
        <button type="button" className="button button--secondary" onClick={onExit}>
          {MO_TEXT.mode.back}
        </button>
      </main>
    );
  }
  return <MoArea initial={boot.state} councilHint={councilHint} onExit={onExit} />;
}

function MoArea({ initial, councilHint, onExit }: { readonly initial: MoState; readonly councilHint: string; onExit(): void }) {
  const [moState, setMoState] = useState(initial);
  const [workingCopy, setWorkingCopy] = useState<MoWorkingCopy | null>(initial.workingCopy);
  const [pack, setPack] = useState<JsonObject>(() => (initial.workingCopy ? asPack(initial.workingCopy.pack) : {}));
  const [mainProblems, setMainProblems] = useState<readonly MoProblem[]>(initial.workingCopy?.problems ?? []);
  const [save, setSave] = useState<SaveState>({ status: 'saved' });
  const [screen, setScreen] = useState<Screen>(initial.workingCopy ? 'edit' : 'start');
  const [section, setSection] = useState<MoSection>('council');
  const [open, setOpen] = useState<OpenItem | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [notices, setNotices] = useState<readonly string[]>(initial.notices);
  const [sample, setSample] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ id: string; count: number } | null>(null);

  const packRef = useRef(pack);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sequence = useRef(0);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const unpublished = useRef(initial.workingCopy?.unpublishedChanges ?? false);

  /** Saves the pack as edited now, if anything changed; resolves when main has it. */
  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (!dirty.current) {
      await inFlight.current;
      return;
    }
    dirty.current = false;
    const mine = ++sequence.current;
    const toSave = packRef.current;
    setSave({ status: 'saving' });
    const run = (async () => {
      await inFlight.current;
      const answer = await call((bridge) => bridge.moSave({ pack: toSave as EditablePack }));
      if (mine !== sequence.current) return;
      if (answer.ok) {
        unpublished.current = answer.value.unpublishedChanges;
        setMainProblems(answer.value.problems);
        setWorkingCopy((previous) => (previous ? { ...previous, unpublishedChanges: answer.value.unpublishedChanges, updatedAt: answer.value.updatedAt } : previous));
        setSave({ status: 'saved' });
      } else {
        dirty.current = true;
        setSave({ status: 'failed', message: answer.error.message });
      }
    })();
    inFlight.current = run;
    await run;
  }, []);

  const edit = useCallback(
    (change: (current: JsonObject) => JsonObject): void => {
      const next = change(packRef.current);
      if (next === packRef.current) return;
      packRef.current = next;
      setPack(next);
      dirty.current = true;
      setSave((current) => (current.status === 'saving' ? current : { status: 'saving' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    },
    [saveNow],
  );

  const adopt = useCallback((next: MoWorkingCopy): void => {
    sequence.current++;
    dirty.current = false;
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    packRef.current = asPack(next.pack);
    unpublished.current = next.unpublishedChanges;
    setPack(packRef.current);
    setWorkingCopy(next);
    setMainProblems(next.problems);
    setSave({ status: 'saved' });
  }, []);

  const callSaved = useCallback(
    async <T,>(run: (bridge: Bridge) => Promise<Answer<T>>): Promise<Answer<T>> => {
      await saveNow();
      return call(run);
    },
    [saveNow],
  );

  // Whatever is typed is saved before the window goes (the app asks main about closing).
  useEffect(() => {
    const onHide = (): void => void saveNow();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saveNow();
    };
  }, [saveNow]);

  const requestFocus = useCallback((id: string) => setFocusRequest((previous) => ({ id, count: (previous?.count ?? 0) + 1 })), []);
  useEffect(() => {
    if (!focusRequest) return;
    const target = document.getElementById(focusRequest.id) ?? document.getElementById(`mo-section-${section}`) ?? document.getElementById('mo-screen-heading');
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
    // Only a new request moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const problems = useMemo(() => [...mainProblems, ...localProblems(pack)], [mainProblems, pack]);

  const editing: MoEditing = useMemo(
    () => ({
      pack,
      problems,
      edit,
      set: (parts: readonly PathPart[], value: Json | undefined, prune = false) => edit((current) => setPackValue(current, parts, value, prune)),
      open,
      setOpen,
      requestFocus,
      announce: (message: string, undo?: () => void) => setToast(undo ? { text: message, action: { label: MO_TEXT.editor.undo, run: undo } } : { text: message }),
      callSaved,
      adopt,
    }),
    [pack, problems, edit, open, requestFocus, callSaved, adopt],
  );

  const go = (next: Screen): void => {
    setScreen(next);
    setOpen(null);
    setToast(null);
    requestFocus(next === 'edit' ? `mo-section-${section}` : 'mo-screen-heading');
  };

  const refreshState = useCallback(async (): Promise<void> => {
    const answer = await call((bridge) => bridge.moGetState({}));
    if (answer.ok) setMoState(answer.value);
  }, []);

  /** Starts or opens a pack; when that would replace unpublished changes, asks first. */
  const begin = async (run: (replace: boolean) => Promise<Answer<MoWorkingCopy>>): Promise<string | null> => {
    await saveNow();
    const answer = await run(false);
    const started = (value: MoWorkingCopy): void => {
      adopt(value);
      setSection('council');
      setScreen('edit');
      requestFocus('mo-section-council');
    };
    if (answer.ok) {
      started(answer.value);
      return null;
    }
    if (answer.error.code === 'not-allowed' && workingCopy) {
      setConfirm({
        kind: 'replace',
        run: async () => {
          setConfirm(null);
          const again = await run(true);
          if (again.ok) started(again.value);
          else setToast({ text: again.error.message });
        },
      });
      return null;
    }
    return answer.error.message;
  };

  const leave = async (): Promise<void> => {
    await saveNow();
    if (workingCopy && unpublished.current) setConfirm({ kind: 'leave' });
    else onExit();
  };

  const council = text(pack['council']);
  const version = text(pack['version']);
  const statusText = save.status === 'saving' ? MO_TEXT.mode.saving : save.status === 'failed' ? MO_TEXT.mode.notSaved(save.message) : MO_TEXT.mode.saved;
  const navItems: ReadonlyArray<[Screen, string]> = [
    ['edit', MO_TEXT.mode.nav.edit],
    ['try', MO_TEXT.mode.nav.try],
    ['publish', MO_TEXT.mode.nav.publish],
    ['start', MO_TEXT.mode.nav.start],
  ];

  return (
    <MoContext.Provider value={editing}>
      <div className="mo-shell">
        <a className="skip-link" href="#main">
          {APP_TEXT.skipLink}
        </a>
        <header className="mo-header">
          <div className="mo-header__title">
            <p className="mo-header__mode">{MO_TEXT.mode.name}</p>
            {workingCopy && council ? (
              <p className="mo-header__pack">
                {MO_TEXT.mode.editing(council)}
                {version ? ` · v${version}` : ''}
              </p>
            ) : null}
          </div>
          {workingCopy ? (
            <nav className="mo-header__nav" aria-label={MO_TEXT.mode.navLabel}>
              <ul>
                {navItems.map(([id, label]) => (
                  <li key={id}>
                    <a
                      href={`#mo-${id}`}
                      className="app-header__link"
                      aria-current={screen === id ? 'page' : undefined}
                      onClick={(event) => {
                        event.preventDefault();
                        go(id);
                      }}
                    >
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <button type="button" className="button button--secondary mo-header__back" onClick={() => void leave()}>
            {MO_TEXT.mode.back}
          </button>
        </header>
        {workingCopy ? (
          <div className="mo-statusbar">
            <p className="mo-statusbar__saved" role="status" id="mo-save-status">
              {statusText}
              <span className="mo-statusbar__sep" aria-hidden="true">
                {' · '}
              </span>
              <span className={problems.length > 0 ? 'mo-statusbar__problems' : undefined}>{MO_TEXT.mode.problems(problems.length)}</span>
            </p>
            <p className="mo-statusbar__published">
              {!workingCopy.lastPublished
                ? MO_TEXT.mode.unpublished
                : workingCopy.unpublishedChanges
                  ? MO_TEXT.mode.changedSince(workingCopy.lastPublished.version)
                  : MO_TEXT.mode.published(workingCopy.lastPublished.version)}
            </p>
          </div>
        ) : null}
        <main id="main" tabIndex={-1} className="mo-main">
          {notices.length > 0 ? (
            <div className="notification app__notice" role="alert" aria-labelledby="mo-notice-heading">
              <h2 id="mo-notice-heading">{MO_TEXT.mode.noticeHeading}</h2>
              {notices.map((notice) => (
                <p key={notice}>{notice}</p>
              ))}
              <button type="button" className="button button--secondary button--small" onClick={() => setNotices([])}>
                {MO_TEXT.mode.dismiss}
              </button>
            </div>
          ) : null}
          {screen === 'start' || !workingCopy ? (
            <MoStart
              councilHint={councilHint}
              canGoBack={workingCopy !== null}
              onBack={() => go('edit')}
              onStart={(name, id) => begin((replace) => call((bridge) => bridge.moStart({ council: name, ...(id ? { id } : {}), ...(replace ? { replace } : {}) })))}
              onOpen={(fileName, contentBase64) => begin((replace) => call((bridge) => bridge.moOpenPack({ fileName, contentBase64, ...(replace ? { replace } : {}) })))}
            />
          ) : screen === 'edit' ? (
            <div className="page mo-page mo-page--wide">
              <h1 className="visually-hidden">{MO_TEXT.editor.heading}</h1>
              <MoEditor section={section} onSection={setSection} />
            </div>
          ) : screen === 'try' ? (
            <MoTry sample={sample} onSample={setSample} />
          ) : (
            <MoPublish
              workingCopy={workingCopy}
              keyState={moState.keyStore}
              signingKey={moState.key}
              onKeyChanged={() => void refreshState()}
              localReasons={localProblems(pack).map((problem) => problem.message)}
              hasProblems={problems.length > 0}
              onShowProblems={() => {
                go('edit');
                requestFocus('mo-summary-heading');
              }}
            />
          )}
        </main>
        <Toast toast={toast} onClose={() => setToast(null)} />
        {confirm?.kind === 'leave' ? (
          <MoConfirm
            heading={MO_TEXT.leave.heading}
            body={MO_TEXT.leave.body}
            onCancel={() => setConfirm(null)}
            choices={[
              {
                label: MO_TEXT.leave.publish,
                kind: 'primary',
                run: () => {
                  setConfirm(null);
                  go('publish');
                },
              },
              { label: MO_TEXT.leave.leave, kind: 'warning', run: onExit },
              { label: MO_TEXT.leave.stay, kind: 'secondary', run: () => setConfirm(null) },
            ]}
          />
        ) : null}
        {confirm?.kind === 'replace' ? (
          <MoConfirm
            heading={MO_TEXT.replace.heading}
            body={MO_TEXT.replace.body}
            onCancel={() => setConfirm(null)}
            choices={[
              { label: MO_TEXT.replace.confirm, kind: 'warning', run: () => void confirm.run() },
              { label: MO_TEXT.replace.cancel, kind: 'secondary', run: () => setConfirm(null) },
            ]}
          />
        ) : null}
      </div>
    </MoContext.Provider>
  );
}
