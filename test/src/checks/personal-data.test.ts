import { describe, expect, test } from 'vitest';
import personalData from '../../../src/checks/personal-data.js';
import type { CheckOptionsInput } from '../../../src/checks/types.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import type { CompiledPack } from '../../../src/pack/compile-pack.js';
import { exampleCompiledPack, makeOptions, makePack } from '../../helpers/builders.js';
import { runCheckExamples } from '../../helpers/check-tester.js';

const pack = exampleCompiledPack();
const check = (text: string, options: CheckOptionsInput = makeOptions(), compiled: CompiledPack = pack) => runCheck(personalData, text, options, compiled);
const summary = (text: string, options?: CheckOptionsInput, compiled?: CompiledPack) =>
  check(text, options, compiled).map((finding) => [finding.messageId, finding.excerpt, finding.severity]);
/** Whether the draft is stopped or needs acknowledging: what the eval counts. */
const isFlagged = (text: string) => check(text).some((finding) => finding.severity !== 'advise');

describe('personal-data', () => {
  runCheckExamples(personalData);

  test("blocks a resident's mobile number with its span in the typed text", () => {
    const text = 'If anyone knows the tenant at 22 Ferry Lane, his number is 07700 900461. Tell him the council is looking for him.';
    const start = text.indexOf('07700');
    expect(check(text).filter((finding) => finding.messageId === 'privatePhone')).toEqual([
      expect.objectContaining({ ruleId: 'personal-data', severity: 'block', start, end: start + '07700 900461'.length }),
    ]);
  });

  test('reports an address, its postcode and the resident’s benefit as separate problems', () => {
    expect(summary('Spoke to Mrs Jean Atkins at 14 Willow Close, CB4 1AA about her housing benefit problem.')).toEqual([
      ['homeAddress', '14 Willow Close, CB4 1AA', 'block'],
      ['residentDetails', 'housing benefit', 'block'],
    ]);
  });

  test("blocks a resident's email even when it follows \"drop me a line\", because it carries their name", () => {
    expect(summary("Mr Patel's complaint about the bins has been passed on. Raj, drop me a line at raj.patel@example.com if it's not sorted.")).toEqual([
      ['residentCase', "Mr Patel's complaint", 'warn'],
      ['privateEmail', 'raj.patel@example.com', 'block'],
    ]);
  });

  test('passes the councillor’s own contact details, from the profile or introduced as theirs', () => {
    const options = makeOptions({ profile: { name: 'Sam Jones', committees: [], contacts: ['07700 900982', 'sam.jones.ward@gmail.com'] } });
    expect([
      ...check('Any casework? Text 07700 900982 or email sam.jones.ward@gmail.com.', options),
      ...check('Drop me an email at samjonesward@gmail.com if you need help with anything.'),
      ...check('Ring me on 07700 900123 if you have any casework.'),
    ]).toEqual([]);
  });

  test("passes the pack's public contacts, even a mobile number", () => {
    const compiled = makePack({ publicContacts: [{ label: 'Ward office', phone: '07700 900777', address: '1 Castle Street, Exampleton EX1 1AA' }] });
    expect([
      ...check('Ward office mobile: 07700 900777.', makeOptions(), compiled),
      ...check('Send letters to 1 Castle Street, Exampleton EX1 1AA.', makeOptions(), compiled),
    ]).toEqual([]);
  });

  test('judges each number by the nearer of "me" and "his" before it', () => {
    const text = 'Ring me on 07700 900123 or better still, ring his mobile on 07700 900456.';
    expect(summary(text)).toEqual([['privatePhone', '07700 900456', 'block']]);
  });

  test('warns, rather than blocks, for an address or postcode on its own', () => {
    expect([...summary('Fly-tipping outside 27 Nuffield Road again.'), ...summary('Drop round to CB2 8PQ if you want to help.')]).toEqual([
      ['address', '27 Nuffield Road', 'warn'],
      ['postcode', 'CB2 8PQ', 'warn'],
    ]);
  });

  test('only advises getting consent when a named resident is cited without sensitive details', () => {
    expect(summary('Spoke to Mrs Jean Atkins about the state of the footpath.')).toEqual([['citingResident', 'Mrs Jean Atkins', 'advise']]);
  });

  test('treats councillors, MPs and pubs as public, not residents', () => {
    expect([
      ...check('Thanks to Cllr Jane Smith for raising the blue badge changes at committee.'),
      ...check('Great to meet Daniel Zeichner MP to talk about mental health services in Cambridge.'),
      ...check('Thanks to everyone at the Red Lion, 12 High Street, for hosting the quiz!'),
    ]).toEqual([]);
  });

  test('reads the Purview idea for the QQ example prefix: only with an NI keyword nearby', () => {
    expect([isFlagged('Her NI number QQ 12 34 56 C was on the letter.'), isFlagged('Order code QQ 12 34 56 C is out of stock.')]).toEqual([true, false]);
  });

  test('blocks an NHS number next to an NHS keyword and warns for a grouped one alone', () => {
    expect([...summary('NHS number 9434765919 was on the letter.'), ...summary('Reference 943 476 5919 was on the letter.')]).toEqual([
      ['nhsNumber', '9434765919', 'block'],
      ['nhsNumber', '943 476 5919', 'warn'],
    ]);
  });

  test('treats a date as a date of birth only with a birth keyword, and "born" only with a recent year', () => {
    expect([
      isFlagged('D.O.B. 3/4/59 and still no appointment letter.'),
      isFlagged('Mr Harris, born on 4 July 1952, is still waiting.'),
      isFlagged('Britain’s first NHS hospital opened on 5 July 1948.'),
      isFlagged('We were born on the same day, 12 March, so we always celebrate together.'),
      isFlagged('Date of birth checks are being added to the council’s online forms.'),
    ]).toEqual([true, true, false, false, false]);
  });

  test('needs vehicle words or plate capitals to report a registration', () => {
    expect([isFlagged('Car reg ab12 cde parked on the pavement again.'), isFlagged('Budget lines fy24 and fy25 were agreed.'), isFlagged('AB12 CDE again!')]).toEqual([true, false, true]);
  });

  test('blocks a resident linked to their health across sentences', () => {
    const text = 'Visited a family today whose son has severe autism and has been excluded from St Mary’s school. The system is failing families like the Hendersons.';
    expect(check(text).map((finding) => [finding.messageId, finding.message])).toEqual([
      ['residentDetails', 'This links the Hendersons to their health, benefits, school or personal circumstances. Remove the name or the details.'],
    ]);
  });

  const RESIDENTS_DETAILS = [
    'shout out to mrs jones at 5 acacia avenue who still has no heating, disgraceful',
    'Call Dave on +44 7700 900123 if you want to help with the litter pick.',
    "The resident's number is (01632) 960 123, please ring her, she's very upset.",
    "Jean's mobile is 07700.900.123 if anyone can give her a lift to the hospital.",
    'pls ring jean on 01632 960555 she wants a lift to hospital',
    'Mrs Smith at flat 2b, 7 Mill Road has been without heating for three weeks.',
    'Mr and Mrs Khan at No. 14 Orchard Way are still waiting for repairs.',
    'Residents at 22 ferry lane cb4 1aa have had their bins missed again.',
    'Please email sarah.jones87@gmail.com to get your tickets.',
    'Mrs Brown has been diagnosed with dementia and her family are struggling to get a care package.',
    'Helped Mr Jones get his universal credit sorted after 6 weeks of waiting.',
    'Sarah Smith, who has terminal cancer, has been told she must move out of her flat.',
    'Is anyone in touch with the Hendersons? Their son was arrested last night.',
    'Edna, 87, has dementia and was left without carers for three days.',
    'A family on Ferry Lane whose son has severe autism has been waiting two years for an EHCP.',
    'Her national insurance number AB123456C was on the form left at the library.',
    'NI no: JG 10 37 94 B. Found on a letter in the street.',
    'The owner of BD51 SMR keeps parking across the dropped kerb.',
    'Anyone who knows the lad driving VU65 XKT round the estate at 2am, tell him to slow down.',
    "Mrs Okafor's complaint about the damp in her flat still hasn't been answered.",
    'For those asking, Mrs Patel’s email is priya.patel@btinternet.com',
    'Text Mike (07700 900444) if you can volunteer on Saturday.',
    'Mrs J Atkins of 14 Willow Cl has been waiting 6 months for her PIP assessment.',
    "Mrs. Atkins is on universal credit and can't afford the rent rise.",
    'Spoke with Mr Hussain at 3a Victoria Rd re his council tax arrears.',
    'Her DOB is 1 Feb 1950 and they STILL can’t find her records!!',
    'the couple at number 9 acacia avenue are both disabled and had their blue badges revoked',
    'Anyone know who owns the blue Ford Fiesta WR19 XYZ parked on the verge?',
    "Mrs Jones's case has been with the ombudsman for a year.",
    "My neighbour's number is 07700 900456 if you need a lift.",
    'Call Mrs Jones on 01632 960555.',
  ];
  test.each(RESIDENTS_DETAILS)('flags: %s', (text) => {
    expect(isFlagged(text)).toBe(true);
  });

  const ORDINARY_POSTS = [
    "Report potholes online or call the council's contact centre on 0345 045 5200.",
    'Our confidential domestic abuse helpline is open 24/7: call 0808 2000 247.',
    'Call the Samaritans free on 116 123, any time.',
    'For bookings call the box office on 01223 357851.',
    'Ring 101 to report non-emergency crime, or 999 in an emergency.',
    'Problems with your bins? Call 0300 123 4567 or email waste@example.gov.uk.',
    'Email the clerk on clerk@histon-pc.org.uk with comments.',
    'Lost dog found on Chesterton Road! Call the vets on 01223 123456 if yours.',
    'New opening hours at Arbury Library, 2 Campkin Road, from Monday.',
    'Coffee morning at St Mark’s Church, 1 Chesterton Road, on Saturday 10am. All welcome!',
    'Surgery this Saturday, 10am-12pm, at the Meadows Centre, 1 St Catharine’s Road. Drop in!',
    'Our office is at 12 Market Street, CB1 1AA, open Mon-Fri.',
    'Planning application 24/01234/FUL for 40 flats at 2-6 Station Road is on the agenda.',
    'Over 300 homes on Orchard Park will get new bins this month.',
    'Universal Credit is failing too many families in our ward.',
    'Families on universal credit can claim free school meals: apply at gov.uk.',
    'Thanks to Sarah Jones for organising the dementia cafe at the library.',
    'Congratulations to Jean Atkins on 40 years as a lollipop lady!',
    'Happy 90th birthday to Doris at Orchard House care home!',
    'Edna, 87, won the best garden competition again!',
    'Great to see the Hendersons’ new bakery open on Mill Road!',
    'Road closure on Glanford Way from 12/03/2026 to 14/03/2026.',
    'Our 2025-2026 budget gives £2.1m to roads; £4m to schools.',
    'Polling day: 6 May 2027. Polls open 7am to 10pm.',
    'Tories have cut disability benefits again. Shameful.',
    'The A10 is closed at Milton. Use the A14 and A1309 instead.',
    'My ward mobile: 07700 900123, any time.',
    'Mobile library visits Histon on Tuesdays, call 01223 457000 for times.',
    'Objections to the extension at 14 Willow Close must be in by Friday.',
    'Open 0900-1700 Mon-Fri at the Guildhall.',
    'Questions? Email info@arburycarnival.org.uk',
    'Vote Sam Jones on 6 May! Promoted by Sam Jones, 12 Mill Road, Cambridge CB1 2AB.',
    'In any case, Mrs Jones said the pothole has been fixed.',
    'Mr Smith reported the pothole and it was fixed within a week. Thanks!',
    'My work number is 01223 457111.',
  ];
  test.each(ORDINARY_POSTS)('passes: %s', (text) => {
    expect(summary(text).filter(([, , severity]) => severity !== 'advise')).toEqual([]);
  });


  test('reports a household at a house number even without its street', () => {
    expect(summary('The family at number 12 have been without heating since October.')).toEqual([['address', 'number 12', 'warn']]);
    expect(summary('The man at no. 4 was arrested last night.')).toEqual([['homeAddress', 'no. 4', 'block']]);
    expect(check('The number 12 bus is being cut from January.')).toEqual([]);
  });

  test('ties an event in someone’s life to the resident named in the same sentence', () => {
    expect(summary('Good news for Sandra Price - housing have finally offered her a flat after the eviction.')).toEqual([['residentDetails', 'eviction', 'block']]);
    expect(summary('Mr Davies, 83, of Church Lane was scammed out of £5,000 last week.').map(([id]) => id)).toEqual(['residentDetails']);
  });

  test('reads a surname after a title even when it is also an ordinary word', () => {
    const [finding] = check('Visited Mr and Mrs Green, who are both disabled and have been without a working lift for a month.');
    expect(finding).toMatchObject({ messageId: 'residentDetails', message: expect.stringContaining('Mrs Green') });
  });

  test('does not take a plural place name, an organisation or a past trip for a resident', () => {
    expect([
      ...check('Back from a lovely week in the Lakes and catching up on casework - thanks for your patience!'),
      ...check('Jane Smith from the Alzheimer’s Society spoke about dementia at the library.'),
      ...check('Former Cllr Jones was given the freedom of the borough today.'),
    ]).toEqual([]);
  });

  test('leaves the councillor’s own door, a shop used as a meeting point and a date alone', () => {
    expect([
      ...check('Residents are welcome to drop letters through my door at 7 Hazel Close any time.'),
      ...check('Ward walkabout on Saturday - meet at the Co-op, 110 Histon Road at 10am.'),
      ...check('Reminder: brown bin collections pause from 1 December until the end of February.'),
    ]).toEqual([]);
  });
});
