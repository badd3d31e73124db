import { describe, expect, test } from 'vitest';
import abuse from '../../../src/checks/abuse.js';
import { runCheck } from '../../../src/engine/run-checks.js';
import { exampleCompiledPack, makeOptions } from '../../helpers/builders.js';
import { runCheckExamples } from '../../helpers/check-tester.js';

const pack = exampleCompiledPack();
const check = (text: string) => runCheck(abuse, text, makeOptions(), pack);
const summary = (text: string) => check(text).map((f) => [f.messageId, f.excerpt, f.severity]);
/** Whether the check flags a post (warn or block), as the eval counts it. */
const isFlagged = (text: string) => check(text).some((f) => f.severity !== 'advise');

describe('abuse', () => {
  runCheckExamples(abuse);

  test('reports name-calling and the idiom that goes with it, with spans in the text as typed', () => {
    const text = 'The idiots running highways couldn’t organise a piss-up in a brewery. Sack the lot of them.';
    expect(check(text).map((f) => [f.messageId, f.start, f.end, f.severity])).toEqual([
      ['insult', text.indexOf('idiots'), text.indexOf(' running'), 'warn'],
      ['insult', text.indexOf('couldn’t'), text.indexOf('.'), 'warn'],
    ]);
  });

  test('reports a personal attack on a named officer and the call for her to be sacked', () => {
    expect(summary('Sarah Jones in planning is useless and should be sacked.')).toEqual([
      ['personalAttack', 'useless', 'warn'],
      ['bullying', 'should be sacked', 'warn'],
    ]);
  });

  test('names the person attacked in the message', () => {
    expect(check('The chief executive is completely incompetent.').map((f) => f.message)).toEqual([
      'This attacks the chief executive personally. Criticism of a person rather than a decision can be seen as disrespect or bullying.',
    ]);
  });

  test('flags figurative insults only when they are said of people', () => {
    expect(
      [
        'Cllr Brown is a pathetic, lying snake and everyone knows it.',
        'Bunch of clowns running this council.',
        'You absolute muppet, Dave.',
        'Vote for me, not the clowns in charge.',
        'Pack of lying snakes, the lot of them #Tories',
        'A grass snake was spotted in the nature reserve this morning.',
        'Face painting and clowns at the fun day on Saturday!',
        'If you are a snake owner, please register with the council.',
        'The Muppet Christmas Carol is showing at the library on Saturday.',
      ].map(isFlagged),
    ).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  test('blocks slurs, threats and dehumanising language about groups', () => {
    expect([
      ...summary('Gyppos have been back on the common again.'),
      ...summary('Whoever dumped this lot deserves a bullet.'),
      ...summary('Another infestation of travellers on the rec.'),
      ...summary('Migrants are vermin.'),
    ]).toEqual([
      ['slur', 'Gyppos', 'block'],
      ['threat', 'deserves a bullet', 'block'],
      ['dehumanising', 'infestation', 'block'],
      ['dehumanising', 'vermin', 'block'],
    ]);
  });

  test('reports hostile generalisations, following "they" back to the group in the sentence before', () => {
    expect(summary('Travellers left the rec in a mess again. They are all the same.')).toEqual([['hostileGeneralisation', 'all the same', 'warn']]);
    expect(summary('Typical of these travellers to leave the site in a state. They should go back where they came from.')).toEqual([
      ['hostileGeneralisation', 'Typical', 'warn'],
      ['hostileGeneralisation', 'go back where they came from', 'warn'],
    ]);
  });

  test('passes positive and factual mentions of groups', () => {
    expect([
      ...check('Brilliant turnout at the Pride picnic on Jesus Green today 🏳️‍🌈'),
      ...check('The Traveller site consultation closes on Friday; all views are welcome.'),
      ...check('Proud to support Refugee Week. Our town has a long history of welcoming people.'),
      ...check('Typical British summer: the fete was rained off but spirits were high.'),
      ...check('Great to see so many travellers using the new bus station today.'),
      ...check('Migrants make a huge contribution to our NHS.'),
    ]).toEqual([]);
  });

  test('passes place names and words that contain a swear word (the Scunthorpe problem)', () => {
    expect([
      ...check('Scunthorpe United fans: the road closure on Glanford Way ends on Friday.'),
      ...check('Penistone Road is closed and the Cockermouth flood defences are holding up.'),
      ...check('Essex and Sussex officers will assess the classic bus shelter design.'),
      ...check('The roof of the Sussex Street toilets is in a shocking state.'),
      ...check('Come and see Dick Whittington at the Corn Exchange!'),
      ...check('Blue tits and great tits are nesting in the new boxes.'),
    ]).toEqual([]);
  });

  test('passes abuse quoted to condemn it, apologies and jokes at the writer’s own expense', () => {
    expect([
      ...check('I was called a ‘lying scumbag’ today. Abuse like this has no place in politics.'),
      ...check('I apologise for calling Cllr Smith an idiot yesterday.'),
      ...check('I’m such an idiot, I left my keys at the hall.'),
      ...check('What a muppet I am, forgot the raffle tickets.'),
      ...check('Call me a dinosaur, but I still like a paper agenda.'),
      ...check('Cllr Brown told me I was an idiot. Charming.'),
      ...check('Don’t be a muppet: check your smoke alarm this weekend.'),
    ]).toEqual([]);
  });

  test('still reports an insult the writer stands by', () => {
    expect([...summary('I told Cllr Brown he was an idiot and I stand by it.'), ...summary('Cllr Smith is an idiot, I think.')]).toEqual([
      ['insult', 'idiot', 'warn'],
      ['insult', 'idiot', 'warn'],
    ]);
  });

  test('passes robust but civil criticism of decisions and policies', () => {
    expect([
      ...check('I strongly disagree with the cabinet’s decision to cut bus subsidies and I’ll keep pressing them to think again.'),
      ...check('The government’s policy is a disaster for rural areas.'),
      ...check('The leader’s policy on parking is a joke.'),
      ...check('Officers said the new bus timetable is useless for shift workers, so we are changing it.'),
      ...check('This is a stupid place for a bus stop and I’ve asked highways to look again.'),
    ]).toEqual([]);
  });

  test('gives only advice for mild words, and nothing for the bin collection', () => {
    expect([
      ...summary('What a bloody mess the roadworks are.'),
      ...summary('The scheme has been a cock-up from start to finish.'),
      ...summary('Rubbish collections will be a day late next week.'),
    ]).toEqual([
      ['mildLanguage', 'bloody', 'advise'],
      ['mildLanguage', 'cock-up', 'advise'],
    ]);
  });

  test('passes pests, vermin control and other ordinary uses of dehumanising words', () => {
    expect([
      ...check('Reports of rats near the bins on Mill Road: pest control are visiting tomorrow.'),
      ...check('There’s a rat infestation behind the chip shop; residents have been told.'),
      ...check('The rat run through Arbury will close to through traffic from Monday.'),
      ...check('Kill your speed: new 20mph limits start Monday.'),
      ...check('I could murder a cup of tea after that meeting.'),
      ...check('Pond scum and algae have been cleared from the village pond.'),
    ]).toEqual([]);
  });

  test('flags realistic abusive posts in British English', () => {
    expect(
      [
        'Cllr Smith is an absolute MUPPET and always has been.',
        'The numpties in highways have closed the wrong road AGAIN.',
        'What a clown. Cllr Patel couldn’t run a bath.',
        'Honestly the leader is a total waste of space.',
        'The parking team are a bunch of jobsworths.',
        'Another day, another moronic comment from the usual keyboard warriors. Get a life.',
        'Shame on the idiot who dumped a fridge in Mill Lane.',
        'Can whoever keeps nicking the planters please stop, you absolute scumbags.',
        'Cllr Brown, you’re a disgrace.',
        'That woman is a nasty, vile piece of work.',
        'Shut your mouth and let the adults talk.',
        'The Romanians are all thieving scroungers.',
        'Go back to your own country.',
        'Someone should string him up for what he did to this town.',
        'Watch your back, Cllr Ahmed.',
        'Another retarded idea from County Hall.',
        'ffs the leader is such a prat',
        '#SackTheIdiots',
        'Cheers Cllr Brown, you absolute weapon.',
        'Tory scum out!',
        'He’s a lying toad.',
      ].map(isFlagged),
    ).toEqual(Array(21).fill(true));
  });

  test('passes realistic civic posts that share words with abuse', () => {
    expect(
      [
        'Gritters are out tonight on all priority routes. Take care on the roads!',
        'Officers have worked incredibly hard this winter; thank you.',
        'Silly me, I posted the wrong date. The surgery is on the 5th, not the 3rd.',
        'I felt like a right muppet turning up on the wrong day.',
        'Thank you to the clowns who entertained the kids at the fun day.',
        'We have a pig farmer and a sheep farmer on the parish council now!',
        'Cutting the first sod at the new school site today!',
        'Our Gypsy, Roma and Traveller liaison officer is doing brilliant work.',
        'Thanks to the developers for funding the new play park.',
        'Bloody freezing at the Remembrance parade this morning, but well worth it.',
        'This app is a useful tool for reporting potholes.',
        'The key plank of our manifesto is affordable housing.',
      ].map(isFlagged),
    ).toEqual(Array(12).fill(false));
  });

  test('puts a figurative insult on people by a party label or a trait, by what they do, by where they sit, or by a remark to them', () => {
    expect(
      [
        'Reform clowns pretending they care about the NHS. Spare me.',
        'The NIMBYs on Orchard Lane would object to a bus shelter if they could. Selfish muppets.',
        'Some of the dinosaurs on this council still think a cycle lane is a communist plot.',
        'Another evening listening to the snowflakes on the Lib Dem benches whinge about consultation.',
        'Well done to highways for closing both bridges on the same weekend. Take a bow, clowns.',
        'Clowns, balloons and a magician at the Eastfield fun day. Thanks to all who came!',
        'Snowflakes falling on the Christmas lights switch-on, magical!',
        'Rats on the council estate: environmental health are baiting this week.',
        'Green snakes and lizards at the reptile show at the community centre on Sunday.',
        'Sheep grazing on the common again, please keep dogs on leads.',
      ].map(isFlagged),
    ).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  test('reports a labelled insult on the insulting word, in the text as typed', () => {
    const text = 'Reform clowns pretending they care about the NHS.';
    expect(check(text).map((f) => [f.messageId, f.start, f.end, f.severity])).toEqual([['insult', text.indexOf('clowns'), text.indexOf(' pretending'), 'warn']]);
  });

  test('reports hostile hints about a group named in the sentence before, but not the same words on their own', () => {
    expect(summary('Travellers are back on the rec. Lock up your sheds, we all know what happens next.')).toEqual([
      ['hostileGeneralisation', 'Lock up your sheds', 'warn'],
      ['hostileGeneralisation', 'we all know what happens', 'warn'],
    ]);
    expect(check('Lock up your bikes! Cycle thefts are up in the town centre and police advise D-locks.')).toEqual([]);
  });

  test('reports "these people come over here" without a group being named', () => {
    expect(summary('These people come over here, jump the housing queue and we are expected to smile about it.')).toEqual([
      ['hostileGeneralisation', 'These people come over here', 'warn'],
    ]);
  });

  test('reports hostile claims about Muslims, trans people and migrants phrased without slurs', () => {
    expect(
      [
        'Not being funny but the Muslims round Stanley Road don’t want to integrate and never will.',
        'Trans activists are a danger to women and girls and should be kept out of our schools.',
        'Illegals in four star hotels while our veterans sleep on the streets. Disgusting.',
        'Proud to stand with our Muslim neighbours at the peace vigil tonight.',
        'Trans people deserve to feel safe in our town.',
        'Migrants make up a third of the staff at our hospital. We’d be lost without them.',
      ].map(isFlagged),
    ).toEqual([true, true, true, false, false, false]);
  });

  test('takes "we" as the writer, so "we’d be hypocrites" is not an insult', () => {
    expect(check('We’d be hypocrites if we campaigned for buses and then cut the 47.')).toEqual([]);
    expect(isFlagged('Bunch of hypocrites opposite voting against the budget they wrote.')).toBe(true);
  });

  test('passes criticism of a body’s record but reports name-calling of it', () => {
    expect(check('The planning committee was useless at holding the contractor to account.')).toEqual([]);
    expect(summary('The planning committee are a bunch of clowns.')).toEqual([['insult', 'clowns', 'warn']]);
  });

  test('follows the subject through a relative clause', () => {
    expect(summary('Anyone who backs Reform is a thick racist, simple as.')).toEqual([['personalAttack', 'thick', 'warn']]);
  });

  test('reports insulting emoji aimed at a named person, with the span on the emoji', () => {
    const text = 'Cllr Dobbs 🤡🤡🤡 strikes again';
    expect(check(text).map((f) => [f.messageId, f.start, f.end, f.message])).toEqual([
      ['insult', text.indexOf('🤡'), text.indexOf(' strikes'), 'Name-calling such as “🤡🤡🤡” can be seen as failing to treat others with respect.'],
    ]);
  });

  test('reads an emoji as an insult only when it is aimed at a person', () => {
    expect(
      [
        'Absolute state of @CllrMorrisDunton 🤮🤮 How did you ever get elected?',
        'Another brilliant decision by Cllr Dobbs 🤡',
        'Clown workshop at the fun day with Cllr Smith 🤡🎈',
        'Reported the rats on Mill Road to Cllr Smith 🐀 and pest control are going out Monday.',
        'Rats spotted behind the shops on Mill Road again 🐀 Reported to pest control.',
        'The state of the bus station 🤮',
      ].map(isFlagged),
    ).toEqual([true, true, false, false, false, false]);
  });

  test('takes “liar” and idioms of stupidity as name-calling, but not when denied or reported', () => {
    expect(
      [
        'Cllr Patel is a liar and everyone in this chamber knows it.',
        'Cllr Harding has the brains of a goldfish and the manners of a pig.',
        'Cllr Hale is a few sandwiches short of a picnic.',
        'Cllr Hale is about as much use as a chocolate teapot.',
        'Cllr Long is an absolute embarrassment.',
        'Cllr Patel is not a liar, whatever you read on here.',
        'I was called a liar at full council last night.',
        'The new bus app is about as much use as a chocolate teapot.',
        'I have the memory of a goldfish today, sorry all.',
      ].map(isFlagged),
    ).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  test('reports “heads should roll” about officers who did wrong, not officers who only told us', () => {
    expect(summary('Shocking that the officers have buried this report. Heads should roll.')).toEqual([['bullying', 'Heads should roll', 'warn']]);
    expect(check('Can’t believe what officers told us about the depot. Heads should roll.')).toEqual([]);
  });

  test('finds the insult in “the muppet in planning”', () => {
    expect(summary('To the muppet in planning who signed this off: get a grip.')).toEqual([['insult', 'muppet', 'warn']]);
  });

  test('leaves an attack on a scheme, and condemnation of abuse, alone', () => {
    expect(
      [
        'Hawthorn Farm is a disgrace of a scheme.',
        'Hawthorn Farm is a disgrace.',
        'Your roads are a disgrace @ExampleshireCC.',
        'Some of the comments I’ve had about Travellers this week are disgusting. They are our neighbours.',
        'Cllr Ward is a disgrace of a councillor.',
      ].map(isFlagged),
    ).toEqual([false, false, false, false, true]);
  });

  test('reads “thick as they come” as name-calling wherever it is', () => {
    expect(summary('Typical Reform voters - thick as they come.')).toEqual([['insult', 'thick as they come', 'warn']]);
  });
});
