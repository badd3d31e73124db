import type { PhraseHit } from '../engine/phrase-matcher.js';
import type { Sentence, Token } from '../engine/prepare-draft.js';
import { hasHit, isInQuotes, isNegatedAt, sentenceOf } from '../engine/text-helpers.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours']);
const PERSONAL = { capacity: 'personal' } as const;

type Hit = PhraseHit<unknown>;

function hits(draft: Draft, list: string): readonly Hit[] {
  return draft.hits(`council-branding/${list}`);
}

function startsAt(list: readonly Hit[], index: number): boolean {
  return list.some((hit) => hit.firstToken === index);
}

/** Whether a hit of the list ends in the few words before `index`. */
function endsJustBefore(list: readonly Hit[], index: number, window = 3): boolean {
  return list.some((hit) => hit.endToken <= index && hit.endToken >= index - window);
}

/** "I", "we", "our"… in the sentence; a capitalised "Our" inside it is part of a name ("Save Our Library"). */
function hasFirstPerson(draft: Draft, sentence: Sentence): boolean {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = draft.tokens[i];
    if (token && FIRST_PERSON.has(token.text) && (i === sentence.firstToken || token.text === 'i' || !token.isCapitalised)) return true;
  }
  return false;
}

function inSentence(draft: Draft, list: readonly Hit[], sentence: Sentence, from = sentence.firstToken): boolean {
  return list.some((hit) => hit.firstToken >= from && hit.firstToken < sentence.endToken);
}

/** "council" at the end of the phrase names the council itself, not "council tax" or "the council's tenants". */
function namesCouncil(draft: Draft, hit: Hit): boolean {
  if (draft.tokens[hit.endToken - 1]?.text !== 'council') return true;
  return draft.tokens[hit.endToken]?.text !== "'s" && !startsAt(hits(draft, 'not-the-council-itself'), hit.endToken);
}

function isUsable(draft: Draft, hit: Hit): boolean {
  return !isInQuotes(draft, hit) && !isNegatedAt(draft, hit.firstToken) && namesCouncil(draft, hit);
}

const PLEASED = new Set(['proud', 'pleased', 'delighted', 'happy', 'thrilled', 'glad', 'keen', 'honoured']);

/** "The county council is now firmly behind…": the council a few words before a backing verb; not "asked the council to back". */
function councilThenBacking(draft: Draft): Hit[] {
  const found: Hit[] = [];
  for (const verb of hits(draft, 'backing-verbs')) {
    const isRequest = draft.tokens[verb.firstToken - 1]?.text === 'to' && !PLEASED.has(draft.tokens[verb.firstToken - 2]?.text ?? '');
    const at = draft.tokens.slice(Math.max(0, verb.firstToken - 5), verb.firstToken).findLastIndex((token) => token.text === 'council');
    const first = at < 0 ? -1 : Math.max(0, verb.firstToken - 5) + at;
    const council = { ...verb, firstToken: first, endToken: first + 1 };
    if (first < 0 || isRequest || isNegatedAt(draft, verb.firstToken) || !namesCouncil(draft, council) || draft.tokens[first]?.sentence !== draft.tokens[verb.firstToken]?.sentence) continue;
    found.push({ ...verb, firstToken: first, start: (draft.tokens[first] as Token).start });
  }
  return found;
}

type Messages = 'speakingForCouncil' | 'viewAsCouncilPosition' | 'councilBacking' | 'councilLogo';
type Suggestions = 'ownView' | 'leaveCouncilOut' | 'removeLogo';

