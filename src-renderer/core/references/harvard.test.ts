import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';
import { harvardReference, harvardText } from './harvard.js';
import { EMPTY_REFERENCE, missingFields, type PersonName, type ReferenceFields } from './reference.js';
import { orderReferences } from './reference-list.js';

const person = (family: string, given: string): PersonName => ({ family, given });
const people = (...list: PersonName[]) => ({ kind: 'people' as const, people: list });
const organisations = (short: string, ...names: string[]) => ({ kind: 'organisations' as const, names, short });
const ref = (fields: Partial<ReferenceFields>): ReferenceFields => ({ ...EMPTY_REFERENCE, ...fields });

const ACCESSED = '2026-10-12';

/** Real sources a SENCO cites, with the Cite Them Right reference each should produce. */
const REFERENCES: readonly [string, ReferenceFields, string][] = [
  [
    'a book by one author',
    ref({
      type: 'book',
      authors: people(person('Ainscow', 'Mel')),
      year: '2020',
      title: 'Promoting equity in schools: collaboration, inquiry and ethical leadership',
      place: 'Abingdon',
      publisher: 'Routledge',
    }),
    'Ainscow, M. (2020) Promoting equity in schools: collaboration, inquiry and ethical leadership. Abingdon: Routledge.',
  ],
  [
    'a book by two authors in a later edition',
    ref({
      type: 'book',
      authors: people(person('Frederickson', 'N.'), person('Cline', 'T.')),
      year: '2015',
      title: 'Special educational needs, inclusion and diversity',
      edition: '3',
      place: 'Maidenhead',
      publisher: 'Open University Press',
    }),
    'Frederickson, N. and Cline, T. (2015) Special educational needs, inclusion and diversity. 3rd edn. Maidenhead: Open University Press.',
  ],
  [
    'a book by three authors',
    ref({
      type: 'book',
      authors: people(person('Ainscow', 'M.'), person('Booth', 'T.'), person('Dyson', 'A.')),
      year: '2006',
      title: 'Improving schools, developing inclusion',
      place: 'Abingdon',
      publisher: 'Routledge',
    }),
    'Ainscow, M., Booth, T. and Dyson, A. (2006) Improving schools, developing inclusion. Abingdon: Routledge.',
  ],
  [
    'a book in its seventh edition by three authors',
    ref({
      type: 'book',
      authors: people(person('Cowne', 'E.'), person('Frankl', 'C.'), person('Gerschel', 'L.')),
      year: '2019',
      title: 'The SENCo handbook: leading and managing a whole school approach',
      edition: '7th edn',
      place: 'Abingdon',
      publisher: 'Routledge',
    }),
    'Cowne, E., Frankl, C. and Gerschel, L. (2019) The SENCo handbook: leading and managing a whole school approach. 7th edn. Abingdon: Routledge.',
  ],
  [
    'a journal article by four or more authors, with a DOI',
    ref({
      type: 'journal',
      authors: people(
        person('Webster', 'R.'),
        person('Blatchford', 'P.'),
        person('Bassett', 'P.'),
        person('Brown', 'P.'),
        person('Martin', 'C.'),
        person('Russell', 'A.'),
      ),
      year: '2010',
      title:
        'Double standards and first principles: framing teaching assistant support for pupils with special educational needs',
      journal: 'European Journal of Special Needs Education',
      volume: '25',
      issue: '4',
      pages: '319-336',
      doi: 'https://doi.org/10.1080/08856257.2010.513533',
    }),
    'Webster, R. et al. (2010) ‘Double standards and first principles: framing teaching assistant support for pupils with special educational needs’, European Journal of Special Needs Education, 25(4), pp. 319–336. Available at: https://doi.org/10.1080/08856257.2010.513533.',
  ],
  [
    'a journal article by one author, with a DOI',
    ref({
      type: 'journal',
      authors: people(person('Norwich', 'B.')),
      year: '2014',
      title:
        'Changing policy and legislation and its effects on inclusive and special education: a perspective from England',
      journal: 'British Journal of Special Education',
      volume: '41',
      issue: '4',
      pages: '403–425',
      doi: '10.1111/1467-8578.12079',
    }),
    'Norwich, B. (2014) ‘Changing policy and legislation and its effects on inclusive and special education: a perspective from England’, British Journal of Special Education, 41(4), pp. 403–425. Available at: https://doi.org/10.1111/1467-8578.12079.',
  ],
  [
    'a journal article by two authors, without a DOI',
    ref({
      type: 'journal',
      authors: people(person('Florian', 'L.'), person('Black-Hawkins', 'K.')),
      year: '2011',
      title: 'Exploring inclusive pedagogy',
      journal: 'British Educational Research Journal',
      volume: '37',
      issue: '5',
      pages: '813 - 828',
    }),
    'Florian, L. and Black-Hawkins, K. (2011) ‘Exploring inclusive pedagogy’, British Educational Research Journal, 37(5), pp. 813–828.',
  ],
  [
    'a chapter in a book with two editors',
    ref({
      type: 'chapter',
      authors: people(person('Lewis', 'A.'), person('Norwich', 'B.')),
      year: '2005',
      title: 'Overview and discussion: overall conclusions',
      editors: [person('Lewis', 'A.'), person('Norwich', 'B.')],
      bookTitle: 'Special teaching for special children? Pedagogies for inclusion',
      place: 'Maidenhead',
      publisher: 'Open University Press',
      pages: '206-221',
    }),
    'Lewis, A. and Norwich, B. (2005) ‘Overview and discussion: overall conclusions’, in A. Lewis and B. Norwich (eds) Special teaching for special children? Pedagogies for inclusion. Maidenhead: Open University Press, pp. 206–221.',
  ],
  [
    'a chapter in a book with one editor',
    ref({
      type: 'chapter',
      authors: people(person('Booth', 'Tony')),
      year: '2011',
      title: 'The name of the rose: inclusive values into action in teacher education',
      editors: [person('Forlin', 'Chris')],
      bookTitle: 'Teacher education for inclusion: changing paradigms and innovative approaches',
      place: 'Abingdon',
      publisher: 'Routledge',
      pages: '5–14',
    }),
    'Booth, T. (2011) ‘The name of the rose: inclusive values into action in teacher education’, in C. Forlin (ed.) Teacher education for inclusion: changing paradigms and innovative approaches. Abingdon: Routledge, pp. 5–14.',
  ],
  [
    'the SEND Code of Practice, by two departments, online',
    ref({
      type: 'government',
      authors: organisations('DfE and DoH', 'Department for Education', 'Department of Health'),
      year: '2015',
      title: 'Special educational needs and disability code of practice: 0 to 25 years',
      url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
      accessed: ACCESSED,
    }),
    'Department for Education and Department of Health (2015) Special educational needs and disability code of practice: 0 to 25 years. Available at: https://www.gov.uk/government/publications/send-code-of-practice-0-to-25 (Accessed: 12 October 2026).',
  ],
  [
    'a government document in print',
    ref({
      type: 'government',
      authors: organisations('DfE', 'Department for Education'),
      year: '2014',
      title: 'Keeping children safe in education',
      place: 'London',
      publisher: 'Department for Education',
    }),
    'Department for Education (2014) Keeping children safe in education. London: Department for Education.',
  ],
  [
    'the Children and Families Act 2014',
    ref({
      type: 'legislation',
      title: 'Children and Families Act 2014',
      actChapter: '6',
      url: 'https://www.legislation.gov.uk/ukpga/2014/6/contents',
      accessed: ACCESSED,
    }),
    'Children and Families Act 2014, c. 6. Available at: https://www.legislation.gov.uk/ukpga/2014/6/contents (Accessed: 12 October 2026).',
  ],
  [
    'the Equality Act 2010',
    ref({ type: 'legislation', title: 'Equality Act 2010', actChapter: 'c. 15' }),
    'Equality Act 2010, c. 15.',
  ],
  [
    'a web page by an organisation, with an accessed date',
    ref({
      type: 'web',
      authors: organisations('nasen', 'nasen'),
      year: '2023',
      title: 'Whole school SEND',
      url: 'https://www.wholeschoolsend.org.uk/',
      accessed: '2026-03-03',
    }),
    'nasen (2023) Whole school SEND. Available at: https://www.wholeschoolsend.org.uk/ (Accessed: 3 March 2026).',
  ],
  [
    'a web page with no date',
    ref({
      type: 'web',
      authors: organisations('EEF', 'Education Endowment Foundation'),
      year: null,
      title: 'Special educational needs in mainstream schools',
      url: 'https://educationendowmentfoundation.org.uk/education-evidence/guidance-reports/send',
      accessed: '2026-09-01',
    }),
    'Education Endowment Foundation (no date) Special educational needs in mainstream schools. Available at: https://educationendowmentfoundation.org.uk/education-evidence/guidance-reports/send (Accessed: 1 September 2026).',
  ],
  [
    'a report by an organisation',
    ref({
      type: 'report',
      authors: organisations('Ofsted', 'Ofsted'),
      year: '2021',
      title: 'Supporting SEND',
      place: 'Manchester',
      publisher: 'Ofsted',
    }),
    'Ofsted (2021) Supporting SEND. Manchester: Ofsted.',
  ],
  [
    'a report by people, online',
    ref({
      type: 'report',
      authors: people(person('Lamb', 'Brian')),
      year: '2009',
      title: 'Lamb inquiry: special educational needs and parental confidence',
      publisher: 'Department for Children, Schools and Families',
      place: 'Nottingham',
    }),
    'Lamb, B. (2009) Lamb inquiry: special educational needs and parental confidence. Nottingham: Department for Children, Schools and Families.',
  ],
  [
    'a chapter known only by its book, with one full stop after it',
    ref({
      type: 'chapter',
      authors: people(person('Booth', 'T.')),
      year: '2011',
      title: 'The name of the rose',
      editors: [person('Forlin', 'C.')],
      bookTitle: 'Teacher education for inclusion',
    }),
    'Booth, T. (2011) ‘The name of the rose’, in C. Forlin (ed.) Teacher education for inclusion.',
  ],
  [
    'an article in an online journal, by its article number',
    ref({
      type: 'journal',
      authors: people(person('Smith', 'J.')),
      year: '2023',
      title: 'Inclusion in practice',
      journal: 'Journal of Research in Special Educational Needs',
      volume: '23',
      issue: '1',
      pages: 'e12589',
    }),
    'Smith, J. (2023) ‘Inclusion in practice’, Journal of Research in Special Educational Needs, 23(1), e12589.',
  ],
];

