import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftStatus, DraftSummary } from '../../../src/bridge/contract.js';
import type { PlatformId } from '../../../src/engine/finding.js';
import { call } from '../../bridge.js';
import { useDebounced } from '../../hooks/useDebounced.js';
import { hasDateProblem, hasFilters, historyQuery, NO_FILTERS, type HistoryFilters } from '../../logic/history.js';
import { formatWhen } from '../../logic/time.js';
import { COMPOSE_TEXT } from '../../text/common.js';
import { HISTORY_TEXT } from '../../text/history.js';
import { CAPACITY_NAMES, PLATFORM_IDS, PLATFORM_NAMES } from '../../text/platforms.js';
import { downloadFile } from '../download.js';
import type { ToastMessage } from '../Toast.js';
import { DraftRecord, PictureStrip } from './DraftRecord.js';
import { IMAGE_TEXT } from '../../text/images.js';
import './History.css';

interface HistoryProps {
  readonly isActive: boolean;
  /** The draft open in the editor, so deleting it can start a fresh one. */
  readonly openDraftId: string | null;
  onOpen(draft: Draft): Promise<void>;
  onDeletedOpenDraft(): Promise<void>;
  onToast(toast: ToastMessage | null): void;
}

const STATUSES: readonly DraftStatus[] = ['draft', 'checked', 'copied'];

