import { useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MoPlanningImport as PlanningImportSchema, MoStaleList as StaleListSchema } from '../../../src/bridge/contract.js';
import { MatterKind } from '../../../src/pack/schema.js';
import { isObject, listAt, strings, text, withItemsAdded, type JsonObject } from '../../logic/mo-pack.js';
import { parsePastedMatters, type PasteProblem } from '../../logic/mo-paste.js';
import { shortDate } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { useMo } from './context.js';
import { DateField, ListField, SelectField, TextField } from './fields.js';
import { readBase64 } from '../../dom/read-file.js';
import { ItemTable, Section } from './ItemTable.js';

type MoPlanningImport = z.output<typeof PlanningImportSchema>;
type MoStaleList = z.output<typeof StaleListSchema>;

const T = MO_TEXT.matters;
const KIND_CHOICES = MatterKind.options.map((kind) => ({ value: kind, label: T.kinds[kind] }));

function matterName(item: JsonObject, index: number): string {
  return text(item['ref']) || text(item['title']) || `${MO_TEXT.editor.untitled} ${index + 1}`;
}

/** Pending matters: the sortable table, pasting rows from a spreadsheet, and the planning register import. */
export function MattersSection() {
  const path = (index: number, field: string): string => `pendingMatters[${index}].${field}`;
  return (
    <Section section="pending" intro={T.intro}>
      <StaleOffer />
      <ItemTable
        list="pendingMatters"
        caption={T.caption}
        firstField="ref"
        addLabel={T.add}
        describe={matterName}
        newItem={() => ({ title: '', kind: 'planning', keywords: [] })}
        columns={[
          { key: 'ref', heading: T.ref, cell: (item) => text(item['ref']), sortKey: (item) => text(item['ref']), nowrap: true },
          { key: 'title', heading: T.title, cell: (item) => text(item['title']), sortKey: (item) => text(item['title']) },
          { key: 'kind', heading: T.kind, cell: (item) => shortKindName(text(item['kind']) || 'planning'), sortKey: (item) => text(item['kind']) || 'planning' },
          { key: 'committee', heading: T.committee, cell: (item) => text(item['committee']), sortKey: (item) => text(item['committee']) },
          { key: 'date', heading: T.decisionDate, cell: (item) => shortDate(text(item['decisionDate'])), sortKey: (item) => text(item['decisionDate']) },
          { key: 'keywords', heading: T.keywords, cell: (item) => strings(item['keywords']).join(', ') },
        ]}
        editor={(index) => (
          <div className="mo-grid">
            <TextField path={path(index, 'ref')} label={T.refField} hint={T.refHint} optional width="short" spellCheck={false} />
            <SelectField path={path(index, 'kind')} label={T.kind} choices={KIND_CHOICES} />
            <TextField path={path(index, 'title')} label={T.title} hint={T.titleHint} className="mo-grid__wide" />
            <TextField path={path(index, 'site')} label={T.site} hint={T.siteHint} optional className="mo-grid__wide" />
            <TextField path={path(index, 'committee')} label={T.committeeField} optional />
            <DateField path={path(index, 'decisionDate')} label={T.decisionDateField} optional />
            <ListField path={path(index, 'keywords')} label={T.keywordsField} hint={T.keywordsHint} separator="commas" className="mo-grid__wide" />
          </div>
        )}
      />
      <PasteRows />
      <PlanningImport />
    </Section>
  );
}

function shortKindName(kind: string): string {
  return (T.shortKinds as Record<string, string>)[kind] ?? kind;
}

function pasteProblemText(problem: PasteProblem): string {
  switch (problem.kind) {
    case 'no-title':
      return T.pasteProblem['no-title'](problem.ref);
    case 'bad-kind':
      return T.pasteProblem['bad-kind'](problem.value);
    case 'bad-date':
      return T.pasteProblem['bad-date'](problem.value);
    case 'short-name':
      return T.pasteProblem['short-name'](problem.value);
    case 'duplicate':
      return T.pasteProblem.duplicate(problem.ref, problem.where);
    case 'no-columns':
      return T.pasteProblem['no-columns']();
  }
}

