import { text } from '../../logic/mo-pack.js';
import { shortDate } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { useMo } from './context.js';
import { DateField, TextField, ValueField } from './fields.js';
import { Section } from './ItemTable.js';

/** The council, the pack's id and dates, and the Monitoring Officer's contact details. */
export function CouncilSection() {
  const T = MO_TEXT.council;
  const { pack } = useMo();
  return (
    <Section section="council" intro={T.intro}>
      <TextField path="council" label={T.council} />
      <TextField path="id" label={T.packId} hint={T.packIdHint} width="short" spellCheck={false} />
      <div className="mo-grid">
        <ValueField path="version" label={T.version} value={T.versionValue(text(pack['version']) || '1')} />
        <ValueField path="issued" label={T.issued} value={T.issuedValue(shortDate(text(pack['issued'])))} />
      </div>
      <DateField path="expires" label={T.expires} hint={T.expiresHint} optional />
      <fieldset className="mo-fieldset" aria-describedby="mo-contact-hint">
        <legend className="mo-fieldset__legend">{T.contactHeading}</legend>
        <span className="hint" id="mo-contact-hint">
          {T.contactHint}
        </span>
        <div className="mo-grid">
          <TextField path="contact.name" label={T.contactName} optional prune />
          <TextField path="contact.role" label={T.contactRole} optional prune />
          <TextField path="contact.email" label={T.contactEmail} type="email" optional prune spellCheck={false} />
          <TextField path="contact.phone" label={T.contactPhone} type="tel" optional prune />
        </div>
      </fieldset>
    </Section>
  );
}
