import { findDistancing, isDenied, isSelfDirected } from '../engine/distancing.js';
import { findEmojiInsults } from '../engine/emoji-insults.js';
import { findHashtagHits, hitsWithHashtags } from '../engine/hashtags.js';
import { frameCues, isModifier, isSaidOfAThing, personFrame, type FrameKind } from '../engine/person-frames.js';
import type { PhraseHit } from '../engine/phrase-matcher.js';
import { findTargets, isIdentifiable, type Target } from '../engine/targets.js';
import type { Severity } from '../engine/finding.js';
import type { PackTag } from '../pack/compile-pack.js';
import { CLAUSES, type Clause } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { RawFinding } from './types.js';

type Message = 'insult' | 'personalAttack' | 'bullying' | 'slur' | 'threat' | 'dehumanising' | 'hostileGeneralisation' | 'profanity' | 'mildLanguage';
type Suggestion = 'criticiseTheIssue' | 'raiseStaffConcerns' | 'removeWord' | 'describeTheProblem' | 'takeItOut';
type Hit = PhraseHit<PackTag>;

const FIGURATIVE = new Set<FrameKind>(['subject', 'you', 'collective', 'exclamation', 'intensified', 'in-charge', 'apposition', 'labelled', 'agent', 'vocative']);
const DISPARAGING = new Set<FrameKind>(['subject', 'you', 'attributive']);
const DEHUMANISING = new Set<FrameKind>(['subject', 'you', 'collective', 'of-people', 'in-charge', 'apposition', 'labelled', 'agent']);
const SUBJECT = new Set<FrameKind>(['subject']);
const PREDICATE = new Set<FrameKind>(['subject', 'you']);
const FILLER_LISTS = ['insults', 'disparaging', 'figurative-insults', 'labels'];
const RANK: Record<Severity, number> = { block: 0, warn: 1, advise: 2 };
const SUGGESTION: Record<Message, Suggestion> = {
  insult: 'criticiseTheIssue', personalAttack: 'criticiseTheIssue', bullying: 'raiseStaffConcerns', slur: 'removeWord', threat: 'takeItOut',
  dehumanising: 'describeTheProblem', hostileGeneralisation: 'describeTheProblem', profanity: 'removeWord', mildLanguage: 'removeWord',
};

/** Discrimination cites the equality bullet; swearing the house rule against it; the rest the respect bullet. */
const CLAUSE_OF: Partial<Record<Message, Clause>> = {
  slur: CLAUSES.equalityAndBullying, dehumanising: CLAUSES.equalityAndBullying, hostileGeneralisation: CLAUSES.equalityAndBullying, bullying: CLAUSES.equalityAndBullying,
  profanity: CLAUSES.doNotSwear, mildLanguage: CLAUSES.doNotSwear,
};

const ARTICLES = new Set(['a', 'an']);
const REPORTING = new Set(['told', 'tell', 'tells', 'said', 'say', 'says', 'explained', 'briefed', 'informed', 'confirmed', 'advised', 'showed', 'presented', 'warned', 'reported']);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const isGroupTarget = (target: Target | undefined): boolean => !target || target.kind === 'people' || target.kind === 'plural';

