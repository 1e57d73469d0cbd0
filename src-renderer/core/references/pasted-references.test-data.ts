import type { PersonName, ReferenceFields } from './reference.js';

/**
 * Reference lines as SENCOs paste them: in the shapes UK university library guides and
 * journal databases print, most without quotation marks round an article's title.
 * Some are real SEN articles; others are invented in the same shapes.
 */
export interface PastedReference {
  /** Whose pattern the line follows, and what is particular about it. */
  readonly shape: string;
  readonly line: string;
  readonly expected: Partial<ReferenceFields>;
  /** The Cite Them Right reference the app should write from what it read. */
  readonly harvard?: string;
}

const people = (...names: [family: string, given: string][]) => ({
  kind: 'people' as const,
  people: names.map(([family, given]): PersonName => ({ family, given })),
});

const article = (fields: Partial<ReferenceFields>): Partial<ReferenceFields> => ({
  type: 'journal',
  volume: '',
  issue: '',
  pages: '',
  doi: '',
  url: '',
  accessed: '',
  ...fields,
});

export const PASTED_ARTICLES: readonly PastedReference[] = [
  {
    shape: 'Harvard without quotation marks (Anglia Ruskin, Manchester)',
    line: 'Norwich, B. (2014) Changing policy and legislation and its effects on inclusive and special education: a perspective from England. British Journal of Special Education, 41(4), pp. 403-425.',
    expected: article({
      authors: people(['Norwich', 'B.']),
      year: '2014',
      title:
        'Changing policy and legislation and its effects on inclusive and special education: a perspective from England',
      journal: 'British Journal of Special Education',
      volume: '41',
      issue: '4',
      pages: '403–425',
    }),
    harvard:
      'Norwich, B. (2014) ‘Changing policy and legislation and its effects on inclusive and special education: a perspective from England’, British Journal of Special Education, 41(4), pp. 403–425.',
  },
  {
    shape: 'Harvard with pages bare and a DOI link after them',
    line: 'Tissot, C. (2013) The role of SENCos as leaders. British Journal of Special Education, 40(1), 33–40. https://doi.org/10.1111/1467-8578.12014',
    expected: article({
      authors: people(['Tissot', 'C.']),
      year: '2013',
      title: 'The role of SENCos as leaders',
      journal: 'British Journal of Special Education',
      volume: '40',
      issue: '1',
      pages: '33–40',
      doi: '10.1111/1467-8578.12014',
    }),
    harvard:
      'Tissot, C. (2013) ‘The role of SENCos as leaders’, British Journal of Special Education, 40(1), pp. 33–40. Available at: https://doi.org/10.1111/1467-8578.12014.',
  },
  {
    shape: 'Harvard with “doi:”, a question in the title and run-together initials',
    line: 'Cole, B.A. (2005) Mission impossible? Special educational needs, inclusion and the re-conceptualization of the role of the SENCO in England and Wales. European Journal of Special Needs Education, 20(3), pp. 287-307. doi: 10.1080/08856250500156020',
    expected: article({
      authors: people(['Cole', 'B.A.']),
      year: '2005',
      title:
        'Mission impossible? Special educational needs, inclusion and the re-conceptualization of the role of the SENCO in England and Wales',
      journal: 'European Journal of Special Needs Education',
      volume: '20',
      issue: '3',
      pages: '287–307',
      doi: '10.1080/08856250500156020',
    }),
  },
  {
    shape: 'Harvard with “Available at:” a DOI link and the date accessed',
    line: 'Lindsay, G. (2007) Educational psychology and the effectiveness of inclusive education/mainstreaming. British Journal of Educational Psychology, 77(1), pp. 1-24. Available at: https://doi.org/10.1348/000709906X156881 (Accessed: 3 March 2025).',
    expected: article({
      authors: people(['Lindsay', 'G.']),
      year: '2007',
      title: 'Educational psychology and the effectiveness of inclusive education/mainstreaming',
      journal: 'British Journal of Educational Psychology',
      volume: '77',
      issue: '1',
      pages: '1–24',
      doi: '10.1348/000709906X156881',
    }),
    harvard:
      'Lindsay, G. (2007) ‘Educational psychology and the effectiveness of inclusive education/mainstreaming’, British Journal of Educational Psychology, 77(1), pp. 1–24. Available at: https://doi.org/10.1348/000709906X156881.',
  },
  {
    shape: 'Harvard with the year unbracketed, a question mark inside the title and “pp.” run on',
    line: 'Webster, R. and Blatchford, P., 2015. Worlds apart? The nature and quality of the educational experiences of pupils with a statement for special educational needs in mainstream primary schools. British Educational Research Journal, 41(2), pp.324-342.',
    expected: article({
      authors: people(['Webster', 'R.'], ['Blatchford', 'P.']),
      year: '2015',
      title:
        'Worlds apart? The nature and quality of the educational experiences of pupils with a statement for special educational needs in mainstream primary schools',
      journal: 'British Educational Research Journal',
      volume: '41',
      issue: '2',
      pages: '324–342',
    }),
    harvard:
      'Webster, R. and Blatchford, P. (2015) ‘Worlds apart? The nature and quality of the educational experiences of pupils with a statement for special educational needs in mainstream primary schools’, British Educational Research Journal, 41(2), pp. 324–342.',
  },
  {
    shape: 'APA 7 copied from a database',
    line: 'Ainscow, M. (2020). Promoting inclusion and equity in education: lessons from international experiences. Nordic Journal of Studies in Educational Policy, 6(1), 7–16. https://doi.org/10.1080/20020317.2020.1729587',
    expected: article({
      authors: people(['Ainscow', 'M.']),
      year: '2020',
      title: 'Promoting inclusion and equity in education: lessons from international experiences',
      journal: 'Nordic Journal of Studies in Educational Policy',
      volume: '6',
      issue: '1',
      pages: '7–16',
      doi: '10.1080/20020317.2020.1729587',
    }),
    harvard:
      'Ainscow, M. (2020) ‘Promoting inclusion and equity in education: lessons from international experiences’, Nordic Journal of Studies in Educational Policy, 6(1), pp. 7–16. Available at: https://doi.org/10.1080/20020317.2020.1729587.',
  },
  {
    shape: 'APA 7 with two authors joined by “&”',
    line: 'Florian, L., & Black-Hawkins, K. (2011). Exploring inclusive pedagogy. British Educational Research Journal, 37(5), 813–828. https://doi.org/10.1080/01411926.2010.501096',
    expected: article({
      authors: people(['Florian', 'L.'], ['Black-Hawkins', 'K.']),
      year: '2011',
      title: 'Exploring inclusive pedagogy',
      journal: 'British Educational Research Journal',
      volume: '37',
      issue: '5',
      pages: '813–828',
      doi: '10.1080/01411926.2010.501096',
    }),
  },
  {
    shape: 'APA 7 with a volume and no issue',
    line: 'Boddison, A., & Soan, S. (2022). The coproduction illusion: considering the success rates of securing an Education, Health and Care plan when parents request an assessment. Journal of Research in Special Educational Needs, 22, 91–104. https://doi.org/10.1111/1471-3802.12545',
    expected: article({
      authors: people(['Boddison', 'A.'], ['Soan', 'S.']),
      year: '2022',
      title:
        'The coproduction illusion: considering the success rates of securing an Education, Health and Care plan when parents request an assessment',
      journal: 'Journal of Research in Special Educational Needs',
      volume: '22',
      pages: '91–104',
      doi: '10.1111/1471-3802.12545',
    }),
  },
  {
    shape: 'Harvard (Ulster) with “41 (2)”, a title ending “U.K.” and a DOI without https',
    line: 'Okafor, C. and Pennington, L. (2021) Ethical accountability in SEND: cross-agency working in the U.K. Support for Learning, 36 (2), 123-137. doi.org/10.1111/1467-9604.12345',
    expected: article({
      authors: people(['Okafor', 'C.'], ['Pennington', 'L.']),
      year: '2021',
      title: 'Ethical accountability in SEND: cross-agency working in the U.K.',
      journal: 'Support for Learning',
      volume: '36',
      issue: '2',
      pages: '123–137',
      doi: '10.1111/1467-9604.12345',
    }),
  },
  {
    shape: 'Harvard with “vol. 19, no. 4” and a title-case title with “U.K.” inside and a question at the end',
    line: 'Adeyemi, T. and Whitlock, S. (2019) Inclusive Practice in U.K. Secondary Schools: What Works? Journal of Research in Special Educational Needs, vol. 19, no. 4, pp. 301–312.',
    expected: article({
      authors: people(['Adeyemi', 'T.'], ['Whitlock', 'S.']),
      year: '2019',
      title: 'Inclusive Practice in U.K. Secondary Schools: What Works?',
      journal: 'Journal of Research in Special Educational Needs',
      volume: '19',
      issue: '4',
      pages: '301–312',
    }),
    harvard:
      'Adeyemi, T. and Whitlock, S. (2019) ‘Inclusive Practice in U.K. Secondary Schools: What Works?’, Journal of Research in Special Educational Needs, 19(4), pp. 301–312.',
  },
  {
    shape: 'volume and issue as “42:1”, and a journal whose name has numbers',
    line: 'Glazzard, J. (2014) The standards agenda: reflections of a special educational needs co-ordinator. Education 3-13, 42:1, 39-53.',
    expected: article({
      authors: people(['Glazzard', 'J.']),
      year: '2014',
      title: 'The standards agenda: reflections of a special educational needs co-ordinator',
      journal: 'Education 3-13',
      volume: '42',
      issue: '1',
      pages: '39–53',
    }),
    harvard:
      'Glazzard, J. (2014) ‘The standards agenda: reflections of a special educational needs co-ordinator’, Education 3-13, 42(1), pp. 39–53.',
  },
  {
    shape: 'a single page, “p. 12”, in a magazine with a volume only',
    line: 'Pennington, L. (2021) Making the graduated approach work in a small primary school. Special Children, 245, p. 12.',
    expected: article({
      authors: people(['Pennington', 'L.']),
      year: '2021',
      title: 'Making the graduated approach work in a small primary school',
      journal: 'Special Children',
      volume: '245',
      pages: '12',
    }),
    harvard:
      'Pennington, L. (2021) ‘Making the graduated approach work in a small primary school’, Special Children, 245, p. 12.',
  },
  {
    shape: 'an article number, “e12589”, and “e.g.” inside the title',
    line: 'Harris, S. and Kaur, P. (2023) Reading interventions that SENCOs choose, e.g. paired reading: a survey of English secondary schools. Journal of Research in Special Educational Needs, 23(1), e12589. https://doi.org/10.1111/1471-3802.12589',
    expected: article({
      authors: people(['Harris', 'S.'], ['Kaur', 'P.']),
      year: '2023',
      title: 'Reading interventions that SENCOs choose, e.g. paired reading: a survey of English secondary schools',
      journal: 'Journal of Research in Special Educational Needs',
      volume: '23',
      issue: '1',
      pages: 'e12589',
      doi: '10.1111/1471-3802.12589',
    }),
  },
  {
    shape: 'Leeds Harvard: year unbracketed without a comma, journal ended by a full stop',
    line: 'Tennant, R. 2019. Teaching assistants and the SENCO: a survey of English primary schools. Support for Learning. 34(3), pp.245-261.',
    expected: article({
      authors: people(['Tennant', 'R.']),
      year: '2019',
      title: 'Teaching assistants and the SENCO: a survey of English primary schools',
      journal: 'Support for Learning',
      volume: '34',
      issue: '3',
      pages: '245–261',
    }),
  },
  {
    shape: 'Leeds Harvard online: [Online], [Accessed …] and “Available from:”',
    line: 'Tennant, R. and Moss, H. 2020. Co-production with parents of children with SEND: lessons from one local authority. Educational Psychology in Practice. [Online]. 36(4), pp.389-404. [Accessed 3 March 2025]. Available from: https://doi.org/10.1080/02667363.2020.1789999',
    expected: article({
      authors: people(['Tennant', 'R.'], ['Moss', 'H.']),
      year: '2020',
      title: 'Co-production with parents of children with SEND: lessons from one local authority',
      journal: 'Educational Psychology in Practice',
      volume: '36',
      issue: '4',
      pages: '389–404',
      doi: '10.1080/02667363.2020.1789999',
    }),
  },
  {
    shape: 'Leeds Harvard article number: “article no: 75 [no pagination]”, and numbers in the title',
    line: "Esposito, R. and Carroll, C. 2019. Special educational needs coordinators' practice in England 40 years on from the Warnock report. Frontiers in Education. 4, article no: 75 [no pagination]",
    expected: article({
      authors: people(['Esposito', 'R.'], ['Carroll', 'C.']),
      year: '2019',
      title: "Special educational needs coordinators' practice in England 40 years on from the Warnock report",
      journal: 'Frontiers in Education',
      volume: '4',
      pages: '75',
    }),
  },
  {
    shape: 'Harvard (Ulster) from a database: a web address and [Accessed …] rather than a DOI',
    line: 'Dunne, L. and Hallett, F. (2018) Spaces of inclusion: investigating place and perspective in educational settings. International Journal of Inclusive Education, 22 (1), 21-37. Available from: http://www.tandfonline.com [Accessed 21 January 2025].',
    expected: article({
      authors: people(['Dunne', 'L.'], ['Hallett', 'F.']),
      year: '2018',
      title: 'Spaces of inclusion: investigating place and perspective in educational settings',
      journal: 'International Journal of Inclusive Education',
      volume: '22',
      issue: '1',
      pages: '21–37',
      url: 'http://www.tandfonline.com',
      accessed: '2025-01-21',
    }),
  },
  {
    shape: 'published online ahead of an issue: a journal and a DOI, no volume yet',
    line: 'Okafor, C. (2024) SENCO wellbeing after the pandemic: a national survey. British Journal of Special Education. https://doi.org/10.1111/1467-8578.12500',
    expected: article({
      authors: people(['Okafor', 'C.']),
      year: '2024',
      title: 'SENCO wellbeing after the pandemic: a national survey',
      journal: 'British Journal of Special Education',
      doi: '10.1111/1467-8578.12500',
    }),
  },
];