describe('harvardReference', () => {
  it.each(REFERENCES)('formats %s', (_what, fields, expected) => {
    expect(harvardText(fields)).toBe(expected);
  });

  it('italicises the title of a whole work, not an article’s or a chapter’s', () => {
    const [, book] = REFERENCES[0]!;
    expect(
      harvardReference(book)
        .filter((run) => run.italic)
        .map((run) => run.text),
    ).toEqual(['Promoting equity in schools: collaboration, inquiry and ethical leadership']);
    const [, article] = REFERENCES[5]!;
    expect(
      harvardReference(article)
        .filter((run) => run.italic)
        .map((run) => run.text),
    ).toEqual(['British Journal of Special Education']);
    const [, chapter] = REFERENCES[7]!;
    expect(
      harvardReference(chapter)
        .filter((run) => run.italic)
        .map((run) => run.text),
    ).toEqual(['Special teaching for special children? Pedagogies for inclusion']);
  });

  it('turns given names into initials, hyphens kept', () => {
    expect(
      harvardText(
        ref({
          type: 'book',
          authors: people(person('Dupont', 'Jean-Paul Marie')),
          year: '2001',
          title: 'T',
          place: 'P',
          publisher: 'Q',
        }),
      ),
    ).toBe('Dupont, J.-P.M. (2001) T. P: Q.');
  });

  it('adds the suffix that tells apart one author’s works of the same year', () => {
    expect(harvardText(REFERENCES[0]![1], 'b')).toMatch(/^Ainscow, M\. \(2020b\)/);
  });
});