export default defineCheck({
  meta: {
    id: 'abuse',
    title: 'Insulting, abusive or discriminatory words',
    clause: CLAUSES.treatOthersWithRespect,
    defaultSeverity: 'warn',
    messages: {
      insult: 'Name-calling such as “{{word}}” can be seen as failing to treat others with respect.',
      personalAttack: 'This attacks {{who}} personally. Criticism of a person rather than a decision can be seen as disrespect or bullying.',
      bullying: 'Publicly calling for a member of staff to be sacked can be seen as bullying. Staff cannot answer back on social media.',
      slur: 'The word “{{word}}” is a slur. It is discriminatory and likely to cause real offence.',
      threat: 'This reads as a threat or a call for violence, even if meant as a joke, and could be reported to the police.',
      dehumanising: 'This describes people as vermin, animals or a plague. Language like this about a group is seen as discriminatory.',
      hostileGeneralisation: 'This generalises about a whole group of people, which can be seen as discriminatory.',
      profanity: 'Swearing, even with asterisks, is likely to be seen as disrespectful and reflects on you and the council.',
      mildLanguage: 'The word “{{word}}” is mild, but some readers will find it rude in a post from a councillor.',
    },
    suggestions: {
      criticiseTheIssue: 'Say what went wrong and what you want done about it, without labels for the people involved.',
      raiseStaffConcerns: 'Raise concerns about a member of staff privately, with the Chief Executive or the Monitoring Officer.',
      removeWord: 'Take the word out: your point stands without it.',
      describeTheProblem: 'Describe the specific problem and what is being done about it, not the group of people.',
      takeItOut: 'Take this out. If you are being threatened yourself, report it to the police.',
    },
    vocabulary: {
      insults: 'Name-calling that is insulting wherever it appears ("idiot", "keyboard warriors", "get a life").',
      'figurative-insults': 'Words that insult only when said of people ("clown", "snake"): "you clown", "Cllr Brown is a snake".',
      disparaging: 'Words that attack a person when said of one ("useless", "pathetic"): "Sarah Jones is useless".',
      'removal-demands': 'Calls for someone to be sacked ("should be sacked"): flagged when about council staff.',
      dehumanising: 'Words that make people vermin or pests ("vermin", "infestation"): flagged when said of people.',
      threats: 'Threats and calls for violence ("should be strung up", "deserve a bullet"): blocked.',
      slurs: 'Racial, homophobic, ableist, anti-Traveller and other slurs: blocked.',
      groups: 'Groups of people with protected characteristics, and Travellers and migrants ("travellers", "refugees").',
      generalisations: 'Hostile generalisations ("typical", "go back where they came from"): flagged with a group in the sentence.',
      'dog-whistles': 'Hostile hints ("lock up your sheds", "we all know what happens next"): flagged with a group in the sentence or the one before.',
      labels: 'Parties and traits only people have ("Tory", "lefty", "selfish"): "Tory clowns", "selfish muppets" put a figurative insult on people.',
      'people-verbs': 'What only people do ("whinge", "voted", "gone quiet"): "the snowflakes whinging" puts a figurative insult on people.',
      'address-cues': 'Remarks made to someone ("take a bow", "nice try"): "Take a bow, clowns." puts a figurative insult on people.',
      'origin-taunts': 'Telling people to go back where they came from: flagged on their own.',
      profanity: 'Swearing, also when censored or disguised ("f***", "sh1t", "f@ck").',
      'mild-language': 'Mild words ("bloody", "crap", "load of rubbish"): advice only.',
      exceptions: 'Ordinary uses of listed words ("idiot-proof", "rat infestation", "slag heap"): never flagged.',
      'insulting-emoji': 'Emoji that insult a person next to them or named in the sentence they end ("Cllr Dobbs 🤡🤡").',
      'mocking-emoji': 'Emoji that insult only right next to a person ("@CllrSmith 🐍", "Cllr Brown 🤮"), not "rats on Mill Road 🐀".',
      'person-nouns': 'Nouns for people: "a disgrace of a councillor" attacks a person, "a disgrace of a scheme" does not.',
    },
    examples: {
      flag: [
        { text: 'The idiots running highways couldn’t organise a piss-up in a brewery.', messageId: 'insult', excerpt: 'idiots' },
        { text: 'Sarah Jones in planning is useless and should be sacked.', messageId: 'personalAttack', excerpt: 'useless' },
        { text: 'Cllr Brown is a lying snake.', messageId: 'insult', excerpt: 'snake' },
        { text: 'Typical of these travellers to leave the site in a state.', messageId: 'hostileGeneralisation' },
        { text: 'Whoever dumped this lot deserves a bullet.', messageId: 'threat' },
        { text: 'What a f***ing shambles.', messageId: 'profanity', excerpt: 'f***ing' },
        { text: 'Cllr Dobbs 🤡🤡🤡 strikes again', messageId: 'insult', excerpt: '🤡🤡🤡' },
        { text: 'Cllr Patel is a liar and everyone in this chamber knows it.', messageId: 'insult', excerpt: 'liar' },
        { text: 'Shocking that the officers have buried this report. Heads should roll.', messageId: 'bullying' },
        { text: 'Cllr Harding has the brains of a goldfish.', messageId: 'insult' },
      ],
      pass: [
        'Scunthorpe United fans: the road closure on Glanford Way ends on Friday.',
        'The roof of the Sussex Street toilets is in a shocking state.', // near miss: a strong word about a building
        'I strongly disagree with the cabinet’s decision to cut bus subsidies.',
        'Brilliant turnout at the Pride picnic on Jesus Green today.',
        'I’m such an idiot, I left my keys at the hall.',
        'Pest control are dealing with the rat infestation behind the shops.',
        'Hawthorn Farm is a disgrace of a scheme.', // near miss: an attack on a scheme, not a person
        'Some of the comments I’ve had about Travellers this week are disgusting. They are our neighbours.',
        'Rats spotted behind the shops on Mill Road again 🐀 Reported to pest control.',
      ],
    },
  },
  check(draft, context) {
    const hashtags = findHashtagHits(draft, context.pack);
    const exceptions = hitsWithHashtags(draft, hashtags, 'abuse/exceptions');
    const usable = (list: string): Hit[] => hitsWithHashtags(draft, hashtags, `abuse/${list}`).filter((hit) => !exceptions.some((e) => overlaps(e, hit)));
    const emoji = (list: string): readonly string[] => context.pack.vocabulary.get(`abuse/${list}`) ?? [];
    const groups = usable('groups');
    const targets = findTargets(draft, groups);
    const distancing = findDistancing(draft);
    const cues = frameCues(usable('labels'), usable('people-verbs'), usable('address-cues'));
    const fillers = new Set<number>();
    for (const list of FILLER_LISTS) for (const hit of usable(list)) for (let i = hit.firstToken; i < hit.endToken; i++) fillers.add(i);
    const found: Array<RawFinding<Message, Suggestion> & { severity: Severity }> = [];
    const ownWords = (hit: Hit, negationWindow = 3): boolean => !distancing.isDistanced(hit) && !(negationWindow > 0 && isDenied(draft, hit, negationWindow));
    const add = (hit: Hit, messageId: Message, severity: Severity, who?: Target): void => {
      const word = draft.text.slice(hit.start, hit.end);
      const the = who?.kind === 'role' && draft.tokens[who.firstToken - 1]?.text === 'the' ? 'the ' : '';
      const name = who && isIdentifiable(who) && who.kind !== 'you' && who.kind !== 'pronoun' && who.kind !== 'plural' ? the + draft.text.slice(who.start, who.end) : 'someone';
      const clause = CLAUSE_OF[messageId];
      found.push({ messageId, start: hit.start, end: hit.end, severity, suggestionId: SUGGESTION[messageId], data: { word, who: name }, ...(clause ? { clause } : {}) });
    };
    const sentenceOf = (hit: Hit): number => draft.tokens[hit.firstToken]?.sentence ?? 0;
    const hasGroupNear = (hit: Hit, reach = 0): boolean =>
      groups.some((group) => sentenceOf(hit) - sentenceOf(group) <= reach && sentenceOf(hit) >= sentenceOf(group)) ||
      targets.some((t) => t.kind === 'plural' && t.sentence === sentenceOf(hit) && groups.some((group) => sentenceOf(group) === sentenceOf(hit) - 1));

    // A censored word that fits both a slur and a swear word ("b******s") is taken as swearing.
    const profanity = usable('profanity');
    const isCensoredSwearing = (hit: Hit): boolean => draft.tokens[hit.firstToken]?.censored != null && profanity.some((p) => overlaps(p, hit));
    for (const hit of usable('slurs')) if (ownWords(hit, 0) && !isCensoredSwearing(hit)) add(hit, 'slur', 'block');
    for (const hit of usable('threats')) if (ownWords(hit, 4)) add(hit, 'threat', 'block');
    for (const hit of usable('origin-taunts')) if (ownWords(hit)) add(hit, 'hostileGeneralisation', 'warn');
    for (const hit of usable('generalisations')) if (hasGroupNear(hit) && ownWords(hit)) add(hit, 'hostileGeneralisation', 'warn');
    for (const hit of usable('dog-whistles')) if (hasGroupNear(hit, 1) && ownWords(hit)) add(hit, 'hostileGeneralisation', 'warn');
    for (const hit of usable('dehumanising')) {
      const frame = isModifier(draft, hit, cues) ? null : personFrame(draft, hit, targets, DEHUMANISING, fillers, cues);
      if (frame && frame.target?.kind !== 'self' && ownWords(hit)) add(hit, 'dehumanising', isGroupTarget(frame.target) ? 'block' : 'warn', frame.target);
    }
    for (const hit of usable('insults')) {
      const subject = personFrame(draft, hit, targets, SUBJECT, fillers)?.target;
      if (!isSelfDirected(draft, hit, targets, subject) && ownWords(hit) && !isCensoredSwearing(hit)) add(hit, 'insult', 'warn', subject);
    }
    for (const hit of usable('figurative-insults')) {
      const frame = isModifier(draft, hit, cues) ? null : personFrame(draft, hit, targets, FIGURATIVE, fillers, cues);
      if (frame && !isSelfDirected(draft, hit, targets, frame.target) && ownWords(hit) && !isCensoredSwearing(hit)) add(hit, 'insult', 'warn', frame.target);
    }
    for (const insult of findEmojiInsults(draft, targets, { insulting: emoji('insulting-emoji'), mocking: emoji('mocking-emoji') })) {
      const range = { firstToken: insult.target.firstToken, endToken: insult.target.endToken, start: insult.start, end: insult.end };
      if (!distancing.isDistanced(range)) add({ ...range, tag: { key: 'abuse/insulting-emoji', index: 0 }, phrase: insult.emoji }, 'insult', 'warn', insult.target);
    }
    const personNouns = usable('person-nouns');
    for (const hit of usable('disparaging')) {
      if (isSaidOfAThing(draft, hit, personNouns)) continue;
      // "a disgrace" is said of a subject ("Cllr Ward is a disgrace"), never of a name after it ("…are a disgrace @CountyCC").
      const frame = personFrame(draft, hit, targets, ARTICLES.has(draft.tokens[hit.firstToken]?.text ?? '') ? PREDICATE : DISPARAGING, fillers);
      // "The cabinet is useless" is fair comment on a body's record; name-calling of a body is still flagged above.
      if (frame?.target && frame.target.kind !== 'self' && frame.target.kind !== 'body' && ownWords(hit)) add(hit, 'personalAttack', 'warn', frame.target);
    }
    for (const hit of usable('removal-demands')) {
      // "Officers have buried the report. Heads should roll." but not "What officers told us… Heads should roll.": they only reported it.
      const staff = targets.find((t) => t.isStaff && t.firstToken < hit.endToken && sentenceOf(hit) - t.sentence <= 1 && sentenceOf(hit) >= t.sentence && !REPORTING.has(draft.tokens[t.endToken]?.text ?? ''));
      if (staff && ownWords(hit)) add(hit, 'bullying', 'warn', staff);
    }
    for (const hit of profanity) if (ownWords(hit, 0)) add(hit, 'profanity', 'warn');
    for (const hit of usable('mild-language')) if (ownWords(hit, 0)) add(hit, 'mildLanguage', 'advise');

    // One finding per stretch of text: the most serious, then the longest.
    found.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const finding of found) if (!kept.some((k) => overlaps(k, finding))) kept.push(finding);
    return kept;
  },
});
