import { Capacity, Category, PlatformId } from '../../../src/engine/finding.js';
import { getIn, strings, text, type JsonObject } from '../../logic/mo-pack.js';
import { longDate, newChecklistId, noticeSuggestion, shortDate } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { CAPACITY_NAMES, PLATFORM_NAMES } from '../../text/platforms.js';
import { useMo } from './context.js';
import { ChecksField, DateField, ListField, SelectField, TextField } from './fields.js';
import { ItemTable, Section } from './ItemTable.js';

/** The smaller lists of the pack: confidential matters, elections, contacts, accounts, checklist items and example posts. */

const untitled = (index: number): string => `${MO_TEXT.editor.untitled} ${index + 1}`;
const PLATFORM_CHOICES = PlatformId.options.map((id) => ({ value: id, label: PLATFORM_NAMES[id] }));
const CAPACITY_CHOICES = Capacity.options.map((id) => ({ value: id, label: CAPACITY_NAMES[id] }));

/** Short names for the categories, shared with the rules section. */
export function categoryChoices(titles: Readonly<Record<string, string>>) {
  return Category.options.map((id) => ({ value: id, label: titles[id] ?? id }));
}

export function ConfidentialSection() {
  const T = MO_TEXT.confidential;
  const path = (index: number, field: string): string => `confidentialMatters[${index}].${field}`;
  return (
    <Section section="confidential" intro={T.intro}>
      <ItemTable
        list="confidentialMatters"
        caption={T.caption}
        firstField="name"
        addLabel={T.add}
        describe={(item, index) => text(item['name']) || untitled(index)}
        newItem={() => ({ name: '', keywords: [] })}
        columns={[
          { key: 'name', heading: T.name, cell: (item) => text(item['name']) },
          { key: 'keywords', heading: T.keywords, cell: (item) => strings(item['keywords']).join(', ') },
          { key: 'until', heading: T.until, cell: (item) => (text(item['until']) ? shortDate(text(item['until'])) : T.noEnd) },
        ]}
        editor={(index) => (
          <>
            <TextField path={path(index, 'name')} label={T.name} hint={T.nameHint} />
            <ListField path={path(index, 'keywords')} label={T.keywords} hint={T.keywordsHint} separator="commas" />
            <DateField path={path(index, 'until')} label={T.untilField} hint={T.untilHint} optional />
          </>
        )}
      />
    </Section>
  );
}

/** The suggested notice-of-election date under the field, with a button to use it. */
function NoticeSuggestion({ index }: { readonly index: number }) {
  const { pack, set, requestFocus } = useMo();
  const T = MO_TEXT.elections;
  const pollingDay = text(getIn(pack, ['elections', index, 'pollingDay']));
  const start = text(getIn(pack, ['elections', index, 'start']));
  const suggestion = noticeSuggestion(pollingDay);
  if (!suggestion) return null;
  if (start === suggestion) {
    return (
      <p className="mo-suggestion" id={`mo-elections-${index}-suggestion`}>
        {T.isSuggested} {T.mourning}
      </p>
    );
  }
  return (
    <div className="mo-suggestion" id={`mo-elections-${index}-suggestion`}>
      <p>
        {T.suggested(shortDate(suggestion))} <span className="mo-suggestion__day">({longDate(suggestion)})</span>
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          set(['elections', index, 'start'], suggestion);
          requestFocus(`mo-elections-${index}-start`);
        }}
      >
        {T.useSuggested(shortDate(suggestion))}
      </button>
    </div>
  );
}

export function ElectionsSection() {
  const T = MO_TEXT.elections;
  const path = (index: number, field: string): string => `elections[${index}].${field}`;
  return (
    <Section section="elections" intro={T.intro}>
      <ItemTable
        list="elections"
        caption={T.caption}
        firstField="name"
        addLabel={T.add}
        describe={(item, index) => text(item['name']) || untitled(index)}
        newItem={() => ({ name: '' })}
        columns={[
          { key: 'name', heading: T.name, cell: (item) => text(item['name']) },
          { key: 'start', heading: T.start, cell: (item) => shortDate(text(item['start'])) },
          { key: 'pollingDay', heading: T.pollingDay, cell: (item) => shortDate(text(item['pollingDay'])) },
        ]}
        editor={(index) => (
          <>
            <TextField path={path(index, 'name')} label={T.name} hint={T.nameHint} />
            <DateField path={path(index, 'pollingDay')} label={T.pollingDay} />
            <DateField path={path(index, 'start')} label={T.startField} hint={T.startHint} after={<NoticeSuggestion index={index} />} />
          </>
        )}
      />
    </Section>
  );
}