/** Every draft, newest first, with search, filters, and what can be done with each. */
export function History({ isActive, openDraftId, onOpen, onDeletedOpenDraft, onToast }: HistoryProps) {
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const [items, setItems] = useState<readonly DraftSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<{ id: string; draft: Draft | null } | null>(null);
  const searchText = useDebounced(filters.text, 250);
  const applied = { ...filters, text: searchText };
  const dateProblem = hasDateProblem(applied);
  const request = useRef(0);

  const load = useCallback(
    async (query: HistoryFilters, offset: number) => {
      if (hasDateProblem(query)) return;
      const ticket = ++request.current;
      const answer = await call((bridge) => bridge.listDrafts({ ...historyQuery(query), offset }));
      if (ticket !== request.current) return;
      if (!answer.ok) {
        setError(answer.error.message);
        return;
      }
      setError(null);
      setItems((previous) => (offset === 0 ? answer.value.items : [...previous, ...answer.value.items]));
      setTotal(answer.value.total);
      setLoaded(true);
    },
    [],
  );

  const { status, platform, from, to } = filters;
  useEffect(() => {
    if (isActive) void load({ text: searchText, status, platform, from, to }, 0);
  }, [isActive, load, searchText, status, platform, from, to]);

  const reload = (): Promise<void> => load(applied, 0);

  const toggleDetails = async (id: string): Promise<void> => {
    if (expanded?.id === id) {
      setExpanded(null);
      return;
    }
    setExpanded({ id, draft: null });
    const answer = await call((bridge) => bridge.getDraft({ id }));
    if (answer.ok) setExpanded((current) => (current?.id === id ? { id, draft: answer.value } : current));
    else setError(answer.error.message);
  };

  const open = async (id: string): Promise<void> => {
    const answer = await call((bridge) => bridge.getDraft({ id }));
    if (answer.ok) await onOpen(answer.value);
    else setError(answer.error.message);
  };

  const duplicate = async (id: string): Promise<void> => {
    const answer = await call((bridge) => bridge.duplicateDraft({ id }));
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    const copy = answer.value;
    await reload();
    onToast({ text: HISTORY_TEXT.duplicated, action: { label: HISTORY_TEXT.openCopy, run: () => void onOpen(copy) } });
  };

  const remove = async (id: string): Promise<void> => {
    const wasOpen = id === openDraftId;
    if (wasOpen) await onDeletedOpenDraft();
    const answer = await call((bridge) => bridge.deleteDraft({ id }));
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    if (expanded?.id === id) setExpanded(null);
    await reload();
    onToast({
      text: HISTORY_TEXT.deleted,
      action: {
        label: HISTORY_TEXT.undo,
        run: async () => {
          const restored = await call((bridge) => bridge.undoDelete({ id }));
          if (!restored.ok) {
            onToast({ text: restored.error.message });
            return;
          }
          await reload();
          onToast({ text: HISTORY_TEXT.restored });
        },
      },
    });
  };

  const exportDrafts = async (format: 'json' | 'csv', id?: string): Promise<void> => {
    const answer = await call((bridge) => bridge.exportHistory({ format, ...(id ? { id } : {}) }));
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    downloadFile(answer.value);
    onToast({ text: HISTORY_TEXT.exported(answer.value.fileName) });
  };

  const set = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K]): void => setFilters((previous) => ({ ...previous, [key]: value }));

  return (
    <div className="page history">
      <h1 id="history-heading" tabIndex={-1}>
        {HISTORY_TEXT.heading}
      </h1>
      <p>{HISTORY_TEXT.intro}</p>

      <form
        className="history__filters"
        role="search"
        aria-label={HISTORY_TEXT.filters}
        onSubmit={(event) => {
          event.preventDefault();
          void reload();
        }}
      >
        <div className="field history__search">
          <label className="label" htmlFor="history-search">
            {HISTORY_TEXT.search}
          </label>
          <input id="history-search" className="input" type="search" value={filters.text} maxLength={200} onChange={(event) => set('text', event.target.value)} />
        </div>
        <div className="history__filter-row">
          <div className="field">
            <label className="label" htmlFor="history-status">
              {HISTORY_TEXT.status}
            </label>
            <select id="history-status" className="select" value={filters.status} onChange={(event) => set('status', event.target.value as DraftStatus | '')}>
              <option value="">{HISTORY_TEXT.any}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {COMPOSE_TEXT.status[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="history-platform">
              {HISTORY_TEXT.platform}
            </label>
            <select id="history-platform" className="select" value={filters.platform} onChange={(event) => set('platform', event.target.value as PlatformId | '')}>
              <option value="">{HISTORY_TEXT.any}</option>
              {PLATFORM_IDS.map((id) => (
                <option key={id} value={id}>
                  {PLATFORM_NAMES[id]}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${dateProblem ? ' field--error' : ''}`}>
            <label className="label" htmlFor="history-from">
              {HISTORY_TEXT.from}
            </label>
            <input id="history-from" className="input input--short" type="date" value={filters.from} onChange={(event) => set('from', event.target.value)} aria-describedby={dateProblem ? 'history-date-error' : undefined} />
          </div>
          <div className={`field${dateProblem ? ' field--error' : ''}`}>
            <label className="label" htmlFor="history-to">
              {HISTORY_TEXT.to}
            </label>
            <input id="history-to" className="input input--short" type="date" value={filters.to} onChange={(event) => set('to', event.target.value)} aria-describedby={dateProblem ? 'history-date-error' : undefined} />
          </div>
          {hasFilters(filters) ? (
            <div className="field history__clear">
              <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
                {HISTORY_TEXT.clear}
              </button>
            </div>
          ) : null}
        </div>
        {dateProblem ? (
          <p className="error-message" id="history-date-error" role="alert">
            {HISTORY_TEXT.badDates}
          </p>
        ) : null}
      </form>

      <div className="history__export">
        <button type="button" className="button button--secondary button--small" onClick={() => void exportDrafts('json')}>
          {HISTORY_TEXT.exportAllAs('JSON')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => void exportDrafts('csv')}>
          {HISTORY_TEXT.exportAllAs('CSV')}
        </button>
      </div>

      {error ? (
        <div className="error-summary" role="alert">
          <h2>{HISTORY_TEXT.problem}</h2>
          <p>{error}</p>
        </div>
      ) : null}

      <h2 className="history__count" aria-live="polite">
        {loaded ? HISTORY_TEXT.results(items.length, total) : HISTORY_TEXT.loading}
      </h2>
      {loaded && items.length === 0 ? <p>{hasFilters(applied) ? HISTORY_TEXT.empty : HISTORY_TEXT.emptyHistory}</p> : null}
      <ul className="history__list">
        {items.map((item) => {
          const titleId = `draft-${item.id}-title`;
          const line = item.firstLine.trim() || HISTORY_TEXT.untitled;
          const isExpanded = expanded?.id === item.id;
          return (
            <li key={item.id} className="history-item">
              <h3 className="history-item__title" id={titleId}>
                {line}
              </h3>
              <p className="history-item__meta">
                <span className={`tag tag--${item.status}`}>{COMPOSE_TEXT.status[item.status]}</span>
                <span>{item.platforms.map((id) => PLATFORM_NAMES[id]).join(', ')}</span>
                <span>{CAPACITY_NAMES[item.capacity]}</span>
                <span>{HISTORY_TEXT.updated(formatWhen(item.updatedAt))}</span>
                {item.pictures ? <span>{IMAGE_TEXT.pictures(item.pictures.length)}</span> : null}
              </p>
              {item.pictures ? <PictureStrip pictures={item.pictures} /> : null}
              <div className="history-item__actions">
                <button type="button" className="button button--small" aria-describedby={titleId} onClick={() => void open(item.id)}>
                  {HISTORY_TEXT.open}
                </button>
                <button type="button" className="button button--secondary button--small" aria-describedby={titleId} aria-expanded={isExpanded} aria-controls={`draft-${item.id}-details`} onClick={() => void toggleDetails(item.id)}>
                  {HISTORY_TEXT.details}
                </button>
                <button type="button" className="button button--secondary button--small" aria-describedby={titleId} onClick={() => void duplicate(item.id)}>
                  {HISTORY_TEXT.duplicate}
                </button>
                <button type="button" className="button button--secondary button--small" aria-describedby={titleId} onClick={() => void remove(item.id)}>
                  {HISTORY_TEXT.delete}
                </button>
              </div>
              <div id={`draft-${item.id}-details`} hidden={!isExpanded}>
                {isExpanded ? (
                  expanded.draft ? (
                    <>
                      <DraftRecord draft={expanded.draft} />
                      <div className="history-item__actions history-item__exports">
                        <button type="button" className="button button--secondary button--small" aria-describedby={titleId} onClick={() => void exportDrafts('json', item.id)}>
                          {HISTORY_TEXT.exportOne('JSON')}
                        </button>
                        <button type="button" className="button button--secondary button--small" aria-describedby={titleId} onClick={() => void exportDrafts('csv', item.id)}>
                          {HISTORY_TEXT.exportOne('CSV')}
                        </button>
                      </div>
                    </>
                  ) : (
                    <p>{HISTORY_TEXT.loading}</p>
                  )
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {items.length < total ? (
        <button type="button" className="button button--secondary" onClick={() => void load(applied, items.length)}>
          {HISTORY_TEXT.showMore}
        </button>
      ) : null}
    </div>
  );
}
