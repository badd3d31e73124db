import { findCouncilHandles, findImprint, findParties, findVoteRequests, isInsideAny, partisanMentions, type TokenSpan } from '../engine/politics.js';
import type { PhraseHit } from '../engine/phrase-matcher.js';
import { isInQuotes } from '../engine/text-helpers.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { Draft, RawFinding } from './types.js';

const ELECTION = { at: '2027-04-20T10:00:00+01:00' };

function list(draft: Draft, name: string): Array<PhraseHit<unknown>> {
  return draft.hits(`election-period/${name}`).filter((hit) => !isInQuotes(draft, hit));
}

function inSentenceWith(draft: Draft, spans: readonly TokenSpan[], others: readonly TokenSpan[]): TokenSpan[] {
  const sentenceOf = (span: TokenSpan): number | undefined => draft.tokens[span.firstToken]?.sentence;
  return spans.filter((span) => others.some((other) => sentenceOf(other) === sentenceOf(span)));
}

type Messages = 'electionMaterial' | 'imprintNoAddress' | 'councilCredit' | 'councilAnnouncement' | 'partyPolitical' | 'councilTagged';
type Suggestions = 'addImprint' | 'addAddress' | 'stickToFacts' | 'campaignAccount' | 'removeHandle';

export default defineCheck<Messages, Suggestions>({
  meta: {
    id: 'election-period',
    title: 'Pre-election period and election material',
    clause: CLAUSES.elections,
    defaultSeverity: 'warn',
    messages: {
      electionMaterial: 'This reads as election material, so it needs a digital imprint: who promoted it, for whom, and a postal address.',
      imprintNoAddress: 'Your imprint needs a postal address where the promoter can be contacted: home, office or PO box.',
      councilCredit: 'In the pre-election period, avoid tying council announcements or spending to a party, a councillor or a vote.',
      councilAnnouncement: 'In the pre-election period, leave council announcements to the council and avoid taking credit for them.',
      partyPolitical: 'It is the pre-election period: keep party politics off posts you make as a councillor.',
      councilTagged: 'This tags the council’s own account ({{handle}}) into a political post; council accounts must stay out of politics.',
    },
    suggestions: {
      addImprint: 'Add an imprint: “Promoted by <name> on behalf of <party or candidate>, both at <postal address>.”',
      addAddress: 'Add the postal address: “Promoted by <name> on behalf of <party or candidate>, both at <postal address>.”',
      stickToFacts: 'Share the council’s own announcement as it stands, with no party or voting message, or wait until after polling day.',
      campaignAccount: 'Post this as campaign material with an imprint, or save it for after polling day.',
      removeHandle: 'Remove {{handle}}; tag the council only in posts about its services.',
    },
    vocabulary: {
      parties: 'Names that always mean a political party ("Lib Dems", "Tories", "Green Party").',
      'ambiguous-parties': 'Party names that are also ordinary words ("Labour", "Green", "Reform"): counted only where a party is meant.',
      'not-party-after': 'Words after an ambiguous name that show it is not a party ("labour market", "green spaces", "Conservative estimate").',
      'vote-appeals': 'Phrases that ask for votes or promote electoral success ("re-elect us", "don’t waste your vote", "put your cross").',
      canvassing: 'Campaigning activity ("out on the doorstep", "leafleting"): election material when a party or campaign is named.',
      'vote-words': 'Verbs that take a party or a candidate ("vote", "back", "support").',
      'not-a-candidate': 'Words in a name that show it is not a candidate ("Arbury Community Garden", "the Red Lion pub").',
      'vote-contests': 'Words showing a vote is in an award, a poll or on a council motion, not an election.',
      'not-a-name': 'Capitalised words after "Vote" that are not a candidate ("Vote Thursday", "Vote Now").',
      'hashtag-not-a-name': 'Endings of "#Vote…" hashtags that do not name a candidate ("#VoteNow").',
      'council-words': 'Words naming the council or its services.',
      'electoral-cues': 'Words tying a post to the election ("polling day", "in May", "re-elect").',
      'party-promotion': 'Words that turn a party mention into promotion or attack ("delivered", "only", "failed", "cuts").',
      'neutral-election-info': 'Neutral civic information about voting ("polling stations", "register to vote"): never a vote request.',
      credit: 'Taking credit for council action ("delighted to announce", "our group secured", "as chair of").',
      'credit-verbs': 'Verbs that credit a party named in the same sentence with council action ("Green councillors delivered…").',
      'council-action': 'Council spending, services or decisions ("paid for by your county council", "the council will").',
    },
    examples: {
      flag: [
        { text: 'Vote Green on 6 May for a cleaner, fairer county! #VoteGreen', messageId: 'electionMaterial' },
        { text: 'Only the Lib Dems can beat the Tories here. Don’t waste your vote!', messageId: 'electionMaterial' },
        { text: 'Vote Green on 6 May! Promoted by A. Example on behalf of the Green Party.', messageId: 'imprintNoAddress' },
        { text: 'Our Labour group secured £2m for cycle lanes, paid for by your county council!', messageId: 'councilCredit', options: ELECTION },
        { text: 'Labour have delivered for Arbury and we will keep delivering.', messageId: 'partyPolitical', options: ELECTION },
        { text: 'Tory cuts have failed this town, @ExampleCC. Time for change.', messageId: 'councilTagged', options: ELECTION },
      ],
      pass: [
        { text: 'Reminder that polling stations are open 7am to 10pm on Thursday. Find yours at wheredoivote.co.uk', options: ELECTION },
        { text: 'Make sure you’re registered to vote by 20 April. It only takes five minutes.', options: ELECTION },
        'Brilliant turnout at the Pride picnic on Jesus Green today.',
        'Vote for Mill Road Bakery in the Best Café awards!',
        'Vote Green on 6 May! Promoted by A. Example on behalf of the Green Party, both at 1 Example Street, Exampleton EX1 1AA.',
        { text: 'The labour market in the county is recovering, and green spaces matter more than ever.', options: ELECTION },
      ],
    },
  },
  check(draft, context) {
    const findings: Array<RawFinding<Messages, Suggestions>> = [];
    const campaign = context.capacity === 'campaign';
    const parties = findParties(draft, {
      parties: draft.hits('election-period/parties'),
      ambiguous: draft.hits('election-period/ambiguous-parties'),
      notPartyAfter: draft.hits('election-period/not-party-after'),
    }).filter((party) => !isInQuotes(draft, party));
    const neutral = draft.hits('election-period/neutral-election-info');
    const requests = [
      ...findVoteRequests(draft, parties, {
        voteWords: list(draft, 'vote-words'),
        notAName: draft.hits('election-period/not-a-name'),
        notACandidate: draft.hits('election-period/not-a-candidate'),
        contests: draft.hits('election-period/vote-contests'),
        hashtagNotAName: context.pack.vocabulary.get('election-period/hashtag-not-a-name') ?? [],
      }).filter((span) => !isInQuotes(draft, span)),
      ...list(draft, 'vote-appeals'),
    ].filter((span) => !isInsideAny(span, neutral)).sort((a, b) => a.start - b.start);
    const promotion = inSentenceWith(draft, list(draft, 'party-promotion'), partisanMentions(draft, parties));
    const canvassing = list(draft, 'canvassing');
    // Canvassing is election material when it names a party or points to the poll; "out canvassing with the team" alone is a diary note.
    const electoralCues = list(draft, 'electoral-cues').filter((cue) => !isInsideAny(cue, neutral));
    const campaigning = canvassing.length > 0 && (parties.length > 0 || electoralCues.length > 0);
    const imprint = findImprint(draft.text);
    const strong = requests[0];
    // Without a request for votes, party promotion reads as election material only from a campaigner.
    const weak = (campaign ? promotion[0] : undefined) ?? (campaigning ? canvassing[0] : undefined);
    const materialSeverity = campaign ? 'block' : 'warn';

    if (imprint && !imprint.hasAddress && (strong || weak || parties.length > 0)) {
      findings.push({ messageId: 'imprintNoAddress', start: imprint.start, end: imprint.end, severity: materialSeverity, suggestionId: 'addAddress' });
    } else if (!imprint && strong) {
      findings.push({ messageId: 'electionMaterial', start: strong.start, end: strong.end, severity: materialSeverity, suggestionId: 'addImprint' });
    } else if (!imprint && weak) {
      findings.push({ messageId: 'electionMaterial', start: weak.start, end: weak.end, severity: 'warn', suggestionId: 'addImprint' });
    }

    if (context.election) {
      const credit = list(draft, 'credit')[0] ?? inSentenceWith(draft, list(draft, 'credit-verbs'), parties)[0];
      const isCouncil = list(draft, 'council-action').length > 0 || list(draft, 'council-words').length > 0;
      const cues = electoralCues;
      if (credit && isCouncil) {
        const isTied = requests.length > 0 || cues.length > 0 || parties.length > 0;
        const messageId = isTied ? 'councilCredit' : 'councilAnnouncement';
        findings.push({ messageId, start: credit.start, end: credit.end, severity: isTied ? materialSeverity : 'advise', suggestionId: 'stickToFacts' });
      }
      const push = promotion[0];
      if (push && !campaign && findings.length === 0) {
        const severity = context.capacity === 'councillor' ? 'warn' : 'advise';
        findings.push({ messageId: 'partyPolitical', start: push.start, end: push.end, severity, suggestionId: 'campaignAccount' });
      }
    }

    if (parties.length > 0 || requests.length > 0) {
      for (const tagged of findCouncilHandles(draft.text, context.pack.councilHandles)) {
        const severity = context.election ? 'warn' : 'advise';
        findings.push({ messageId: 'councilTagged', data: { handle: tagged.handle }, start: tagged.start, end: tagged.end, severity, suggestionId: 'removeHandle' });
      }
    }
    return findings;
  },
});
