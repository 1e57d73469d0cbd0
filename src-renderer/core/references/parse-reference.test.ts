import { describe, expect, it } from 'vitest';
import { harvardText } from './harvard.js';
import { parseReference } from './parse-reference.js';
import { PASTED_ARTICLES, PASTED_OTHERS } from './pasted-references.test-data.js';

describe('parseReference', () => {
  it.each([
    'Ainscow, M. (2020) Promoting equity in schools: collaboration, inquiry and ethical leadership. Abingdon: Routledge.',
    'Frederickson, N. and Cline, T. (2015) Special educational needs, inclusion and diversity. 3rd edn. Maidenhead: Open University Press.',
    'Ainscow, M., Booth, T. and Dyson, A. (2006) Improving schools, developing inclusion. Abingdon: Routledge.',
    'Norwich, B. (2014) ‘Changing policy and legislation and its effects on inclusive and special education: a perspective from England’, British Journal of Special Education, 41(4), pp. 403–425. Available at: https://doi.org/10.1111/1467-8578.12079.',
    'Florian, L. and Black-Hawkins, K. (2011) ‘Exploring inclusive pedagogy’, British Educational Research Journal, 37(5), pp. 813–828.',
    'Lewis, A. and Norwich, B. (2005) ‘Overview and discussion: overall conclusions’, in A. Lewis and B. Norwich (eds) Special teaching for special children? Pedagogies for inclusion. Maidenhead: Open University Press, pp. 206–221.',
    'nasen (2023) Whole school SEND. Available at: https://www.wholeschoolsend.org.uk/ (Accessed: 3 March 2026).',
  ])('reads back what it would write: %s', (line) => {
    const fields = parseReference(line);
    expect(fields).toBeDefined();
    expect(harvardText(fields!)).toBe(line);
  });

  it('takes a bare DOI as a journal article with everything else left to fill in', () => {
    expect(parseReference('https://doi.org/10.1080/08856257.2010.513533')).toMatchObject({
      type: 'journal',
      doi: '10.1080/08856257.2010.513533',
      title: '',
    });
  });

  it('reads “no date”', () => {
    expect(
      parseReference(
        'Education Endowment Foundation (no date) Special educational needs. Available at: https://eef.org.uk/ (Accessed: 1 September 2026).',
      ),
    ).toMatchObject({
      year: null,
      type: 'web',
      accessed: '2026-09-01',
    });
  });

  it('recognises nothing in text that is not a reference', () => {
    expect(parseReference('my notes from Tuesday')).toBeUndefined();
    expect(parseReference('my notes from 2015. Nothing to see.')).toBeUndefined();
    expect(parseReference('   ')).toBeUndefined();
  });
});

describe('parseReference: journal articles by their shape, with or without quotation marks', () => {
  it.each(PASTED_ARTICLES.map((pasted) => [pasted.shape, pasted] as const))('%s', (_shape, { line, expected }) => {
    expect(parseReference(line)).toMatchObject(expected);
  });

  it.each(
    PASTED_ARTICLES.filter((pasted) => pasted.harvard !== undefined).map((pasted) => [pasted.shape, pasted] as const),
  )('writes back a Cite Them Right reference: %s', (_shape, { line, harvard }) => {
    expect(harvardText(parseReference(line)!)).toBe(harvard);
  });

  it.each(PASTED_ARTICLES.map((pasted) => [pasted.shape, pasted] as const))(
    'never leaves the volume, pages or DOI in the title or journal: %s',
    (_shape, { line }) => {
      const { title, journal } = parseReference(line)!;
      expect(`${title} ${journal}`).not.toMatch(/\d+\s*\(\d+\)|\bpp?\.\s*\d|\b10\.\d{4,9}\/|doi|\[/iu);
    },
  );

  it('still reads an article when the title cannot be told from the journal, and leaves the journal to fill in', () => {
    expect(parseReference('Smith, J. (2019) British Journal of Special Education, 46(2), pp. 1-20.')).toMatchObject({
      type: 'journal',
      title: 'British Journal of Special Education',
      journal: '',
      volume: '46',
      issue: '2',
      pages: '1–20',
    });
  });

  it('takes an abbreviated journal whole, and the title up to it', () => {
    expect(parseReference('Smith, A. (2020) Inclusion in the U.K. Br. J. Spec. Educ., 41(4), pp. 1-10.')).toMatchObject(
      { title: 'Inclusion in the U.K.', journal: 'Br. J. Spec. Educ' },
    );
    expect(
      parseReference(
        'Smith, A. (2020) What Works? Inclusive Practice in Schools. Eur. J. Spec. Needs Educ. 35(2), 1-10.',
      ),
    ).toMatchObject({
      title: 'What Works? Inclusive Practice in Schools',
      journal: 'Eur. J. Spec. Needs Educ',
    });
  });

  it('keeps the DOI held in a publisher’s web address', () => {
    expect(
      parseReference(
        'Norwich, B. (2014) Changing policy. British Journal of Special Education, 41(4), pp. 403-425. Available at: https://onlinelibrary.wiley.com/doi/full/10.1111/1467-8578.12079 (Accessed: 3 March 2025).',
      ),
    ).toMatchObject({
      type: 'journal',
      doi: '10.1111/1467-8578.12079',
      url: '',
      journal: 'British Journal of Special Education',
    });
  });

  it('reads a quoted title followed by the shapes other guides use', () => {
    expect(
      parseReference(
        'Norwich, B. (2014) ‘Changing policy’, British Journal of Special Education, vol. 41, no. 4, 403-425. doi:10.1111/1467-8578.12079',
      ),
    ).toMatchObject({
      type: 'journal',
      title: 'Changing policy',
      journal: 'British Journal of Special Education',
      volume: '41',
      issue: '4',
      pages: '403–425',
      doi: '10.1111/1467-8578.12079',
    });
  });
});

describe('parseReference: books, chapters and web pages stay what they are', () => {
  it.each(PASTED_OTHERS.map((pasted) => [pasted.shape, pasted] as const))('%s', (_shape, { line, expected }) => {
    expect(parseReference(line)).toMatchObject(expected);
  });
});
