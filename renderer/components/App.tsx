import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { AppState, CouncillorProfile, Draft, PackSource, PackStatus } from '../../src/bridge/contract.js';
import { call } from '../bridge.js';
import { useChecker } from '../hooks/useChecker.js';
import { emptyDraft, fromDraft, useDraftSession, type DraftState } from '../hooks/useDraftSession.js';
import { useImageWorker } from '../hooks/useImageWorker.js';
import { APP_TEXT } from '../text/common.js';
import { PROFILE_TEXT } from '../text/profile.js';
import { RULES_TEXT } from '../text/rules.js';
import { Composer } from './Composer/Composer.js';
import { Header, type Screen } from './Header.js';
import { History } from './History/History.js';
import { ProfileForm } from './ProfileForm.js';
import { Settings } from './Settings.js';
import { Toast, type ToastMessage } from './Toast.js';
import { TrustDialog } from './TrustDialog.js';
import './App.css';

/** Monitoring Officer mode, loaded only when it is opened. */
const MoMode = lazy(() => import('./MoMode/MoMode.js'));

type Boot = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; state: AppState; draft: Draft | null };

/** Starts the window: the app's state from main, then the draft open when it last closed. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const state = await call((bridge) => bridge.getAppState({}));
      if (cancelled) return;
      if (!state.ok) {
        setBoot({ phase: 'failed', message: state.error.message });
        return;
      }
      const lastId = state.value.lastDraftId;
      const last = lastId ? await call((bridge) => bridge.getDraft({ id: lastId })) : null;
      if (!cancelled) setBoot({ phase: 'ready', state: state.value, draft: last?.ok ? last.value : null });
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (boot.phase === 'loading') {
    return (
      <main className="page" id="main">
        <p role="status">{APP_TEXT.loading}</p>
      </main>
    );
  }
  if (boot.phase === 'failed') {
    return (
      <main className="page" id="main">
        <h1>{APP_TEXT.startFailed}</h1>
        <p>{boot.message}</p>
        <p>{APP_TEXT.startFailedHint}</p>
      </main>
    );
  }
  return <Ready initialState={boot.state} initialDraft={boot.draft} />;
}

const HEADINGS: Record<Screen, string> = { compose: 'compose-heading', history: 'history-heading', settings: 'settings-heading' };

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function Ready({ initialState, initialDraft }: { readonly initialState: AppState; readonly initialDraft: Draft | null }) {
  const [state, setState] = useState(initialState);
  const [screen, setScreen] = useState<Screen>('compose');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [notices, setNotices] = useState<readonly string[]>(initialState.notices);
  const [moMode, setMoMode] = useState(false);
  const session = useDraftSession(
    initialDraft ? fromDraft(initialDraft) : emptyDraft({ platforms: initialState.settings.defaultPlatforms, capacity: initialState.profile?.usualCapacity ?? 'councillor' }),
  );
  const checker = useChecker(state.pack);
  const imageWorker = useImageWorker(state.pack);
  const packs = usePackStatus(setState, setToast);
  const moveFocus = useRef(false);
  const { profile, settings } = state;

  // Light or dark as chosen in Settings; "system" follows the operating system.
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = settings.theme;
  }, [settings.theme]);

  const navigate = useCallback((next: Screen) => {
    moveFocus.current = true;
    setScreen(next);
  }, []);

  // After moving between screens, put focus on the new screen's heading.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    document.getElementById(HEADINGS[screen])?.focus();
  }, [screen]);

  // Focus goes to the editor after React has committed the new draft (the editor may be new).
  const [editorFocusRequest, setEditorFocusRequest] = useState(0);
  useEffect(() => {
    if (editorFocusRequest > 0) document.getElementById('post-editor')?.focus();
  }, [editorFocusRequest]);

  const { startNew, open } = session;
  const newDraft = useCallback(async () => {
    await startNew({ platforms: settings.defaultPlatforms, capacity: profile?.usualCapacity ?? 'councillor' });
    setScreen('compose');
    setEditorFocusRequest((count) => count + 1);
  }, [startNew, settings.defaultPlatforms, profile]);
  const onNewDraft = useCallback(() => void newDraft(), [newDraft]);

  const openDraft = useCallback(
    async (draft: Draft) => {
      await open(draft);
      setToast(null);
      setScreen('compose');
      setEditorFocusRequest((count) => count + 1);
    },
    [open],
  );

  useEffect(() => {
    if (!profile) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void newDraft();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [profile, newDraft]);

  const saveProfile = async (next: CouncillorProfile): Promise<string | null> => {
    const answer = await call((bridge) => bridge.saveProfile(next));
    if (!answer.ok) return answer.error.message;
    const isFirstRun = state.profile === null;
    setState((previous) => ({ ...previous, profile: answer.value }));
    if (isFirstRun) {
      session.update({ capacity: answer.value.usualCapacity });
      navigate('compose');
      requestAnimationFrame(() => document.getElementById('post-editor')?.focus());
    }
    return null;
  };

  const noticeBanner =
    notices.length > 0 ? (
      <div className="notification app__notice" role="alert" aria-labelledby="notice-heading">
        <h2 id="notice-heading">{APP_TEXT.noticeHeading}</h2>
        {notices.map((notice) => (
          <p key={notice}>{notice}</p>
        ))}
        <button type="button" className="button button--secondary button--small" onClick={() => setNotices([])}>
          {APP_TEXT.dismiss}
        </button>
      </div>
    ) : null;
  const header = (
    <Header
      pack={state.pack}
      isExpired={packs.status?.isExpired}
      checkFailed={packs.status ? packs.status.subscription !== null && packs.status.problem !== null : false}
      screen={profile ? screen : null}
      today={todayIso()}
      onNavigate={navigate}
    />
  );
  const trust =
    packs.status?.pendingTrust && packs.status.pendingTrust.fingerprint !== packs.deferred ? (
      <TrustDialog pending={packs.status.pendingTrust} busy={packs.deciding} onDecide={(accept) => void packs.decide(accept)} onLater={packs.later} />
    ) : null;
  const skipLink = (
    <a className="skip-link" href="#main">
      {APP_TEXT.skipLink}
    </a>
  );

  if (!profile) {
    return (
      <>
        {skipLink}
        {header}
        <main id="main" tabIndex={-1} className="page setup">
          {noticeBanner}
          <h1>{PROFILE_TEXT.setupHeading}</h1>
          <p className="setup__intro">{PROFILE_TEXT.setupIntro}</p>
          <ProfileForm profile={null} submitLabel={PROFILE_TEXT.save} onSave={saveProfile} />
        </main>
        {trust}
      </>
    );
  }

  if (moMode) {
    return (
      <Suspense
        fallback={
          <main className="page" id="main">
            <p role="status">{APP_TEXT.loading}</p>
          </main>
        }
      >
        <MoMode
          councilHint={profile.council}
          onExit={() => {
            setMoMode(false);
            requestAnimationFrame(() => document.getElementById('settings-mo-open')?.focus());
          }}
        />
      </Suspense>
    );
  }

  return (
    <div className="app-shell">
      {skipLink}
      {header}
      <main id="main" tabIndex={-1} className={`app-main app-main--${screen}`}>
        {noticeBanner}
        <div className="app-main__compose" hidden={screen !== 'compose'}>
          <Composer session={session} checker={checker} imageWorker={imageWorker} profile={profile} isActive={screen === 'compose'} onNewDraft={onNewDraft} />
        </div>
        {screen === 'history' ? (
          <History
            isActive
            openDraftId={session.draft.id}
            onOpen={openDraft}
            onDeletedOpenDraft={() => session.startNew({ platforms: settings.defaultPlatforms, capacity: profile.usualCapacity })}
            onToast={setToast}
          />
        ) : null}
        {screen === 'settings' ? (
          <Settings
            profile={profile}
            settings={settings}
            packStatus={packs.status}
            onInstallPack={packs.install}
            onCheckPackNow={packs.checkNow}
            onReviewTrust={packs.review}
            onOpenMoMode={() => setMoMode(true)}
            dataDir={state.dataDir}
            onProfile={saveProfile}
            onSettings={(next) => setState((previous) => ({ ...previous, settings: next }))}
            onToast={setToast}
          />
        ) : null}
      </main>
      <Toast toast={toast} onClose={() => setToast(null)} />
      {trust}
    </div>
  );
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * The rule pack's status from main, kept here so the header, Settings and the trust question
 * all see the same thing. Every new status also replaces the app's active pack, so the engine
 * worker rebuilds its checker with the council's rules as soon as they are installed.
 */
