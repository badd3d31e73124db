import { useId, useState } from 'react';
import type { Severity } from '../../../src/engine/finding.js';
import { fieldId, getIn, isObject, listAt, text } from '../../logic/mo-pack.js';
import { MO_TEXT } from '../../text/mo.js';
import { SEVERITY_WORDS } from '../../text/findings.js';
import { BUILT_IN_RULES, WORD_LISTS } from './catalogue.js';
import { useMo } from './context.js';
import { FieldErrors, ListField, useFieldWiring } from './fields.js';
import { Section } from './ItemTable.js';

const T = MO_TEXT.rules;
const SEVERITIES: readonly Severity[] = ['block', 'warn', 'advise'];

interface RuleRow {
  readonly id: string;
  readonly title: string;
  readonly usual: Severity;
}

/** One rule's row: how it is shown, whether it is on, and why it was changed. */
function RuleSettingRow({ rule }: { readonly rule: RuleRow }) {
  const { pack, set } = useMo();
  const base = ['rules', rule.id] as const;
  const setting = getIn(pack, [...base]);
  const severity = isObject(setting) ? text(setting['severity']) : '';
  const enabled = !(isObject(setting) && setting['enabled'] === false);
  const reason = isObject(setting) ? text(setting['reason']) : '';
  const severityWiring = useFieldWiring(`rules.${rule.id}.severity`, false);
  const enabledWiring = useFieldWiring(`rules.${rule.id}.enabled`, false);
  const reasonWiring = useFieldWiring(`rules.${rule.id}.reason`, false);
  return (
    <tr>
      <th scope="row">
        {rule.title}
        <span className="mo-rule-id">{rule.id}</span>
      </th>
      <td>{SEVERITY_WORDS[rule.usual]}</td>
      <td>
        <label className="visually-hidden" htmlFor={severityWiring.id}>
          {T.severityLabel(rule.title)}
        </label>
        <FieldErrors wiring={severityWiring} path={`rules.${rule.id}.severity`} />
        <select
          id={severityWiring.id}
          className={`select${severityWiring.invalid ? ' input--error' : ''}`}
          value={severity}
          aria-invalid={severityWiring.invalid || undefined}
          aria-describedby={severityWiring.describedBy}
          onChange={(event) => set([...base, 'severity'], event.target.value === '' ? undefined : event.target.value, true)}
        >
          <option value="">{T.usualSeverity}</option>
          {SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {SEVERITY_WORDS[value]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="choice mo-choice--cell">
          <input
            type="checkbox"
            id={enabledWiring.id}
            checked={enabled}
            aria-invalid={enabledWiring.invalid || undefined}
            aria-describedby={enabledWiring.describedBy}
            onChange={(event) => set([...base, 'enabled'], event.target.checked ? undefined : false, true)}
          />
          <label htmlFor={enabledWiring.id} className="visually-hidden">
            {T.onLabel(rule.title)}
          </label>
        </div>
        <FieldErrors wiring={enabledWiring} path={`rules.${rule.id}.enabled`} />
      </td>
      <td className={reasonWiring.invalid ? 'mo-cell--error' : undefined}>
        <label className="visually-hidden" htmlFor={reasonWiring.id}>
          {T.reasonLabel(rule.title)}
        </label>
        <FieldErrors wiring={reasonWiring} path={`rules.${rule.id}.reason`} />
        <input
          id={reasonWiring.id}
          type="text"
          className={`input${reasonWiring.invalid ? ' input--error' : ''}`}
          value={reason}
          aria-invalid={reasonWiring.invalid || undefined}
          aria-describedby={reasonWiring.describedBy}
          onChange={(event) => set([...base, 'reason'], event.target.value.trim() === '' ? undefined : event.target.value, true)}
        />
      </td>
    </tr>
  );
}

function RuleTable({ caption, rules }: { readonly caption: string; readonly rules: readonly RuleRow[] }) {
  return (
    <div className="mo-table-wrap">
      <table className="mo-table mo-table--rules">
        <caption className="mo-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{T.rule}</th>
            <th scope="col">{T.usual}</th>
            <th scope="col">{T.severity}</th>
            <th scope="col">{T.on}</th>
            <th scope="col">{T.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <RuleSettingRow key={rule.id} rule={rule} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Severity changes and rules switched off, for the built-in checks and the pack's own rules. */
export function RulesSection() {
  const { pack } = useMo();
  const packId = text(pack['id']);
  const own: RuleRow[] = listAt(pack, 'customRules').flatMap((rule) => {
    if (!isObject(rule) || !text(rule['id'])) return [];
    const usual = text(rule['severity']);
    return [{ id: `${packId}/${text(rule['id'])}`, title: text(rule['id']), usual: (SEVERITIES as readonly string[]).includes(usual) ? (usual as Severity) : 'warn' }];
  });
  return (
    <Section section="rules" intro={T.intro}>
      <RuleTable caption={T.builtIn} rules={BUILT_IN_RULES.map((rule) => ({ id: rule.id, title: rule.title, usual: rule.defaultSeverity }))} />
      {own.length > 0 ? <RuleTable caption={T.own} rules={own} /> : <p>{T.ownNone}</p>}
    </Section>
  );
}

/** Changes to the built-in checks' word lists: words added and words taken out, list by list. */
export function VocabularySection() {
  const V = MO_TEXT.vocabulary;
  const { pack, set, edit, requestFocus, announce } = useMo();
  const ids = useId();
  const [choice, setChoice] = useState('');
  const changes = isObject(pack['vocabulary']) ? Object.keys(pack['vocabulary']) : [];
  const available = WORD_LISTS.filter((list) => !changes.includes(list.key));
  const describe = (key: string): string => WORD_LISTS.find((list) => list.key === key)?.description ?? '';

  return (
    <Section section="vocabulary" intro={V.intro}>
      {changes.length === 0 ? <p>{V.none}</p> : null}
      {changes.map((key) => (
        <fieldset className="mo-fieldset" key={key} id={fieldId(`vocabulary.${key}`)} tabIndex={-1} aria-describedby={`${fieldId(`vocabulary.${key}`)}-about`}>
          <legend className="mo-fieldset__legend">{V.listHeading(key)}</legend>
          <p className="hint" id={`${fieldId(`vocabulary.${key}`)}-about`}>
            {describe(key)}
          </p>
          <div className="mo-grid">
            <ListField path={`vocabulary.${key}.add`} label={V.add} hint={V.addHint} separator="lines" />
            <ListField path={`vocabulary.${key}.remove`} label={V.remove} hint={V.removeHint} separator="lines" />
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const before = getIn(pack, ['vocabulary', key]);
              set(['vocabulary', key], undefined, true);
              requestFocus(`mo-section-vocabulary`);
              if (before !== undefined) announce(MO_TEXT.editor.removed(V.listHeading(key)), () => edit((current) => ({ ...current, vocabulary: { ...(isObject(current['vocabulary']) ? current['vocabulary'] : {}), [key]: before } })));
            }}
          >
            {V.removeChange(key)}
          </button>
        </fieldset>
      ))}
      <div className="field mo-add-list">
        <label className="label" htmlFor={`${ids}-list`}>
          {V.choose}
        </label>
        <div className="mo-inline-controls">
          <select id={`${ids}-list`} className="select" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{V.chooseNone}</option>
            {available.map((list) => (
              <option key={list.key} value={list.key}>
                {list.key}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={choice === ''}
            onClick={() => {
              set(['vocabulary', choice], { add: [], remove: [] });
              requestFocus(fieldId(`vocabulary.${choice}.add`));
              setChoice('');
            }}
          >
            {V.addChange}
          </button>
        </div>
        {choice ? <p className="hint">{describe(choice)}</p> : null}
      </div>
    </Section>
  );
}
