import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../submission/sample-portfolio.test-data.js';
import { findIdentifyingData, type FindingKind, type KnownName } from './identifying-data.js';
import { plainTextOf } from './pseudonyms.js';
import { generatedSample } from './sample-texts.test-data.js';

const pupil = (name: string, pseudonym = ''): KnownName => ({ name, kind: 'pupil', pseudonym });
/** What was flagged, as "kind: text", in reading order. */
const flagged = (text: string, names: readonly KnownName[] = []) =>
  findIdentifyingData(text, names).map((finding) => `${finding.kind}: ${finding.text}`);
const flaggedAs = (kind: FindingKind, text: string) =>
  findIdentifyingData(text, [])
    .filter((finding) => finding.kind === kind)
    .map((finding) => finding.text);

describe('names on the writer’s list', () => {
  it('finds a listed name as a whole word in any case, with its possessive, and says which list it is on', () => {
    const findings = findIdentifyingData("Jamie read aloud. JAMIE’s mum and jamie's dad came; Jamieson did not.", [
      pupil('Jamie'),
    ]);
    expect(findings.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: 'Jamie', start: 0, end: 5 },
      { text: 'JAMIE', start: 18, end: 23 },
      { text: 'jamie', start: 34, end: 39 },
    ]);
    expect(findings[0]?.reason).toBe('A name on your list (pupil).');
  });

  it('does not find a listed name inside a longer or hyphenated name', () => {
    expect(flagged('Joanna, Jamie-Lee and O’Neill joined.', [pupil('Ann'), pupil('Jamie'), pupil('Neill')])).toEqual(
      [],
    );
  });

  it('finds a school or council name across any white space, and says what it is', () => {
    const names: KnownName[] = [
      { name: 'Elmfield Primary School', kind: 'school', pseudonym: 'the school' },
      { name: 'Northshire County Council', kind: 'local-authority', pseudonym: '' },
    ];
    const findings = findIdentifyingData('At Elmfield  Primary\nSchool, Northshire\u00A0County Council pays.', names);
    expect(findings.map((finding) => [finding.text, finding.reason])).toEqual([
      ['Elmfield  Primary\nSchool', 'A name on your list (school).'],
      ['Northshire\u00A0County Council', 'A name on your list (local authority).'],
    ]);
  });

  it('prefers the longest listed name, and keeps a listed name over a guessed one', () => {
    const names: KnownName[] = [
      { name: 'Elmfield', kind: 'school', pseudonym: '' },
      { name: 'Elmfield Primary School', kind: 'school', pseudonym: '' },
      pupil('Jamie'),
    ];
    expect(flagged('Elmfield Primary School welcomed the pupil Jamie Smith.', names)).toEqual([
      'known-name: Elmfield Primary School',
      'known-name: Jamie',
      'name-near-pupil-word: Smith',
    ]);
  });

  it('matches either apostrophe in a listed name', () => {
    expect(
      flagged("Mrs O’Farrigan and Mrs O'Farrigan", [{ name: "O'Farrigan", kind: 'staff', pseudonym: '' }]),
    ).toEqual(['known-name: O’Farrigan', "known-name: O'Farrigan"]);
  });

  it('ignores blank and one-letter entries on the list', () => {
    expect(flagged('A pupil wrote a story.', [pupil(''), pupil(' '), pupil('A')])).toEqual([]);
  });
});

