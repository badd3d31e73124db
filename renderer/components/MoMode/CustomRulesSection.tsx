import { useEffect, useId, useState } from 'react';
import type { Severity } from '../../../src/engine/finding.js';
import { getIn, isObject, parsePath, problemsAt, strings, text, type Json, type JsonObject } from '../../logic/mo-pack.js';
import { MO_TEXT } from '../../text/mo.js';
import { SEVERITY_WORDS } from '../../text/findings.js';
import { CATEGORY_TITLES, CODE_CLAUSES } from './catalogue.js';
import { useMo } from './context.js';
import { FieldErrors, ListField, SelectField, TextField, useFieldWiring } from './fields.js';
import { ItemTable, Section } from './ItemTable.js';
import { categoryChoices } from './ListSections.js';

const T = MO_TEXT.custom;
type Kind = 'phrase' | 'regex' | 'substitution';
const KINDS: readonly Kind[] = ['phrase', 'regex', 'substitution'];
const SEVERITIES: readonly Severity[] = ['block', 'warn', 'advise'];
const SEVERITY_CHOICES = SEVERITIES.map((value) => ({ value, label: SEVERITY_WORDS[value] }));

/** The rule as another kind: what the kinds share is kept; the words of the old kind go. */
function asKind(rule: JsonObject, kind: Kind): JsonObject {
  const { phrases, pattern, flags, swap, ...shared } = rule;
  const words = strings(phrases).length > 0 ? strings(phrases) : isObject(swap) ? Object.keys(swap) : [];
  if (kind === 'phrase') return { ...shared, kind, phrases: words };
  if (kind === 'substitution') return { ...shared, kind, swap: Object.fromEntries(words.map((word): [string, Json] => [word, ''])) };
  return { ...shared, kind, pattern: text(pattern), ...(flags !== undefined ? { flags } : {}) };
}