describe('an unfinished reference', () => {
  it('shows gaps for a year and title not yet entered, and says “no date” only when told', () => {
    expect(harvardText(ref({ type: 'book', authors: people(person('Ainscow', 'M.')) }))).toBe(
      'Ainscow, M. ([year]) [title].',
    );
    expect(harvardText(ref({ type: 'web', authors: people(person('Ainscow', 'M.')), year: null, title: 'Blog' }))).toBe(
      'Ainscow, M. (no date) Blog.',
    );
  });
});

describe('missingFields', () => {
  it('flags what a type needs and lacks, never guessing', () => {
    expect(
      missingFields(
        ref({ type: 'journal', authors: people(person('Norwich', 'B.')), year: '2014', title: 'Changing policy' }),
      ),
    ).toEqual(['journal', 'volume', 'pages']);
    expect(
      missingFields(
        ref({
          type: 'web',
          authors: organisations('', 'nasen'),
          year: null,
          title: 'Whole school SEND',
          url: 'https://example.org/',
        }),
      ),
    ).toEqual(['accessed']);
    expect(
      missingFields(
        ref({
          type: 'journal',
          doi: '10.1/x',
          authors: people(person('A', 'B')),
          year: '2000',
          title: 'T',
          journal: 'J',
          volume: '1',
          pages: '1',
        }),
      ),
    ).toEqual([]);
    expect(missingFields(EMPTY_REFERENCE)).toEqual(['authors', 'year', 'title', 'place', 'publisher']);
  });

  it('accepts a source the writer marks as having no date', () => {
    expect(
      missingFields(
        ref({
          type: 'government',
          authors: organisations('DfE', 'Department for Education'),
          year: null,
          title: 'Guidance',
        }),
      ),
    ).toEqual([]);
  });
});

