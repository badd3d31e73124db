import { useCallback, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import { findingKey, type MoTestSummary as TestSummarySchema } from '../../../src/bridge/contract.js';
import { Capacity, PlatformId, type Finding } from '../../../src/engine/finding.js';
import { countOpen, listOrder, splitClause, type KeyedFinding } from '../../logic/findings.js';
import { sentence } from '../../logic/mo-rules.js';
import { summaryLine } from '../../logic/summary.js';
import { CATEGORY_HEADINGS, SEVERITY_WORDS } from '../../text/findings.js';
import { MO_TEXT } from '../../text/mo.js';
import { CAPACITY_NAMES, PLATFORM_NAMES } from '../../text/platforms.js';
import { SeverityBadge } from '../SeverityBadge.js';
import { useMo } from './context.js';
import { StaleOffer } from './MattersSection.js';

type MoTestSummary = z.output<typeof TestSummarySchema>;

const T = MO_TEXT.tryIt;

type TryState = { phase: 'idle' } | { phase: 'checking' } | { phase: 'done'; findings: KeyedFinding[] } | { phase: 'failed'; message: string };

/** The findings as councillors would see them, without the ways to act on them (this is only a try). */
function TryFindings({ findings }: { readonly findings: readonly KeyedFinding[] }) {
  return (
    <ol className="mo-findings">
      {findings.map((finding, index) => {
        const clause = splitClause(finding.clause);
        return (
          <li key={`${finding.key}#${index}`} className={`mo-finding mo-finding--${finding.severity}`}>
            <SeverityBadge severity={finding.severity} />
            <h3 className="mo-finding__heading">{CATEGORY_HEADINGS[finding.category]}</h3>
            <p className="mo-finding__excerpt">
              <span className="visually-hidden">{SEVERITY_WORDS[finding.severity]}: </span>“{finding.excerpt}”
            </p>
            <p>
              <strong>{T.why}</strong> {finding.message}
            </p>
            <p className="mo-finding__clause">
              <strong>{T.code}</strong> {clause.where}
            </p>
            {finding.suggestion ? (
              <p>
                <strong>{T.tryInstead}</strong> {finding.suggestion}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function keyed(findings: readonly Finding[]): KeyedFinding[] {
  return listOrder(findings.map((finding) => ({ ...finding, key: findingKey(finding) })));
}

/** The pack's tests: custom rules' examples and the example posts, with a pass/fail summary. */
function PackTests() {
  const { callSaved } = useMo();
  const [summary, setSummary] = useState<MoTestSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async (): Promise<void> => {
    setRunning(true);
    const answer = await callSaved((bridge) => bridge.moRunTests({}));
    setRunning(false);
    if (answer.ok) {
      setSummary(answer.value);
      setFailure(null);
    } else {
      setSummary(null);
      setFailure(answer.error.message);
    }
  }, [callSaved]);

  useEffect(() => {
    void run();
  }, [run]);

  const total = summary ? summary.passed + summary.failed : 0;
  return (
    <section className="mo-subsection" aria-labelledby="mo-tests-heading">
      <h2 id="mo-tests-heading">{T.testsHeading}</h2>
      <p>{T.testsIntro}</p>
      <div role="status" className="mo-result">
        {running ? <p>{T.running}</p> : null}
        {!running && failure ? <p className="mo-problems">{failure}</p> : null}
        {!running && summary ? (
          <p className={`mo-tests__summary ${summary.failed > 0 ? 'mo-tests__summary--failed' : 'mo-tests__summary--passed'}`} id="mo-tests-summary">
            {total === 0 ? T.testsNone : T.testsSummary(summary.passed, summary.failed)}
          </p>
        ) : null}
      </div>
      {summary && total > 0 ? (
        <div className="mo-table-wrap">
          <table className="mo-table">
            <caption className="visually-hidden">{T.testCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{T.testName}</th>
                <th scope="col">{T.testResult}</th>
              </tr>
            </thead>
            <tbody>
              {summary.results.map((result, index) => (
                <tr key={`${index}-${result.name}`}>
                  <th scope="row">{sentence(result.name)}</th>
                  <td>
                    {result.failures.length === 0 ? (
                      <span className="mo-tag mo-tag--pass">{T.passed}</span>
                    ) : (
                      <>
                        <span className="mo-tag mo-tag--problem">{T.failed}</span>
                        <ul className="mo-tests__failures">
                          {result.failures.map((failed, at) => (
                            <li key={`${at}-${failed.text}`}>
                              “{failed.text}”: {failed.problem}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="button" className="button button--secondary" disabled={running} onClick={() => void run()}>
        {T.runTests}
      </button>
    </section>
  );
}

/** Try it: sample posts checked with the pack as edited, the pack's tests, and decided matters to remove. */
export function MoTry({ sample, onSample }: { readonly sample: string; onSample(text: string): void }) {
  const { callSaved } = useMo();
  const ids = useId();
  const [capacity, setCapacity] = useState<Capacity>('councillor');
  const [platform, setPlatform] = useState<PlatformId>('x');
  const [date, setDate] = useState('');
  const [state, setState] = useState<TryState>({ phase: 'idle' });

  useEffect(() => {
    if (sample.trim() === '') {
      setState({ phase: 'idle' });
      return undefined;
    }
    let cancelled = false;
    setState({ phase: 'checking' });
    const timer = setTimeout(() => {
      const at = date ? `${date}T12:00:00Z` : null;
      void callSaved((bridge) => bridge.moTryPost({ text: sample, capacity, platform, at })).then((answer) => {
        if (cancelled) return;
        setState(answer.ok ? { phase: 'done', findings: keyed(answer.value.findings) } : { phase: 'failed', message: answer.error.message });
      });
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sample, capacity, platform, date, callSaved]);

  const summary =
    state.phase === 'done'
      ? state.findings.length === 0
        ? MO_TEXT.findings.summaryNone
        : summaryLine(countOpen(state.findings, new Set()), true)
      : state.phase === 'checking'
        ? T.checking
        : state.phase === 'failed'
          ? state.message
          : T.empty;

  return (
    <div className="page mo-page">
      <h1 id="mo-screen-heading" tabIndex={-1}>
        {T.heading}
      </h1>
      <p>{T.intro}</p>
      <StaleOffer />
      <div className="mo-try">
        <div className="mo-try__post">
          <div className="field">
            <label className="label" htmlFor={`${ids}-post`}>
              {T.post}
            </label>
            <span className="hint" id={`${ids}-post-hint`}>
              {T.postHint}
            </span>
            <textarea id={`${ids}-post`} className="textarea mo-try__text" rows={6} value={sample} aria-describedby={`${ids}-post-hint`} onChange={(event) => onSample(event.target.value)} />
          </div>
          <div className="mo-grid">
            <div className="field">
              <label className="label" htmlFor={`${ids}-as`}>
                {T.as}
              </label>
              <select id={`${ids}-as`} className="select" value={capacity} onChange={(event) => setCapacity(event.target.value as Capacity)}>
                {Capacity.options.map((value) => (
                  <option key={value} value={value}>
                    {CAPACITY_NAMES[value]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor={`${ids}-platform`}>
                {T.platform}
              </label>
              <select id={`${ids}-platform`} className="select" value={platform} onChange={(event) => setPlatform(event.target.value as PlatformId)}>
                {PlatformId.options.map((value) => (
                  <option key={value} value={value}>
                    {PLATFORM_NAMES[value]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="label" htmlFor={`${ids}-date`}>
                {T.date}
              </label>
              <span className="hint" id={`${ids}-date-hint`}>
                {T.dateHint}
              </span>
              <input id={`${ids}-date`} type="date" className="input input--short mo-input--date" value={date} aria-describedby={`${ids}-date-hint`} onChange={(event) => setDate(event.target.value)} />
            </div>
          </div>
        </div>
        <section className="mo-try__results" aria-labelledby="mo-try-results">
          <h2 id="mo-try-results">{T.results}</h2>
          <p className="mo-try__summary" id="mo-try-summary" role="status">
            {summary}
          </p>
          {state.phase === 'done' && state.findings.length > 0 ? <TryFindings findings={state.findings} /> : null}
        </section>
      </div>
      <PackTests />
    </div>
  );
}