function KindField({ index }: { readonly index: number }) {
  const { pack, set } = useMo();
  const path = `customRules[${index}].kind`;
  const wiring = useFieldWiring(path, false);
  const rule = getIn(pack, ['customRules', index]);
  const kind = isObject(rule) ? text(rule['kind']) : '';
  return (
    <div className={`field${wiring.invalid ? ' field--error' : ''}`}>
      <label className="label" htmlFor={wiring.id}>
        {T.kind}
      </label>
      <FieldErrors wiring={wiring} path={path} />
      <select
        id={wiring.id}
        className="select"
        value={kind}
        aria-invalid={wiring.invalid || undefined}
        aria-describedby={wiring.describedBy}
        onChange={(event) => {
          if (isObject(rule)) set(['customRules', index], asKind(rule, event.target.value as Kind));
        }}
      >
        {(KINDS as readonly string[]).includes(kind) ? null : <option value={kind}>{kind}</option>}
        {KINDS.map((value) => (
          <option key={value} value={value}>
            {T.kinds[value]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Picks a clause of the Members' Code to quote in the rule's clause field. */
function ClausePicker({ index }: { readonly index: number }) {
  const { set } = useMo();
  const ids = useId();
  return (
    <div className="field">
      <label className="label" htmlFor={`${ids}-clause`}>
        {T.clausePick}
      </label>
      <select
        id={`${ids}-clause`}
        className="select mo-clause-picker"
        value=""
        onChange={(event) => {
          const clause = CODE_CLAUSES.find((item) => item.id === event.target.value);
          if (clause) set(['customRules', index, 'clause'], clause.text);
        }}
      >
        <option value="">{T.clausePickNone}</option>
        {CODE_CLAUSES.map((clause) => (
          <option key={clause.id} value={clause.id}>
            {clause.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function parsePairs(typed: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const line of typed.split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at < 0) continue;
    const from = line.slice(0, at).trim();
    if (from) pairs[from] = line.slice(at + 1).trim();
  }
  return pairs;
}

const joinPairs = (pairs: Readonly<Record<string, Json>>): string =>
  Object.entries(pairs)
    .map(([from, to]) => `${from} = ${text(to)}`)
    .join('\n');

/** A substitution rule's words and their replacements, one pair a line ("our council = the council"). */
function SwapField({ index }: { readonly index: number }) {
  const { pack, set } = useMo();
  const path = `customRules[${index}].swap`;
  const wiring = useFieldWiring(path, true);
  const stored = getIn(pack, parsePath(path));
  const pairs = isObject(stored) ? stored : {};
  const key = JSON.stringify(pairs);
  const [typed, setTyped] = useState(() => joinPairs(pairs));
  useEffect(() => {
    setTyped((current) => (JSON.stringify(parsePairs(current)) === key ? current : joinPairs(JSON.parse(key) as Record<string, Json>)));
  }, [key]);
  return (
    <div className={`field${wiring.invalid ? ' field--error' : ''}`}>
      <label className="label" htmlFor={wiring.id}>
        {T.swap}
      </label>
      <span className="hint" id={wiring.hintId}>
        {T.swapHint}
      </span>
      <FieldErrors wiring={wiring} path={path} />
      <textarea
        id={wiring.id}
        className={`textarea${wiring.invalid ? ' textarea--error' : ''}`}
        rows={3}
        value={typed}
        aria-invalid={wiring.invalid || undefined}
        aria-describedby={wiring.describedBy}
        onChange={(event) => {
          setTyped(event.target.value);
          set(parsePath(path), parsePairs(event.target.value));
        }}
      />
    </div>
  );
}

function RuleEditor({ index }: { readonly index: number }) {
  const { pack, problems } = useMo();
  const rule = getIn(pack, ['customRules', index]);
  const kind = isObject(rule) ? text(rule['kind']) : '';
  const path = (field: string): string => `customRules[${index}].${field}`;
  return (
    <>
      <div className="mo-grid">
        <TextField path={path('id')} label={T.id} hint={T.idHint} spellCheck={false} />
        <KindField index={index} />
        <SelectField path={path('category')} label={T.category} choices={categoryChoices(CATEGORY_TITLES)} />
        <SelectField path={path('severity')} label={T.severity} choices={SEVERITY_CHOICES} />
      </div>
      {kind === 'phrase' ? <ListField path={path('phrases')} label={T.phrases} hint={T.phrasesHint} separator="lines" /> : null}
      {kind === 'regex' ? <TextField path={path('pattern')} label={T.pattern} hint={T.patternHint} spellCheck={false} /> : null}
      {kind === 'substitution' ? <SwapField index={index} /> : null}
      <TextField path={path('message')} label={T.message} hint={T.messageHint} multiline />
      <ClausePicker index={index} />
      <TextField path={path('clause')} label={T.clause} hint={T.clauseHint} multiline />
      <TextField path={path('suggestion')} label={T.suggestion} hint={T.suggestionHint} optional />
      <fieldset className="mo-fieldset">
        <legend className="mo-fieldset__legend">{T.examples}</legend>
        <div className="mo-grid">
          <ListField path={path('examples.flag')} label={T.flag} hint={T.flagHint} separator="lines" extraProblems={problemsAt(problems, path('examples'))} />
          <ListField path={path('examples.pass')} label={T.pass} hint={T.passHint} separator="lines" />
        </div>
      </fieldset>
    </>
  );
}

/** The council's own rules: words, a message, the clause quoted, and examples the tests run. */
export function CustomRulesSection() {
  return (
    <Section section="custom" intro={T.intro}>
      <ItemTable
        list="customRules"
        caption={T.caption}
        firstField="id"
        addLabel={T.add}
        describe={(item, index) => text(item['id']) || `${MO_TEXT.editor.untitled} ${index + 1}`}
        newItem={() => ({ kind: 'phrase', id: '', category: 'confidential', severity: 'warn', message: '', clause: '', phrases: [], examples: { flag: [], pass: [] } })}
        columns={[
          { key: 'id', heading: T.id, cell: (item) => text(item['id']), nowrap: true },
          { key: 'kind', heading: T.kind, cell: (item) => (T.kinds as Record<string, string>)[text(item['kind'])] ?? text(item['kind']) },
          { key: 'category', heading: T.category, cell: (item) => CATEGORY_TITLES[text(item['category'])] ?? text(item['category']) },
          { key: 'severity', heading: T.severity, cell: (item) => (SEVERITY_WORDS as Record<string, string>)[text(item['severity']) || 'warn'] ?? text(item['severity']) },
          {
            key: 'examples',
            heading: T.examples,
            cell: (item) => {
              const examples = item['examples'];
              return isObject(examples) ? T.examplesCount(strings(examples['flag']).length, strings(examples['pass']).length) : T.examplesCount(0, 0);
            },
          },
        ]}
        editor={(index) => <RuleEditor index={index} />}
      />
    </Section>
  );
}
