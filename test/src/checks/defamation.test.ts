import { describe, expect, test } from 'vitest';
import defamation from '../../../src/checks/defamation.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';
import { runCheckExamples } from '../../helpers/check-tester.js';

const pack = exampleCompiledPack();
const check = (text: string) => runCheck(defamation, text, makeOptions(), pack);
const summary = (text: string) => check(text).map((f) => [f.messageId, f.excerpt, f.severity]);
const isFlagged = (text: string) => check(text).some((f) => f.severity !== 'advise');

describe('defamation', () => {
  runCheckExamples(defamation);

  test('blocks an allegation of a crime against a named councillor, with its span in the typed text', () => {
    const text = 'Cllr Green took a backhander from the developers, I’d bet my house on it.';
    expect(check(text).map((f) => [f.messageId, f.start, f.end, f.severity])).toEqual([
      ['crimeAllegation', text.indexOf('backhander'), text.indexOf(' from'), 'block'],
      ['insinuation', text.indexOf('bet my house'), text.indexOf('.'), 'warn'],
    ]);
  });

  test('warns, rather than blocks, when the person is identified by role', () => {
    expect(summary('The chief executive has been fiddling his expenses for years.')).toEqual([['crimeAllegation', 'fiddling his expenses', 'warn']]);
  });

  test('explains the risk and names the person in the message', () => {
    expect(check('Cllr Ahmed is a crook.').map((f) => [f.message, f.suggestion])).toEqual([
      [
        'This accuses Cllr Ahmed of a crime (“crook”). Unless you can prove it, it could be defamatory and lead to a libel claim.',
        'Stick to facts you can prove. If you suspect wrongdoing, report it to the auditor, the Monitoring Officer or the police.',
      ],
    ]);
  });

  test('follows an allegation to the person named in the sentence before', () => {
    expect(summary('Everyone knows the contract went to FitCo because the leader’s brother-in-law runs it. Corruption, plain and simple.')).toEqual([
      ['insinuation', 'Everyone knows', 'warn'],
      ['crimeAllegation', 'Corruption', 'warn'],
    ]);
    expect(summary('Cllr Brown promised to save the library. #liar')).toEqual([['dishonestyAllegation', 'liar', 'warn']]);
  });

  test('reports insinuation about money or favours, but not about chips', () => {
    expect(
      [
        'Funny how Cllr Green’s brother-in-law got the job.',
        'Makes you wonder how Cllr Patel’s company keeps winning council contracts.',
        'Council leader’s mate gets £2m contract without tender. Draw your own conclusions.',
        'Everyone knows the best chips in town are at Dave’s.',
        'Funny how the sun always comes out for the village fete!',
      ].map(isFlagged),
    ).toEqual([true, true, true, false, false]);
  });

  test('treats "I am not saying… but" as the allegation it sets up', () => {
    expect(summary('I’m not saying Cllr Green is corrupt, but funny how his mate got the contract.')).toEqual([
      ['crimeAllegation', 'corrupt', 'block'],
      ['insinuation', 'funny how', 'warn'],
    ]);
  });

  test('passes proper routes, scam warnings, policies and denials', () => {
    expect([
      ...check('I’ve asked the council’s auditors to review how the FitCo contract was awarded, so residents can have confidence in the process.'),
      ...check('Fraudsters are targeting residents: never give your bank details.'),
      ...check('Beware of scammers posing as council officers calling about your council tax.'),
      ...check('The council has adopted a new anti-fraud and corruption policy.'),
      ...check('Our fraud team recovered £2m of council tax last year.'),
      ...check('Cllr Green has never taken a bribe.'),
      ...check('Cllr Green denied the allegations of corruption, which were found to be baseless.'),
      ...check('I apologise for suggesting Cllr Green was corrupt.'),
      ...check('Cllr Smith accused me of lying. I have asked him to withdraw it.'),
    ]).toEqual([]);
  });

  test('passes disagreement about policy and allegations against no one in particular', () => {
    expect([
      ...check('The government’s policy is a disaster.'),
      ...check('Residents were lied to about the road closure.'),
      ...check('Flytipped mattress lying in the road on Mill Lane, reported.'),
      ...check('The council is corrupt from top to bottom.'),
      ...check('Police have charged a man with criminal damage after the bus shelter was smashed.'),
      ...check('Did you know that fraud costs councils millions every year?'),
      ...check('Cllr Jones has been a victim of fraud and wants to warn others.'),
    ]).toEqual([]);
  });

  test('passes names that contain an allegation word, and victims named after the verb', () => {
    expect([
      ...check('Sad news: the Crooked Billet pub is closing after 200 years.'),
      ...check('The Liar Liar panto at the Arts Centre was fantastic, well done to the cast!'),
      ...check('The burglar who stole from Mrs Smith has been caught.'),
    ]).toEqual([]);
  });

  test('gives only advice when reporting a court verdict', () => {
    expect(summary('Former Cllr Jones was convicted of fraud at Crown Court today.')).toEqual([['reportedFact', 'fraud', 'advise']]);
  });

  test('lowers the severity when the allegation goes through a proper route', () => {
    expect(summary('I’ve reported Cllr Green to the police for taking bribes.')).toEqual([['crimeAllegation', 'bribes', 'warn']]);
  });

  test('flags realistic allegations however they are typed', () => {
    expect(
      [
        'Cllr Green is on the take. Always has been.',
        'CLLR BROWN IS A LIAR',
        'cllr brown lied to residents about the library closure',
        'Jobs for the boys: the leader’s son-in-law just got the comms contract.',
        'Acme Homes Ltd bribed the planning committee. Fact.',
        'He has been lining his own pockets at our expense.',
        'You’re a liar and you know it.',
        'Mr Jones has been stealing from the parish funds for years.',
        'The developers are crooks and the officers are in their pocket.',
        'Not saying the leader took a bung, but how did he afford that new Range Rover?',
        'The figures in the report were doctored by officers to hide the overspend.',
        '@DaveSmith is a fraudster #CorruptCouncil',
        'Allegedly, the chief exec’s wife got the catering contract. No coincidence.',
      ].map(isFlagged),
    ).toEqual(Array(13).fill(true));
  });

  test('finds the accused after "by", and where an allegation happened a few words on', () => {
    expect(check('The consultation was rigged from the start by the cabinet.').map((f) => [f.messageId, f.excerpt, f.severity, f.message])).toEqual([
      ['dishonestyAllegation', 'rigged', 'warn', 'This accuses the cabinet of dishonesty (“rigged”). Unless you can prove it is true, it could be defamatory.'],
    ]);
    expect(summary('Brown envelopes all round at planning committee tonight, I reckon.')).toEqual([['crimeAllegation', 'Brown envelopes', 'warn']]);
  });

  test('reports an act called a crime against whoever is named with it', () => {
    expect(summary('This is fraud, plain and simple, and the leader signed it off.')).toEqual([['crimeAllegation', 'fraud', 'warn']]);
    expect(check('Fraud costs councils millions, and the leader has launched a crackdown.')).toEqual([]);
  });

  test('reports an allegation about someone unnamed when the post points at them', () => {
    expect(summary('Somebody’s fiddled the recycling figures, and we all know who.')).toEqual([['crimeAllegation', 'fiddled the recycling figures', 'warn']]);
    expect(check('Somebody’s fiddled the recycling figures again.')).toEqual([]);
  });

  test('reports a hint that sums up the sentences before it', () => {
    expect(summary('The leader’s mate got the £2m contract. No tender. Draw your own conclusions.')).toEqual([['insinuation', 'Draw your own conclusions', 'warn']]);
  });

  test.each([
    'The developer is taking money from the S106 pot to build the new play area, as agreed.',
    'Strange how quickly the snow melted this morning! The gritters did a great job.',
    'Follow the money: our new budget tracker shows where every pound goes.',
    'Cllr Fox is bent on getting the bypass built, and fair play to him.',
    'The planning committee refused the scheme last night after a long debate.',
  ])('passes the near miss “%s”', (text) => {
    expect(check(text)).toEqual([]);
  });

  test('reports fiddled claims with a word between, and a cover-up of it', () => {
    expect(summary('Cllr Okafor fiddled his mileage claims for years and the council covered it up.')).toEqual([
      ['crimeAllegation', 'fiddled his mileage', 'block'],
      ['dishonestyAllegation', 'covered it up', 'warn'],
    ]);
  });

  test('reads “as bent as they come” as an allegation against the person named', () => {
    expect(summary('The chair of planning is as bent as they come.')).toEqual([['crimeAllegation', 'as bent as they come', 'warn']]);
  });
});