/** Lines that are not articles, and must stay what they are. */
export const PASTED_OTHERS: readonly PastedReference[] = [
  {
    shape: 'a book in a later edition',
    line: 'Hodkinson, A. (2019) Key issues in special educational needs, disability and inclusion. 3rd edn. London: SAGE.',
    expected: {
      type: 'book',
      authors: people(['Hodkinson', 'A.']),
      year: '2019',
      title: 'Key issues in special educational needs, disability and inclusion',
      edition: '3',
      place: 'London',
      publisher: 'SAGE',
      journal: '',
      volume: '',
    },
  },
  {
    shape: 'a book, Leeds Harvard: year unbracketed and “ed.” for the edition',
    line: 'Hodkinson, A. 2019. Key issues in special educational needs, disability and inclusion. 3rd ed. London: SAGE.',
    expected: {
      type: 'book',
      authors: people(['Hodkinson', 'A.']),
      year: '2019',
      title: 'Key issues in special educational needs, disability and inclusion',
      edition: '3',
      place: 'London',
      publisher: 'SAGE',
    },
  },
  {
    shape: 'a book with a DOI after its publisher',
    line: 'Ainscow, M. (2020) Promoting equity in schools: collaboration, inquiry and ethical leadership. Abingdon: Routledge. https://doi.org/10.4324/9780429263194',
    expected: {
      type: 'book',
      title: 'Promoting equity in schools: collaboration, inquiry and ethical leadership',
      place: 'Abingdon',
      publisher: 'Routledge',
      doi: '10.4324/9780429263194',
      journal: '',
      volume: '',
    },
  },
  {
    shape: 'a chapter, “In:” with editors surname first, the title unquoted',
    line: 'Lewis, A. and Norwich, B. (2005) Overview and discussion: overall conclusions. In: Lewis, A. and Norwich, B. (eds.) Special teaching for special children? Pedagogies for inclusion. Maidenhead: Open University Press, pp. 206-221.',
    expected: {
      type: 'chapter',
      authors: people(['Lewis', 'A.'], ['Norwich', 'B.']),
      year: '2005',
      title: 'Overview and discussion: overall conclusions',
      editors: [
        { family: 'Lewis', given: 'A.' },
        { family: 'Norwich', given: 'B.' },
      ],
      bookTitle: 'Special teaching for special children? Pedagogies for inclusion',
      place: 'Maidenhead',
      publisher: 'Open University Press',
      pages: '206–221',
      journal: '',
    },
  },
  {
    shape: 'a chapter, “In:” with editors initials first, a question for a title and an edition',
    line: 'Hallett, F. (2021) Can SENCOs do their job in a bubble? In: G. Hallett and F. Hallett (eds) Transforming the role of the SENCO. 2nd edn. Bristol: Policy Press, pp. 3-12.',
    expected: {
      type: 'chapter',
      title: 'Can SENCOs do their job in a bubble?',
      editors: [
        { family: 'Hallett', given: 'G.' },
        { family: 'Hallett', given: 'F.' },
      ],
      bookTitle: 'Transforming the role of the SENCO',
      edition: '2',
      place: 'Bristol',
      publisher: 'Policy Press',
      pages: '3–12',
    },
  },
  {
    shape: 'a chapter in APA 7, pages before the publisher',
    line: 'Lewis, A., & Norwich, B. (2005). Overview and discussion: overall conclusions. In A. Lewis & B. Norwich (Eds.), Special teaching for special children? Pedagogies for inclusion (pp. 206–221). Open University Press.',
    expected: {
      type: 'chapter',
      authors: people(['Lewis', 'A.'], ['Norwich', 'B.']),
      title: 'Overview and discussion: overall conclusions',
      editors: [
        { family: 'Lewis', given: 'A.' },
        { family: 'Norwich', given: 'B.' },
      ],
      bookTitle: 'Special teaching for special children? Pedagogies for inclusion',
      place: '',
      publisher: 'Open University Press',
      pages: '206–221',
    },
  },
  {
    shape: 'a web page whose title ends in a date',
    line: 'Department for Education (2024) Special educational needs in England: January 2024. Available at: https://explore-education-statistics.service.gov.uk/find-statistics/special-educational-needs-in-england (Accessed: 3 March 2025).',
    expected: {
      type: 'web',
      authors: { kind: 'organisations', names: ['Department for Education'], short: '' },
      year: '2024',
      title: 'Special educational needs in England: January 2024',
      url: 'https://explore-education-statistics.service.gov.uk/find-statistics/special-educational-needs-in-england',
      accessed: '2025-03-03',
      volume: '',
    },
  },
];