function usePackStatus(setState: (update: (previous: AppState) => AppState) => void, setToast: (toast: ToastMessage | null) => void) {
  const [status, setStatus] = useState<PackStatus | null>(null);
  const [deferred, setDeferred] = useState<string | null>(null);
  const [deciding, setDeciding] = useState(false);

  const apply = useCallback(
    (next: PackStatus): void => {
      setStatus(next);
      setState((previous) => ({ ...previous, pack: next.active }));
    },
    [setState],
  );

  const refresh = useCallback(async (): Promise<PackStatus | null> => {
    const answer = await call((bridge) => bridge.getPackStatus({}));
    if (!answer.ok) return null;
    apply(answer.value);
    return answer.value;
  }, [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** A refusal main also keeps as the status's problem is shown there, once; otherwise it is returned. */
  const settle = useCallback(
    async (answer: Answer<PackStatus>): Promise<string | null> => {
      if (answer.ok) {
        const before = status?.active.hash ?? null;
        apply(answer.value);
        setDeferred(null);
        const { active, pendingTrust, problem } = answer.value;
        if (!pendingTrust && !problem && active.councilPack && active.hash !== before) setToast({ text: RULES_TEXT.installed(active.council, active.version) });
        return null;
      }
      const now = await refresh();
      return now?.problem === answer.error.message ? null : answer.error.message;
    },
    [apply, refresh, setToast, status],
  );

  const install = useCallback(async (source: PackSource) => settle(await call((bridge) => bridge.installPack(source))), [settle]);
  const checkNow = useCallback(async () => settle(await call((bridge) => bridge.checkPackNow({}))), [settle]);

  const decide = useCallback(
    async (accept: boolean): Promise<void> => {
      const pending = status?.pendingTrust;
      if (!pending) return;
      setDeciding(true);
      const answer = await call((bridge) => bridge.confirmPackTrust({ fingerprint: pending.fingerprint, accept }));
      setDeciding(false);
      if (answer.ok) {
        apply(answer.value);
        setToast({ text: accept ? RULES_TEXT.trusted(pending.council) : RULES_TEXT.rejected });
      } else {
        setDeferred(pending.fingerprint);
        setToast({ text: answer.error.message });
      }
    },
    [apply, setToast, status],
  );

  const later = useCallback(() => setDeferred(status?.pendingTrust?.fingerprint ?? null), [status]);

  const review = useCallback(() => setDeferred(null), []);

  return { status, deferred, deciding, install, checkNow, decide, later, review };
}