export function ContactsSection() {
  const T = MO_TEXT.contacts;
  const path = (index: number, field: string): string => `publicContacts[${index}].${field}`;
  return (
    <Section section="contacts" intro={T.intro}>
      <ItemTable
        list="publicContacts"
        caption={T.caption}
        firstField="label"
        addLabel={T.add}
        describe={(item, index) => text(item['label']) || untitled(index)}
        newItem={() => ({ label: '' })}
        columns={[
          { key: 'label', heading: T.label, cell: (item) => text(item['label']) },
          { key: 'phone', heading: T.phoneColumn, cell: (item) => text(item['phone']) },
          { key: 'email', heading: T.emailColumn, cell: (item) => text(item['email']) },
          { key: 'address', heading: T.addressColumn, cell: (item) => text(item['address']) },
        ]}
        editor={(index) => (
          <>
            <TextField path={path(index, 'label')} label={T.label} hint={T.labelHint} />
            <TextField path={path(index, 'phone')} label={T.phone} type="tel" optional width="short" />
            <TextField path={path(index, 'email')} label={T.email} type="email" optional spellCheck={false} />
            <TextField path={path(index, 'address')} label={T.address} optional multiline />
          </>
        )}
      />
    </Section>
  );
}

export function AccountsSection() {
  const T = MO_TEXT.accounts;
  const path = (index: number, field: string): string => `councilAccounts[${index}].${field}`;
  return (
    <Section section="accounts" intro={T.intro}>
      <ItemTable
        list="councilAccounts"
        caption={T.caption}
        firstField="platform"
        addLabel={T.add}
        describe={(item, index) => text(item['handle']) || untitled(index)}
        newItem={() => ({ handle: '' })}
        columns={[
          { key: 'handle', heading: T.handle, cell: (item) => text(item['handle']) },
          { key: 'platform', heading: T.platform, cell: (item) => (PLATFORM_NAMES as Record<string, string>)[text(item['platform'])] ?? T.anyPlatform },
        ]}
        editor={(index) => (
          <>
            <SelectField path={path(index, 'platform')} label={T.platform} choices={PLATFORM_CHOICES} emptyLabel={T.anyPlatform} />
            <TextField path={path(index, 'handle')} label={T.handle} hint={T.handleHint} width="short" spellCheck={false} />
          </>
        )}
      />
    </Section>
  );
}

export function ChecklistSection() {
  const T = MO_TEXT.checklist;
  const { pack } = useMo();
  return (
    <Section section="checklist" intro={T.intro}>
      <ItemTable
        list="checklist"
        caption={T.caption}
        firstField="text"
        addLabel={T.add}
        describe={(item, index) => text(item['text']) || untitled(index)}
        newItem={() => ({ id: newChecklistId(pack), text: '' })}
        columns={[{ key: 'text', heading: T.text, cell: (item) => text(item['text']) }]}
        editor={(index) => <TextField path={`checklist[${index}].text`} label={T.text} hint={T.textHint} multiline />}
      />
    </Section>
  );
}

export function ExamplesSection({ titles }: { readonly titles: Readonly<Record<string, string>> }) {
  const T = MO_TEXT.examples;
  const path = (index: number, field: string): string => `examples[${index}].${field}`;
  const labelsOf = (item: JsonObject): string => {
    const labels = strings(item['labels']);
    return labels.length > 0 ? labels.map((label) => titles[label] ?? label).join(', ') : T.pass;
  };
  return (
    <Section section="examples" intro={T.intro}>
      <ItemTable
        list="examples"
        caption={T.caption}
        firstField="text"
        addLabel={T.add}
        describe={(item, index) => {
          const post = text(item['text']);
          return post ? `“${post.length > 40 ? `${post.slice(0, 39)}…` : post}”` : untitled(index);
        }}
        newItem={() => ({ text: '', labels: [] })}
        columns={[
          { key: 'text', heading: T.text, cell: (item) => text(item['text']) },
          { key: 'labels', heading: T.labels, cell: labelsOf },
        ]}
        editor={(index) => (
          <>
            <TextField path={path(index, 'text')} label={T.text} multiline />
            <ChecksField path={path(index, 'labels')} label={T.labels} hint={T.labelsHint} choices={categoryChoices(titles)} />
            <div className="mo-grid">
              <SelectField path={path(index, 'capacity')} label={T.capacity} choices={CAPACITY_CHOICES} emptyLabel={T.usual} />
              <SelectField path={path(index, 'platform')} label={T.platform} choices={PLATFORM_CHOICES} emptyLabel={T.usual} />
              <DateField path={path(index, 'at')} label={T.at} hint={T.atHint} optional />
            </div>
          </>
        )}
      />
    </Section>
  );
}