describe('names near a word for a child', () => {
  it.each([
    ['Then pupil Jamie read aloud.', 'Jamie'],
    ['A Year 5 pupil, Jamie Smith, joined us.', 'Jamie Smith'],
    ['Jamie (Year 4) has a reading age of 7.', 'Jamie'],
    ['Zainab (Y5) uses a writing slope.', 'Zainab'],
    ['Jamie, a pupil with ASD, likes trains.', 'Jamie'],
    ['When Tobias, a Year 2 boy, arrived he hid.', 'Tobias'],
    ['I asked Leo (a Year 2 boy with Down syndrome) what helped.', 'Leo'],
    ['Amy is a quiet Year 3 girl.', 'Amy'],
    ['Her son Kai had been excluded.', 'Kai'],
    ['My daughter, Ellie-Mae, was assessed.', 'Ellie-Mae'],
    ['Ayaan, aged 9, loves trains.', 'Ayaan'],
    ['Kacper, who is in Year 4, struggles.', 'Kacper'],
    ['I worked with Kestrin in Year 3 on spelling.', 'Kestrin'],
    ['Grace’s mum came in.', 'Grace'],
    ['Oliwia has an EHCP for speech.', 'Oliwia'],
    ['The learner, Zoë Nowak, was new.', 'Zoë Nowak'],
    ['Learners such as Brisella benefited.', 'Brisella'],
  ])('finds the name in “%s”', (text, name) => {
    expect(flaggedAs('name-near-pupil-word', text)).toEqual([name]);
  });

  it('finds every name in a list after the word for a child, and says which word it was', () => {
    const findings = findIdentifyingData(
      'Year 3 pupils Ruby, Alfie and Mo joined; the girls (Amy and Zoë) watched.',
      [],
    );
    expect(findings.map((finding) => finding.text)).toEqual(['Ruby', 'Alfie', 'Mo', 'Amy', 'Zoë']);
    expect(findings[0]?.reason).toBe('Looks like a name after “pupils”.');
  });

  it.each([
    'Pupil A and Child B worked with Student 3 and P1.',
    'The Year 5 pupil, Pupil C, used a visual timetable.',
    'The school receives Pupil Premium funding, and pupil voice was gathered.',
    'Pupil Asset data and the Pupil Referral Unit; Child Protection training.',
    'In Year 6 (Key Stage 2) the pupils sit the KS2 SATs; the SENCO, TA, LSA and SLT met.',
    'SEN, SEND, EHCP, EHC, ASD, ADHD, SEMH, SLCN, MLD, SpLD, DfE and Ofsted guidance for pupils.',
    'However, a pupil with SEMH needs may struggle. Overall, the children responded well.',
    'Wednesday afternoons, a quiet time for the Year 4 pupils, suited them.',
    'In March, the Year 6 pupils visited; Reception (Year R) children stayed.',
    'Phonics (Year 1) scores rose. Attendance in Year 3 fell.',
    'Reading Recovery, a programme for Year 1 children, ended.',
    'Talk Boost, a targeted programme for children with language delay, began.',
    'Highfield Lodge (Year 7 to 11) is the nearest special school.',
    'Educational Psychologists, a scarce resource for our pupils, visit.',
    'Children: Reception to Year 2. Pupils: see Appendix 2.',
    'The SEND Code of Practice (2015) and the Children and Families Act 2014 apply.',
    'The Boys Brigade and Student Ambassadors met.',
    'Assessments (Year 2) were moderated.',
  ])('flags nothing in “%s”', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('does not flag a pseudonym the writer chose', () => {
    expect(flagged('The pupil Jay and Amy, a Year 4 girl.', [pupil('Jamie', 'Jay'), pupil('Amelia', 'Amy')])).toEqual(
      [],
    );
  });

  it('does not find a name whose only clue is further along the sentence (a known limit)', () => {
    expect(flagged('I first met Zephyrine when she was in Year 4.')).toEqual([]);
  });
});

describe('a title and a name', () => {
  it.each([
    ['I met Mrs Patel.', 'Mrs Patel'],
    ["Dr. O'Neill wrote the report.", "Dr. O'Neill"],
    ['Ask Mr Smith-Jones.', 'Mr Smith-Jones'],
    ['Ms Jane Doe attended.', 'Ms Jane Doe'],
    ['Miss J. Okonkwo and Mx Rowe', 'Miss J. Okonkwo'],
    ['Mrs McTavisham’s support', 'Mrs McTavisham'],
    ['Mr Young, the class teacher', 'Mr Young'],
    ['Ask Mrs Page Year 4 teacher', 'Mrs Page'],
    ['Mrs May and Mr Head', 'Mrs May'],
  ])('finds the name in “%s”', (text, name) => {
    expect(flaggedAs('title-and-name', text)[0]).toBe(name);
  });

  it('keeps the first name flagged when the surname is on the list', () => {
    expect(flagged('Mrs Jane Patel came.', [{ name: 'Patel', kind: 'staff', pseudonym: '' }])).toEqual([
      'title-and-name: Jane',
      'known-name: Patel',
    ]);
  });

  it('does not take a resource for a name after a title', () => {
    expect(flagged('The children signed along with Mr Tumble.')).toEqual([]);
  });

  it('says which title it followed', () => {
    expect(findIdentifyingData('Dr Rowe', [])[0]?.reason).toBe('Looks like a name after “Dr”.');
  });

  it('does not take an initial alone or a lower-case word for a name', () => {
    expect(flagged('The TA, Mrs B, kept a log; Mr and Mrs were both there; dr smith.')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each([
    ['Jamie was born on 14/03/2016 in Leeds.', '14/03/2016'],
    ['DOB: 14.03.16', '14.03.16'],
    ['(D.O.B. 2016-03-14)', '2016-03-14'],
    ['Her date of birth is 14 March 2016.', '14 March 2016'],
    ['His birthday is March 14th 2016, the youngest.', 'March 14th 2016'],
    ['born prematurely at 28 weeks on the 2nd of May 2015', '2nd of May 2015'],
    ['Date of birth\n\nUPN\n\n03/11/2017', '03/11/2017'],
  ])('finds the date in “%s”', (text, date) => {
    expect(flaggedAs('date-of-birth', text)).toEqual([date]);
    expect(findIdentifyingData(text, []).find((finding) => finding.kind === 'date-of-birth')?.reason).toBe(
      'Looks like a date of birth.',
    );
  });

  it.each([
    'The annual review meeting was on 14/03/2024.',
    'Born out of the 2014 reforms, EHC plans replaced statements on 1 September 2014.',
    'The new unit, born of a 2022 review, opened on 5 September 2023.',
    'Each pupil’s birthday was marked in class. The review was on 4 March 2024.',
    'I was born into a family of teachers and qualified in 2009, on a wet 3 July 2009 afternoon that was long ago.',
  ])('leaves other dates alone in “%s”', (text) => {
    expect(flaggedAs('date-of-birth', text)).toEqual([]);
  });

  it('takes only the first date after the cue', () => {
    expect(flaggedAs('date-of-birth', 'born 14/03/2016, reviewed 20/05/2024')).toEqual(['14/03/2016']);
  });
});

describe('Unique Pupil Numbers', () => {
  it.each(['A123456789012', 'K1234 5678 9012', 'B 123456789012'])('finds %s', (upn) => {
    expect(flagged(`The UPN was ${upn}.`)).toEqual([`upn: ${upn}`]);
  });

  it.each(['A1234567890123', 'A12345678901', 'AB123456789012', 'A1234 5678 9012 3456', '123456789012'])(
    'does not take %s for one',
    (text) => {
      expect(flaggedAs('upn', `Ref ${text} here`)).toEqual([]);
    },
  );
});

describe('postcodes', () => {
  it.each(['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'sw1a1aa', 'CR26XH', 'w1a 0ax'])(
    'finds %s',
    (postcode) => {
      expect(flagged(`They live near ${postcode}, by the park.`)).toEqual([`postcode: ${postcode}`]);
    },
  );

  it.each(['Y4 2nd term', 'KS2 3rd', 'KS2 SATs', 'an A4 sheet', 'Year 6 6th form', 'covid19 in 2020'])(
    'does not take “%s” for one',
    (text) => {
      expect(flaggedAs('postcode', text)).toEqual([]);
    },
  );
});

describe('email addresses and phone numbers', () => {
  it('finds an email address whole, even with a listed name inside it', () => {
    expect(flagged('Email jamie.smith@elmfield.sch.uk.', [pupil('Jamie')])).toEqual([
      'email: jamie.smith@elmfield.sch.uk',
    ]);
  });

  it.each([
    '07700 900123',
    '01632 960 001',
    '020 7946 0958',
    '+44 7700 900123',
    '(01632) 960001',
    '+44 (0)20 7946 0958',
    '07700900123',
    '0113 496 0000',
  ])('finds %s', (phone) => {
    expect(flagged(`Ring ${phone} after 4.`)).toEqual([`phone: ${phone}`]);
  });

  it.each([
    'The limit is 5,000 words, see page 12 and pages 014 to 020.',
    'Between 2019 and 2023, 412 pupils; scores 0 10 20 30 40 50.',
    'Sessions ran from 09:15 to 09:45 on 01/02/2024.',
    'The ISBN is 978-0-19-852663-6 and 0-19-852663-6.',
    'Attendance was 94.5% against 96.1%; extension 214.',
    'The number 0044 7700 900123 is not written the UK way.',
    'Rooms 01 02 03 04 05 were booked.',
  ])('does not take numbers in “%s” for phone numbers', (text) => {
    expect(flaggedAs('phone', text)).toEqual([]);
  });
});

describe('the findings together', () => {
  it('lists findings in order with offsets into the text, none overlapping', () => {
    const text = 'Mrs Patel (jo.patel@elmfield.sch.uk, 01632 960001) met pupil Leo, DOB 01/02/2016.';
    const findings = findIdentifyingData(text, []);
    expect(findings.map((finding) => finding.kind)).toEqual([
      'title-and-name',
      'email',
      'phone',
      'name-near-pupil-word',
      'date-of-birth',
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    findings.slice(1).forEach((finding, index) => expect(finding.start).toBeGreaterThanOrEqual(findings[index]!.end));
  });

  it('finds every identifier planted in a generated sample', () => {
    const sample = generatedSample(20260, 120);
    const findings = findIdentifyingData(sample.text, sample.names);
    const missed = sample.planted.filter(
      (planted) => !findings.some((finding) => finding.start < planted.end && planted.start < finding.end),
    );
    expect(sample.planted.length).toBeGreaterThan(100);
    expect(new Set(sample.planted.map((planted) => planted.kind)).size).toBe(8);
    expect(missed.map((planted) => `${planted.kind}: ${sample.text.slice(planted.start, planted.end)}`)).toEqual([]);
  });

  it('finds nothing in the invented sample portfolio, which uses only pseudonyms', () => {
    const records = sampleRecords({ wordsPerPart: 3000 });
    const text = [...records.documents.values(), ...records.commentaries.values()].map(plainTextOf).join('\n\n');
    expect(text.length).toBeGreaterThan(10_000);
    expect(flagged(text)).toEqual([]);
  });
});
