import { findOwnSafetyRisks, type SafetyRisk } from '../engine/own-safety.js';
import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';
import type { RawFinding } from './types.js';

type MessageId = SafetyRisk['kind'] | 'photoLocation';
type SuggestionId = 'afterwards' | 'noAddress' | 'inAdvance' | 'vague' | 'cleanCopy';

const SUGGESTIONS: Record<SafetyRisk['kind'], SuggestionId> = {
  emptyHome: 'afterwards',
  awayFromHome: 'afterwards',
  liveLocation: 'inAdvance',
  ownAddress: 'noAddress',
  aloneAtHome: 'vague',
  routine: 'vague',
};

export default defineCheck<MessageId, SuggestionId>({
  meta: {
    id: 'safety',
    title: 'Details that could leave you vulnerable',
    clause: CLAUSES.vulnerable,
    defaultSeverity: 'warn',
    messages: {
      emptyHome: 'This tells everyone your home will be empty. Post about your trip when you are back instead.',
      awayFromHome: 'This says when you will be away from home. Share it after you return, or leave the dates out.',
      liveLocation: 'This says where you are right now. Post about where you were once you have left.',
      ownAddress: 'This publishes where you live. Give your office, a council address or a surgery venue instead.',
      aloneAtHome: 'This says you will be on your own at home. Keep that off social media.',
      routine: 'This shows a regular routine that says where you will be and when. Leave out the times and places.',
      photoLocation: 'This photo records where it was taken. Taken at home, it gives your address away.',
    },
    suggestions: {
      afterwards: 'Share your holiday photos when you are home, and give a colleague as the contact while you are away.',
      noAddress: 'Contact me through my council email, or come to my surgery at the community centre.',
      inAdvance: 'Had a great chat with residents at the Red Lion this afternoon.',
      vague: 'Describe what you did without saying when or where you are usually alone.',
      cleanCopy: 'Use “Remove location”, and upload the copy without location.',
    },
    vocabulary: {
      'empty-home': 'Phrases that say a home will be empty: the house will be empty, nobody at home.',
      'going-away': 'Phrases that say someone will be away from home: on holiday, away until, jetting off.',
      'away-now': 'Phrases that say the writer is away at this moment: just landed in, greetings from.',
      travelling: 'Verbs of travel that need a length of stay to mean an absence: off to, heading to.',
      trip: 'Nouns for a trip away: holiday, cruise, a week in.',
      'away-duration': 'How long an absence lasts: for a fortnight, until, back on.',
      'away-when': 'When an absence starts: tomorrow, next week, right now.',
      'back-home': 'Words that put a trip in the past: back from, had a lovely, last week.',
      'live-location': 'Phrases that say where someone is at the moment: I am at, sat in, here at.',
      'right-now': 'Words that make a location live: right now, come and find me, pop by.',
      'come-find-me': 'Invitations to come to where the writer is now.',
      'public-event': 'Public events where being seen is the point: surgery, street stall, fete.',
      timetable: 'Words for a regular timetable that make a place not a live location: on Mondays, usually, office hours.',
      'own-home': 'Phrases that introduce the writer’s own address: my address is, round to mine at.',
      alone: 'Phrases that say the writer will be alone at home: home alone, my partner is away.',
      routine: 'Phrases that describe a regular routine: every morning, each night.',
      'routine-activity': 'Activities that make a routine a risk: walking the dog, running along the river.',
      'first-person': 'Words that make a sentence about the writer: I, we, my, our.',
    },
    examples: {
      flag: [
        { text: 'Off to Spain for a fortnight from tomorrow. The house will be empty so no surgeries until the 20th!', messageId: 'emptyHome' },
        { text: "I'm away on holiday until the 20th, so replies will be slow.", messageId: 'awayFromHome' },
        { text: "I'm at the Red Lion right now, come and find me!", messageId: 'liveLocation' },
        { text: 'Any problems, pop round to mine at 12 Acacia Avenue.', messageId: 'ownAddress', excerpt: '12 Acacia Avenue' },
        { text: 'I walk the dog along the towpath every morning at 6, say hello if you see me.', messageId: 'routine' },
        { text: 'Lovely morning at the allotments.', messageId: 'photoLocation', options: { attachments: [{ kind: 'image', name: 'IMG_0042.jpg', hasLocation: true }] } },
      ],
      pass: [
        'Back from a lovely week in Devon and ready for full council tomorrow.', // near miss: past trip
        "I'll be at the Red Lion on Saturday from 10am for my ward surgery. All welcome.",
        'Off to full council tonight to speak up for Arbury.',
        'Half-term holiday activities at the library until Friday.',
        { text: 'Lovely morning on the allotments with the volunteers.', options: { attachments: [{ kind: 'image', name: 'IMG_0042.jpg', hasLocation: false }] } }, // near miss: location removed
      ],
    },
  },
  check(draft, context) {
    const findings: Array<RawFinding<MessageId, SuggestionId>> = findOwnSafetyRisks(draft).map((risk) => ({
      messageId: risk.kind,
      start: risk.start,
      end: risk.end,
      suggestionId: SUGGESTIONS[risk.kind],
    }));
    context.attachments.forEach((attachment, index) => {
      if (attachment.hasLocation === true) findings.push({ messageId: 'photoLocation', start: 0, end: 0, suggestionId: 'cleanCopy', attachment: { index } });
    });
    return findings;
  },
});