/** Rows copied from a spreadsheet: pasted here, added to the table; rows that cannot be used are listed by line. */
function PasteRows() {
  const { pack, edit } = useMo();
  const ids = useId();
  const [pasted, setPasted] = useState('');
  const [empty, setEmpty] = useState(false);
  const [result, setResult] = useState<{ added: number; problems: PasteProblem[] } | null>(null);

  const add = (): void => {
    if (pasted.trim() === '') {
      setEmpty(true);
      setResult(null);
      document.getElementById(`${ids}-paste`)?.focus();
      return;
    }
    setEmpty(false);
    const refs = listAt(pack, 'pendingMatters').flatMap((item) => (isObject(item) && text(item['ref']) ? [text(item['ref'])] : []));
    const read = parsePastedMatters(pasted, refs);
    if (read.matters.length > 0) edit((current) => withItemsAdded(current, 'pendingMatters', read.matters));
    setResult({ added: read.matters.length, problems: read.problems });
    if (read.problems.length === 0) setPasted('');
  };

  return (
    <div className="mo-subsection">
      <h3>{T.pasteHeading}</h3>
      <div className={`field${empty ? ' field--error' : ''}`}>
        <label className="label" htmlFor={`${ids}-paste`}>
          {T.pasteLabel}
        </label>
        <span className="hint" id={`${ids}-paste-hint`}>
          {T.pasteHint}
        </span>
        {empty ? (
          <p className="error-message" id={`${ids}-paste-error`}>
            <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
            {T.pasteEmpty}
          </p>
        ) : null}
        <textarea
          id={`${ids}-paste`}
          className={`textarea mo-paste${empty ? ' textarea--error' : ''}`}
          rows={4}
          spellCheck={false}
          value={pasted}
          aria-describedby={`${ids}-paste-hint${empty ? ` ${ids}-paste-error` : ''}`}
          aria-invalid={empty || undefined}
          onChange={(event) => setPasted(event.target.value)}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={add}>
        {T.pasteButton}
      </button>
      <div role="status" className="mo-result">
        {result && result.added > 0 ? <p className="notification notification--success">{T.pasted(result.added)}</p> : null}
        {result && result.problems.length > 0 ? (
          <div className="mo-problems">
            <p className="mo-problems__heading">{T.pasteProblemsHeading(result.problems.length)}</p>
            <ul>
              {result.problems.map((problem) => (
                <li key={`${problem.line}-${problem.kind}`}>
                  {T.line(problem.line)}
                  {pasteProblemText(problem)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** The planning register's CSV, merged into the table by main (as `pack import-planning` does). */
function PlanningImport() {
  const { callSaved, adopt } = useMo();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<MoPlanningImport | null>(null);

  const importFile = async (file: File): Promise<void> => {
    setFailure(null);
    setResult(null);
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch {
      setFailure(MO_TEXT.start.unreadable(file.name));
      return;
    }
    setBusy(T.importing(file.name));
    const answer = await callSaved((bridge) => bridge.moImportPlanning({ fileName: file.name, contentBase64 }));
    setBusy(null);
    if (input.current) input.current.value = '';
    if (!answer.ok) {
      setFailure(answer.error.message);
      return;
    }
    if (!answer.value.fatal) adopt(answer.value.workingCopy);
    setResult(answer.value);
  };

  const describedBy = `${ids}-csv-hint${failure ? ` ${ids}-csv-error` : ''}`;
  return (
    <div className="mo-subsection">
      <h3>{T.importHeading}</h3>
      <div className={`field${failure ? ' field--error' : ''}`}>
        <label className="label" htmlFor={`${ids}-csv`}>
          {T.importLabel}
        </label>
        <span className="hint" id={`${ids}-csv-hint`}>
          {T.importHint}
        </span>
        {failure ? (
          <p className="error-message" id={`${ids}-csv-error`}>
            <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
            {failure}
          </p>
        ) : null}
        <input
          ref={input}
          id={`${ids}-csv`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={describedBy}
          disabled={busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <div role="status" className="mo-result">
        {busy ? <p>{busy}</p> : null}
        {result ? <PlanningResult result={result} /> : null}
      </div>
    </div>
  );
}

function PlanningResult({ result }: { readonly result: MoPlanningImport }) {
  const columns = Object.entries(result.columns);
  return (
    <div className={result.fatal ? 'mo-problems' : 'notification notification--success'}>
      {result.fatal ? (
        <p>
          {T.line(result.fatal.line)}
          {result.fatal.message} {T.importNothing}
        </p>
      ) : (
        <>
          <p>{T.imported(result.imported)}</p>
          {columns.length > 0 ? (
            <p>
              {T.importColumns}: {columns.map(([column, heading]) => `${heading} (${column})`).join(', ')}
            </p>
          ) : null}
          <p className="mo-result__heading">{T.importChanges}</p>
          {result.changes.length > 0 ? (
            <ul>
              {result.changes.map((change, index) => (
                <li key={`${index}-${change}`}>{change.charAt(0).toUpperCase() + change.slice(1)}</li>
              ))}
            </ul>
          ) : (
            <p>{T.importNoChanges}</p>
          )}
        </>
      )}
      {result.problems.length > 0 ? (
        <>
          <p className="mo-result__heading">{T.importProblems(result.problems.length)}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.line}-${problem.message}`}>
                {T.line(problem.line)}
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * Matters whose decision date is more than 14 days past, offered for removal ("3 applications
 * were decided more than 14 days ago — remove them?"). Asked again whenever the dates change.
 */
export function StaleOffer() {
  const { pack, callSaved, adopt, announce } = useMo();
  const [stale, setStale] = useState<MoStaleList | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const dates = JSON.stringify(listAt(pack, 'pendingMatters').map((item) => (isObject(item) ? text(item['decisionDate']) : '')));

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void callSaved((bridge) => bridge.moStaleMatters({})).then((answer) => {
        if (!cancelled) setStale(answer.ok ? answer.value : null);
      });
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Asked again only when the decision dates change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dates]);

  if (!stale || stale.matters.length === 0) return null;
  const key = stale.matters.map((matter) => `${matter.index}:${matter.decisionDate}`).join('|');
  if (kept === key) return null;
  const count = stale.matters.length;
  const allPlanning = stale.matters.every((matter) => matter.kind === 'planning');

  const remove = async (): Promise<void> => {
    const answer = await callSaved((bridge) => bridge.moRemoveStaleMatters({ days: stale.days }));
    if (!answer.ok) {
      announce(answer.error.message);
      return;
    }
    adopt(answer.value);
    setStale(null);
    announce(MO_TEXT.stale.removed(count, stale.days));
  };

  return (
    <div className="notification mo-stale" role="region" aria-labelledby="mo-stale-offer">
      <p id="mo-stale-offer" className="mo-stale__offer">
        {MO_TEXT.stale.offer(count, stale.days, allPlanning)}
      </p>
      <ul>
        {stale.matters.map((matter) => (
          <li key={`${matter.index}-${matter.decisionDate}`}>{MO_TEXT.stale.item(matter.ref ? `${matter.ref} ${matter.title}` : matter.title, shortDate(matter.decisionDate), matter.daysAgo)}</li>
        ))}
      </ul>
      <div className="mo-buttons">
        <button type="button" className="button" onClick={() => void remove()}>
          {MO_TEXT.stale.remove(count)}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setKept(key)}>
          {MO_TEXT.stale.keep(count)}
        </button>
      </div>
    </div>
  );
}
