import type { FindingKind, KnownName } from './identifying-data.js';
import { HARMLESS_SENTENCES, IDENTIFYING_SENTENCES } from './sample-sentences.test-data.js';

/**
 * Invented SENCO portfolio prose for measuring the pupil-data check: every name, school,
 * council, number and address here is made up (the phone numbers are in Ofcom's ranges kept
 * for drama). Identifiers of every kind are planted, and so are the things that must not be
 * flagged: Pupil Premium, Year 6, EHCP, meeting dates, "5,000 words", "Code of Practice
 * (2015)", capitals at sentence starts and pseudonyms such as Pupil A.
 *
 * A name is planted only where something around it marks it as a name (a word for a child,
 * a title) or where it is on the list: a name with neither is beyond what the check claims.
 */

export interface PlantedIdentifier {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
}

export interface GeneratedSample {
  readonly text: string;
  readonly names: KnownName[];
  readonly planted: PlantedIdentifier[];
}

const FIRST_NAMES = [
  'Zephyrine',
  'Orlamund',
  'Tazmira',
  'Kestrin',
  'Lunavere',
  'Brisella',
  'Fennick',
  'Wrenna',
  'Corvinus',
  'Quenby',
  'Ondrey',
  'Perrimay',
  'Saffrey',
  'Thibbet',
  'Yarrowin',
  'Mabberly',
  'Jorvik',
  'Elowenna',
  'Dashiell-Ray',
  "D'Arcelle",
  'Bramwen',
  'Emberlyn',
  'Gwendrel',
  'Jessamond',
];
const SURNAMES = [
  'Quillfeather',
  'Brackenbury',
  'Wexley-Thorne',
  "O'Farrigan",
  'McTavisham',
  'Pennywhistle',
  'Fettlecombe',
  'Grimsditch',
  'Thistlewood',
  'Ambleforth',
  'Dunnigale',
  'Harrowgate-Pike',
  'Mossbottom',
  'Ravensquill',
  'Crumplehorn',
  'Larkspurr',
];
const SCHOOLS = [
  { name: 'Elmfield Primary School', short: 'Elmfield', domain: 'elmfield.sch.uk' },
  { name: 'Hollowbrook Academy', short: 'Hollowbrook', domain: 'hollowbrook.academy' },
  { name: 'St Wendreda’s CE Primary School', short: 'St Wendreda’s', domain: 'stwendredas.sch.uk' },
];
const AUTHORITIES = ['Northshire County Council', 'Wexmoor Borough Council', 'East Fennland Council'];
const PLACES = ['Wexcombe Family Hub', 'Larkhollow Library', 'Brindle Street Clinic'];
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Dr.', 'Mrs.'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const PSEUDONYMS = ['Pupil A', 'Pupil B', 'Child C', 'Student 3', 'P1', 'Pupil D', 'Child E', 'Learner F'];

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedSample(seed: number, paragraphs: number): GeneratedSample {
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const shuffled = <T>(items: readonly T[]): T[] =>
    items
      .map((item) => ({ item, order: random() }))
      .sort((a, b) => a.order - b.order)
      .map(({ item }) => item);

  const firstNames = shuffled(FIRST_NAMES);
  const surnames = shuffled(SURNAMES);
  const pupils = firstNames.slice(0, 4);
  const children = firstNames.slice(4);
  const staff = surnames.slice(0, 2);
  const adults = surnames.slice(2);
  const school = pick(SCHOOLS);
  const authority = pick(AUTHORITIES);
  const place = pick(PLACES);
  const names: KnownName[] = [
    ...pupils.map((name, index) => ({ name, kind: 'pupil' as const, pseudonym: `Pupil ${'WXYZ'[index] ?? ''}` })),
    ...staff.map((name, index) => ({ name, kind: 'staff' as const, pseudonym: `Teacher ${index + 1}` })),
    { name: school.name, kind: 'school', pseudonym: 'the school' },
    { name: school.short, kind: 'school', pseudonym: 'the school' },
    { name: authority, kind: 'local-authority', pseudonym: 'the local authority' },
    { name: place, kind: 'other', pseudonym: '' },
  ];

  const day = () => 1 + Math.floor(random() * 28);
  const month = () => 1 + Math.floor(random() * 12);
  const two = (value: number) => String(value).padStart(2, '0');
  const ordinal = (value: number) =>
    `${value}${value % 10 === 1 && value !== 11 ? 'st' : value % 10 === 2 && value !== 12 ? 'nd' : value % 10 === 3 && value !== 13 ? 'rd' : 'th'}`;
  const date = (firstYear: number) => {
    const [d, m, y] = [day(), month(), firstYear + Math.floor(random() * 6)];
    const monthName = MONTHS[m - 1]!;
    return pick([
      `${two(d)}/${two(m)}/${y}`,
      `${two(d)}.${two(m)}.${String(y).slice(2)}`,
      `${d} ${monthName} ${y}`,
      `${monthName} ${ordinal(d)} ${y}`,
      `${y}-${two(m)}-${two(d)}`,
      `${ordinal(d)} of ${monthName} ${y}`,
    ]);
  };
  const postcode = () => {
    const letter = (from: string) => from[Math.floor(random() * from.length)]!;
    const first = letter('ABCDEGHKLMNOPRSTUWYZ');
    const outward = pick([
      `${first}${digits(1)}`,
      `${first}${digits(2)}`,
      `${first}${letter('ABCDEFGHKLMNOPRSTUWY')}${digits(1)}`,
      `${first}${letter('ABCDEFGHKLMNOPRSTUWY')}${digits(2)}`,
      `${first}${digits(1)}${letter('ABCDEFGHJKPSTUW')}`,
      `${first}${letter('ABCDEFGHKLMNOPRSTUWY')}${digits(1)}${letter('ABEHMNPRVWXY')}`,
    ]);
    const written = `${outward}${random() < 0.85 ? ' ' : ''}${digits(1)}${letter('ABDEFGHJLNPQRSTUWXYZ')}${letter('ABDEFGHJLNPQRSTUWXYZ')}`;
    return random() < 0.1 ? written.toLowerCase() : written;
  };
  const upn = () => {
    const letter = 'ABCDEFGHJKLMNPRTUVWXYZ'[Math.floor(random() * 22)]!;
    return pick([
      `${letter}${digits(12)}`,
      `${letter}${digits(4)} ${digits(4)} ${digits(4)}`,
      `${letter} ${digits(12)}`,
    ]);
  };
  const phone = () =>
    pick([
      `07700 900${digits(3)}`,
      `01632 960${digits(3)}`,
      `01632 960 ${digits(3)}`,
      `020 7946 0${digits(3)}`,
      `+44 7700 900${digits(3)}`,
      `(01632) 960${digits(3)}`,
      `+44 (0)20 7946 0${digits(3)}`,
      `0113 496 0${digits(3)}`,
    ]);
  const email = () =>
    `${pick(firstNames).charAt(0)}.${pick(adults).replace(/[^A-Za-z]/gu, '')}@${pick([school.domain, 'northshire.gov.uk', 'brightwords-therapy.co.uk'])}`.toLowerCase();
  const schoolWritten = () =>
    random() < 0.1 ? school.name.toUpperCase() : random() < 0.1 ? school.name.replace(' ', '\u00A0') : school.name;

  const planted: Record<string, { kind: FindingKind; fill: () => string }> = {
    pupil: { kind: 'known-name', fill: () => pick(pupils) },
    staff: { kind: 'known-name', fill: () => `${pick(TITLES)} ${pick(staff)}` },
    school: { kind: 'known-name', fill: schoolWritten },
    schoolShort: { kind: 'known-name', fill: () => school.short },
    authority: { kind: 'known-name', fill: () => authority },
    place: { kind: 'known-name', fill: () => place },
    child: {
      kind: 'name-near-pupil-word',
      fill: () => (random() < 0.3 ? `${pick(children)} ${pick(adults)}` : pick(children)),
    },
    adult: {
      kind: 'title-and-name',
      fill: () => `${pick(TITLES)} ${random() < 0.2 ? `${pick(children)} ` : ''}${pick(adults)}`,
    },
    dob: { kind: 'date-of-birth', fill: () => date(2010) },
    upn: { kind: 'upn', fill: upn },
    postcode: { kind: 'postcode', fill: postcode },
    email: { kind: 'email', fill: email },
    phone: { kind: 'phone', fill: phone },
  };
  const harmless: Record<string, () => string> = {
    n: () => String(1 + Math.floor(random() * 6)),
    age: () => String(5 + Math.floor(random() * 7)),
    percent: () => String(10 + Math.floor(random() * 80)),
    page: () => String(2 + Math.floor(random() * 40)),
    date: () => date(2023),
    pseudonym: () => pick(PSEUDONYMS),
  };

  let text = '';
  const plantedSpans: PlantedIdentifier[] = [];
  const write = (template: string) => {
    for (const part of template.split(/(\{\w+\})/u)) {
      const slot = /^\{(\w+)\}$/u.exec(part)?.[1];
      const identifier = slot === undefined ? undefined : planted[slot];
      const filler = slot === undefined ? undefined : harmless[slot];
      if (identifier !== undefined) {
        const value = identifier.fill();
        plantedSpans.push({ kind: identifier.kind, start: text.length, end: text.length + value.length });
        text += value;
      } else text += filler === undefined ? part : filler();
    }
  };
  for (let index = 0; index < paragraphs; index++) {
    if (index > 0) text += '\n\n';
    const identifying =
      random() < 0.25 ? [] : Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(IDENTIFYING_SENTENCES));
    const ordinary = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(HARMLESS_SENTENCES));
    shuffled([...identifying, ...ordinary]).forEach((sentence, position) => {
      if (position > 0) text += ' ';
      write(sentence);
    });
  }
  return { text, names, planted: plantedSpans };
}
