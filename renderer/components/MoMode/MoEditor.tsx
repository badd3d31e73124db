import type { MoProblem } from '../../../src/bridge/contract.js';
import { fieldId, itemName, MO_SECTIONS, placeOf, problemsInSection, SECTION_LISTS, listAt, type MoSection } from '../../logic/mo-pack.js';
import { MO_TEXT } from '../../text/mo.js';
import { CATEGORY_TITLES } from './catalogue.js';
import { useMo } from './context.js';
import { CouncilSection } from './CouncilSection.js';
import { CustomRulesSection } from './CustomRulesSection.js';
import { AccountsSection, ChecklistSection, ConfidentialSection, ContactsSection, ElectionsSection, ExamplesSection } from './ListSections.js';
import { LogosSection } from './LogosSection.js';
import { MattersSection } from './MattersSection.js';
import { ProblemList } from './ItemTable.js';
import { RulesSection, VocabularySection } from './RulesSection.js';

interface MoEditorProps {
  readonly section: MoSection;
  onSection(section: MoSection): void;
}

function SectionBody({ section }: { readonly section: MoSection }) {
  switch (section) {
    case 'council':
      return <CouncilSection />;
    case 'pending':
      return <MattersSection />;
    case 'confidential':
      return <ConfidentialSection />;
    case 'elections':
      return <ElectionsSection />;
    case 'contacts':
      return <ContactsSection />;
    case 'accounts':
      return <AccountsSection />;
    case 'logos':
      return <LogosSection />;
    case 'rules':
      return <RulesSection />;
    case 'custom':
      return <CustomRulesSection />;
    case 'vocabulary':
      return <VocabularySection />;
    case 'checklist':
      return <ChecklistSection />;
    case 'examples':
      return <ExamplesSection titles={CATEGORY_TITLES} />;
  }
}

/** Every section of the pack, one at a time, with a list of the pack's problems that each go to their field. */
export function MoEditor({ section, onSection }: MoEditorProps) {
  const { pack, problems, setOpen, requestFocus } = useMo();

  const whole = problems.filter((problem) => placeOf(problem.path).section === null);

  const where = (problem: MoProblem): string => {
    const place = placeOf(problem.path);
    if (!place.section) return MO_TEXT.editor.wholePack;
    const name = MO_TEXT.sections[place.section];
    const rule = place.field?.startsWith('rules.') ? place.field.slice('rules.'.length, place.field.lastIndexOf('.')) : null;
    if (rule) return `${name}, ${CATEGORY_TITLES[rule] ?? rule}`;
    return place.list !== undefined && place.index !== undefined ? `${name}, ${itemName(pack, place.list, place.index)}` : name;
  };

  const goTo = (problem: MoProblem): void => {
    const place = placeOf(problem.path);
    if (!place.section) return;
    onSection(place.section);
    setOpen(place.list !== undefined && place.index !== undefined ? { list: place.list, index: place.index } : null);
    requestFocus(place.field ? fieldId(place.field) : `mo-section-${place.section}`);
  };

  return (
    <div className="mo-editor">
      <nav className="mo-editor__nav" aria-label={MO_TEXT.editor.sectionsLabel}>
        <ul>
          {MO_SECTIONS.map((id) => {
            const list = (SECTION_LISTS as Partial<Record<MoSection, string>>)[id];
            const count = list ? listAt(pack, list).length : null;
            const problemCount = problemsInSection(problems, id).length;
            return (
              <li key={id}>
                <button
                  type="button"
                  className={`mo-editor__link${section === id ? ' mo-editor__link--current' : ''}`}
                  aria-current={section === id ? 'true' : undefined}
                  onClick={() => {
                    onSection(id);
                    setOpen(null);
                    requestFocus(`mo-section-${id}`);
                  }}
                >
                  <span>
                    {MO_TEXT.sections[id]}
                    {count !== null ? <span className="mo-editor__count"> ({count})</span> : null}
                  </span>
                  {problemCount > 0 ? <span className="mo-tag mo-tag--problem">{MO_TEXT.editor.problemCount(problemCount)}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="mo-editor__content">
        {problems.length > 0 ? (
          <div className="error-summary mo-summary" aria-labelledby="mo-summary-heading">
            <h2 id="mo-summary-heading" tabIndex={-1}>{MO_TEXT.editor.summaryHeading(problems.length)}</h2>
            <p className="hint">{MO_TEXT.editor.summaryHint}</p>
            <ul>
              {problems.slice(0, 50).map((problem, index) => {
                const place = placeOf(problem.path);
                return (
                  <li key={`${problem.path}-${index}`}>
                    {place.section ? (
                      <a
                        href={`#${place.field ? fieldId(place.field) : `mo-section-${place.section}`}`}
                        onClick={(event) => {
                          event.preventDefault();
                          goTo(problem);
                        }}
                      >
                        {where(problem)}: {problem.message}
                      </a>
                    ) : (
                      <span className="error-message mo-inline">
                        {where(problem)}: {problem.message}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        {whole.length > 0 ? <ProblemList heading={MO_TEXT.editor.wholePack} problems={whole} /> : null}
        <SectionBody section={section} />
      </div>
    </div>
  );
}