describe('formatCitation', () => {
  const ainscow = { reference: REFERENCES[0]![1], suffix: '' };
  const code = { reference: REFERENCES[9]![1], suffix: '' };
  it.each([
    ['one source', [ainscow], false, '(Ainscow, 2020)'],
    ['a page', [{ ...ainscow, page: '12' }], false, '(Ainscow, 2020, p. 12)'],
    ['a page range', [{ ...ainscow, page: '12-14' }], false, '(Ainscow, 2020, pp. 12–14)'],
    ['narrative', [ainscow], true, 'Ainscow (2020)'],
    ['narrative with a page', [{ ...ainscow, page: '7' }], true, 'Ainscow (2020, p. 7)'],
    ['several sources', [ainscow, code], false, '(Ainscow, 2020; DfE and DoH, 2015)'],
    ['two authors', [{ reference: REFERENCES[1]![1], suffix: '' }], false, '(Frederickson and Cline, 2015)'],
    ['three authors', [{ reference: REFERENCES[2]![1], suffix: '' }], false, '(Ainscow, Booth and Dyson, 2006)'],
    ['four or more authors', [{ reference: REFERENCES[4]![1], suffix: '' }], false, '(Webster et al., 2010)'],
    ['an Act', [{ reference: REFERENCES[11]![1], suffix: '' }], false, '(Children and Families Act 2014)'],
    ['no date', [{ reference: REFERENCES[14]![1], suffix: '' }], false, '(EEF, no date)'],
    ['a suffix', [{ ...ainscow, suffix: 'a' }], false, '(Ainscow, 2020a)'],
    ['nothing left to cite', [], false, '(citation missing)'],
  ] as const)('%s', (_what, sources, narrative, expected) => {
    expect(formatCitation(sources, narrative)).toBe(expected);
  });
});

describe('orderReferences', () => {
  it('orders by author, then year, then title, and letters one author’s works of the same year', () => {
    const entries = [
      ref({ type: 'book', authors: people(person('Norwich', 'B.')), year: '2014', title: 'Zebra' }),
      ref({ type: 'book', authors: people(person('Ainscow', 'M.')), year: '2020', title: 'Promoting equity' }),
      ref({ type: 'legislation', title: 'Children and Families Act 2014' }),
      ref({ type: 'book', authors: people(person('Norwich', 'B.')), year: '2014', title: 'Addressing tensions' }),
      ref({ type: 'book', authors: people(person('Ainscow', 'M.')), year: '2006', title: 'Improving schools' }),
      ref({
        type: 'book',
        authors: people(person('Ainscow', 'M.'), person('Booth', 'T.')),
        year: '2006',
        title: 'Index',
      }),
    ];
    const ordered = orderReferences(entries, (entry) => entry).map(
      ({ entry, suffix }) => `${entry.title}${suffix === '' ? '' : ` [${suffix}]`}`,
    );
    expect(ordered).toEqual([
      'Improving schools',
      'Promoting equity',
      'Index',
      'Children and Families Act 2014',
      'Addressing tensions [a]',
      'Zebra [b]',
    ]);
  });
});
