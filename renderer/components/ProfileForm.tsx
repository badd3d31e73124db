import { useRef, useState, type FormEvent } from 'react';
import type { CouncillorProfile } from '../../src/bridge/contract.js';
import { formFromProfile, profileFromForm, type FieldError, type ProfileField, type ProfileForm as Form } from '../logic/profile.js';
import { CAPACITY_HINTS, CAPACITY_IDS, CAPACITY_NAMES } from '../text/platforms.js';
import { COMMON_COMMITTEES, PROFILE_TEXT } from '../text/profile.js';

interface ProfileFormProps {
  readonly profile: CouncillorProfile | null;
  readonly submitLabel: string;
  /** Saves the profile; resolves to an error message when main refuses it. */
  onSave(profile: CouncillorProfile): Promise<string | null>;
}

const FIELD_IDS: Record<ProfileField, string> = {
  name: 'profile-name',
  council: 'profile-council',
  ward: 'profile-ward',
  otherCommittees: 'profile-other-committees',
  contacts: 'profile-contacts',
};

/** The councillor's details: first-run setup and Settings use the same form. */
export function ProfileForm({ profile, submitLabel, onSave }: ProfileFormProps) {
  const [form, setForm] = useState<Form>(() => formFromProfile(profile));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const errorFor = (field: ProfileField): string | undefined => errors.find((error) => error.field === field)?.message;
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => setForm((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = profileFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(null);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    setSaving(true);
    const problem = await onSave(result.profile);
    setSaving(false);
    setFailure(problem);
    if (problem) requestAnimationFrame(() => summary.current?.focus());
  };

  const textField = (field: 'name' | 'council' | 'ward', label: string, hint: string, autoComplete: string) => {
    const error = errorFor(field);
    const id = FIELD_IDS[field];
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="label" htmlFor={id}>
          {label}
        </label>
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
        {error ? (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{PROFILE_TEXT.errorPrefix} </span>
            {error}
          </span>
        ) : null}
        <input
          id={id}
          className={`input${error ? ' input--error' : ''}`}
          type="text"
          autoComplete={autoComplete}
          spellCheck={false}
          value={form[field]}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  };

  const linesField = (field: 'otherCommittees' | 'contacts', label: string, hint: string) => {
    const error = errorFor(field);
    const id = FIELD_IDS[field];
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="label" htmlFor={id}>
          {label}
        </label>
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
        {error ? (
          <span className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{PROFILE_TEXT.errorPrefix} </span>
            {error}
          </span>
        ) : null}
        <textarea
          id={id}
          className={`textarea${error ? ' textarea--error' : ''}`}
          rows={3}
          value={form[field]}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  };

  return (
    <form className="profile-form" noValidate onSubmit={(event) => void submit(event)}>
      {errors.length > 0 || failure ? (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="profile-error-heading">
          <h2 id="profile-error-heading">{PROFILE_TEXT.errorSummary}</h2>
          {failure ? <p>{failure}</p> : null}
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${FIELD_IDS[error.field]}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(FIELD_IDS[error.field])?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {textField('name', PROFILE_TEXT.name, PROFILE_TEXT.nameHint, 'name')}
      {textField('council', PROFILE_TEXT.council, PROFILE_TEXT.councilHint, 'organization')}
      {textField('ward', PROFILE_TEXT.ward, PROFILE_TEXT.wardHint, 'off')}

      <fieldset className="field" aria-describedby="profile-committees-hint">
        <legend className="label">{PROFILE_TEXT.committees}</legend>
        <span className="hint" id="profile-committees-hint">
          {PROFILE_TEXT.committeesHint}
        </span>
        <div className="profile-form__columns">
          {COMMON_COMMITTEES.map((committee, index) => (
            <div className="choice" key={committee}>
              <input
                type="checkbox"
                id={`committee-${index}`}
                checked={form.committees.includes(committee)}
                onChange={(event) => set('committees', event.target.checked ? [...form.committees, committee] : form.committees.filter((chosen) => chosen !== committee))}
              />
              <label htmlFor={`committee-${index}`}>{committee}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {linesField('otherCommittees', PROFILE_TEXT.otherCommittees, PROFILE_TEXT.otherCommitteesHint)}
      {linesField('contacts', PROFILE_TEXT.contacts, PROFILE_TEXT.contactsHint)}

      <fieldset className="field">
        <legend className="label">{PROFILE_TEXT.usualCapacity}</legend>
        {CAPACITY_IDS.map((capacity) => (
          <div className="choice" key={capacity}>
            <input type="radio" id={`usual-${capacity}`} name="usual-capacity" checked={form.usualCapacity === capacity} onChange={() => set('usualCapacity', capacity)} />
            <label htmlFor={`usual-${capacity}`}>
              {CAPACITY_NAMES[capacity]}
              <span className="hint">
                {CAPACITY_HINTS[capacity]}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      <button type="submit" className="button" aria-disabled={saving || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}