export default defineCheck<Messages, Suggestions>({
  meta: {
    id: 'council-branding',
    title: 'Personal views or campaigns presented as the council’s',
    clause: CLAUSES.personalViewsAsCouncil,
    defaultSeverity: 'block',
    messages: {
      speakingForCouncil: 'This speaks for the council. Do so only if the council has authorised you; otherwise make clear the views are your own.',
      viewAsCouncilPosition: 'This presents a view as the council’s official position; check that it is, or say that it is your own view.',
      councilBacking: 'This claims the council’s backing for a campaign or party; the council must stay neutral, so leave it out.',
      councilLogo: 'The image carries the council’s logo ({{logo}}); keep council branding off personal and campaign posts.',
    },
    suggestions: {
      ownView: 'Say it in your own name: “Speaking personally, …” or “In my view, …”.',
      leaveCouncilOut: 'Describe the campaign in your own name, without claiming the council’s support.',
      removeLogo: 'Use an image without the council’s logo or crest, or share the council’s own post instead.',
    },
    vocabulary: {
      'council-position': 'Phrases that state the council’s official position ("the council’s official position is").',
      'on-behalf': 'Phrases that act on behalf of the council ("on behalf of Example County Council").',
      'speaking-for': 'Phrases that speak as the council ("speaking for the council", "as the council we have decided").',
      'council-backing': 'Claims that the council backs something ("the council backs", "officially endorsed by the council").',
      'backing-verbs': 'Verbs that say the council, named just before, backs something ("supports", "is firmly behind").',
      'campaign-words': 'Campaigns, parties and elections, which the council must not be said to back.',
      'not-the-council-itself': 'Words after "council" that name something else ("council tax", "council officers").',
      'delegated-work': 'Words before "on behalf of the council" that report an act done for it ("contractors working", "accepted the award").',
      disclaimers: 'Statements that the views are personal ("these are my personal views", "not speaking for the council").',
      contrast: 'Words that set the councillor’s view apart from the council’s ("but", "however", "I disagree").',
      'opinion-words': 'Opinion and judgement words that show a personal view ("disaster", "should", "brilliant").',
    },
    examples: {
      flag: [
        { text: 'The council’s official position is that the A14 scheme is a disaster, and I’ve said so for years.', messageId: 'viewAsCouncilPosition', options: PERSONAL },
        { text: 'On behalf of Example County Council, I can confirm the bridge will reopen on Monday.', messageId: 'speakingForCouncil', options: PERSONAL },
        { text: 'Speaking for the county council: we will not be raising council tax next year.', messageId: 'speakingForCouncil' },
        { text: 'Great news: the council backs our campaign to save the library!', messageId: 'councilBacking', options: PERSONAL },
        { text: 'Come along to our street stall on Saturday.', messageId: 'councilLogo', options: { capacity: 'campaign', attachments: [{ kind: 'image', logoMatches: [{ logo: 'county crest' }] }] } },
      ],
      pass: [
        'The council has published its budget consultation. Have your say by 31 January.',
        { text: 'These are my personal views and not those of the council: I think we should be braver on bus franchising.', options: PERSONAL },
        { text: 'Contractors working on behalf of the council will resurface Mill Road from Monday.', options: PERSONAL },
        { text: 'The council’s position is that the bridge is safe, but I am not convinced and have asked for the survey.', options: PERSONAL },
        { text: 'I am not speaking for the council here: this is my own take on the bus cuts.', options: PERSONAL },
      ],
    },
  },
  check(draft, context) {
    const findings: Array<RawFinding<Messages, Suggestions>> = [];
    const isCouncillor = context.capacity === 'councillor';
    const severity = isCouncillor ? 'advise' : 'block';
    context.attachments.forEach((attachment, index) => {
      for (const match of attachment.logoMatches) {
        const where = match.box ? { index, box: match.box } : { index };
        findings.push({ messageId: 'councilLogo', data: { logo: match.logo }, start: 0, end: 0, severity, suggestionId: 'removeLogo', attachment: where });
      }
    });
    if (hasHit(draft, 'council-branding/disclaimers')) return findings;
    const flagged: boolean[] = [];
    const report = (hit: Hit, messageId: Exclude<Messages, 'councilLogo'>, suggestionId: Suggestions): void => {
      const sentence = sentenceOf(draft, hit.firstToken);
      if (flagged[sentence.index]) return;
      flagged[sentence.index] = true;
      // A councillor may be authorised to speak for the council, never to lend it to an opinion or a campaign.
      const isPolitical = messageId !== 'speakingForCouncil' || hasHit(draft, 'council-branding/campaign-words');
      findings.push({ messageId, start: hit.start, end: hit.end, severity: isCouncillor && isPolitical ? 'warn' : severity, suggestionId });
    };
    for (const hit of hits(draft, 'speaking-for')) if (isUsable(draft, hit)) report(hit, 'speakingForCouncil', 'ownView');
    for (const hit of hits(draft, 'on-behalf')) {
      const sentence = sentenceOf(draft, hit.firstToken);
      const isOwnVoice = hit.firstToken === sentence.firstToken || hasFirstPerson(draft, sentence);
      if (isUsable(draft, hit) && isOwnVoice && !endsJustBefore(hits(draft, 'delegated-work'), hit.firstToken)) report(hit, 'speakingForCouncil', 'ownView');
    }
    for (const hit of hits(draft, 'council-position')) {
      const sentence = sentenceOf(draft, hit.firstToken);
      const isOpinion = hasFirstPerson(draft, sentence) || inSentence(draft, hits(draft, 'opinion-words'), sentence, hit.endToken);
      if (isUsable(draft, hit) && isOpinion && !inSentence(draft, hits(draft, 'contrast'), sentence, hit.endToken)) {
        report(hit, 'viewAsCouncilPosition', 'ownView');
      }
    }
    for (const hit of [...hits(draft, 'council-backing'), ...councilThenBacking(draft)]) {
      const sentence = sentenceOf(draft, hit.firstToken);
      const isOwnCampaign = hasFirstPerson(draft, sentence) || context.capacity === 'campaign';
      if (isUsable(draft, hit) && isOwnCampaign && inSentence(draft, hits(draft, 'campaign-words'), sentence)) report(hit, 'councilBacking', 'leaveCouncilOut');
    }
    return findings;
  },
});
