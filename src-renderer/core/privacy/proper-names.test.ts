import { beforeAll, describe, expect, it } from 'vitest';
import { findIdentifyingData } from './identifying-data.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { fileNameAsWords } from './portfolio-check.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
});

/** What the check flags in `text`, with no names list, as the writer sees it. */
const flagged = (text: string, authors: readonly string[] = []) =>
  findIdentifyingData(text, [], { lexicon, authors }).map((finding) => finding.text);

describe('names with no clue beside them', () => {
  it.each([
    ['Tyler finally sat through the whole carpet session.', ['Tyler']],
    ['I met Claire on Tuesday to plan the review.', ['Claire']],
    ['We placed Kacper, Oliwia and Zainab in the group.', ['Kacper', 'Oliwia', 'Zainab']],
    ['The head teacher, Catherine Doyle, agreed.', ['Catherine Doyle']],
    ['Afterwards Grace asked to read again.', ['Grace']],
    ['She sat with Ellie-May and Summer-Rose at lunch.', ['Ellie-May', 'Summer-Rose']],
    ['The family moved from Barnsley in the spring.', ['Barnsley']],
    ['The session ended early because Oisín was upset.', ['Oisín']],
    ['- Will was in yellow for most of the morning.', ['Will']],
    ['Poppy and Ahmed arrive at the tray together.', ['Poppy', 'Ahmed']],
    ["'Kofi very proud of progress' was written in the margin.", ['Kofi']],
  ])('“%s”', (text, names) => {
    expect(flagged(text)).toEqual(names);
  });

  it('finds a word again wherever it stands once it is known to be a name: “Grace” opening a sentence', () => {
    expect(flagged('I worked with Grace on Monday. Grace struggled with the new routine.')).toEqual(['Grace', 'Grace']);
  });

  it('reads “Summer” and “May” as times where a time stands, and as names elsewhere', () => {
    expect(flagged('In the Summer Term we met in May 2026; by 2 July the plan was agreed.')).toEqual([]);
    expect(flagged('I am worried about Summer, who is not settling.')).toEqual(['Summer']);
  });

  it('finds initials that stand for a person, not the acronyms of education and health', () => {
    expect(flagged('JT made the largest gain; the SENCO, the EP and the TA met with CAMHS about an EHCP.')).toEqual([
      'JT',
    ]);
  });
});

describe('schools, councils and local organisations by their shape', () => {
  it.each([
    ['I joined St Bede’s C of E Junior School last September.', ['St Bede’s C of E Junior School']],
    ['Transfer to Hillcrest Academy went well; at Hillcrest the SENCO met us.', ['Hillcrest Academy', 'Hillcrest']],
    ['The referral went to Kent County Council in March.', ['Kent County Council']],
    ['We applied to the London Borough of Newham for top-up funding.', ['London Borough of Newham']],
    ['The family uses Brookside Children’s Centre on Fridays.', ['Brookside Children’s Centre']],
    ['Riverside Primary School is our feeder.', ['Riverside Primary School']],
  ])('“%s”', (text, names) => {
    expect(flagged(text)).toEqual(names);
  });

  it.each([
    'The National Autistic Society and the Education Endowment Foundation publish guidance.',
    'Oak National Academy lessons were used for catch-up, with advice from the British Dyslexia Association.',
    'The school council met the local authority about the Local Offer.',
  ])('flags nothing in “%s”, which is the same everywhere', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('what is never flagged', () => {
  it('the authors cited, in every form of Harvard citation, and those in the reading log', () => {
    const text =
      'Curran and Boddison (2021) describe the role; Szwed’s (2007) account agrees (see also Layton, 2005; Tissot, 2013). Bishop et al. found the same, and Norwich argues for flexibility.';
    expect(flagged(text, ['Norwich'])).toEqual([]);
  });

  it('programmes, tests and models, even when a place or a person gives them their name', () => {
    expect(
      flagged(
        'We used the Salford Sentence Reading Test, the Boxall Profile, Numicon, Makaton and the Nuffield Early Language Intervention, with Zones of Regulation.',
      ),
    ).toEqual([]);
  });

  it('languages, nationalities, faiths, festivals and countries', () => {
    expect(
      flagged(
        'He speaks Polish and Urdu; the family is Romanian and Muslim and celebrated Eid after arriving from Lithuania.',
      ),
    ).toEqual([]);
  });

  it('terms of school life made of words that are also names', () => {
    expect(flagged('The Early Years lead and the Early Help worker joined us for Golden Time.')).toEqual([]);
  });
});

describe('file names read as words', () => {
  it('turns “jayden_reading.jpg” into words the check reads, and flags the name in it', () => {
    expect(fileNameAsWords('jayden_reading-log.jpg')).toBe('Jayden Reading Log');
    expect(flagged(fileNameAsWords('jayden_reading.jpg'))).toEqual(['Jayden']);
    expect(flagged(fileNameAsWords('IMG_2041.HEIC'))).toEqual([]);
  });
});

describe('a pupil who shares a name with an author read', () => {
  it('is flagged where the name stands for a child, and the author is not where it stands for the author', () => {
    const authors = ['Rose', 'Ellis', 'Tod', 'Norwich'];
    expect(flagged('Rose struggled with phonics in the spring. I observed Rose in maths.', authors)).toEqual([
      'Rose',
      'Rose',
    ]);
    expect(
      flagged(
        'Rose (2009) and Ellis and Tod (2018) agree; Rose argues for a graduated response, and Rose’s review shaped it. As Norwich argues, dilemmas remain.',
        authors,
      ),
    ).toEqual([]);
  });
});
