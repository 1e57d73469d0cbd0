import { describe, expect, it } from 'vitest';
import { harvardText } from './harvard.js';
import { parseReference } from './parse-reference.js';

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
    expect(parseReference('https://doi.org/10.1080/08856257.2010.513533')).toMatchObject({ type: 'journal', doi: '10.1080/08856257.2010.513533', title: '' });
  });

  it('reads “no date”', () => {
    expect(parseReference('Education Endowment Foundation (no date) Special educational needs. Available at: https://eef.org.uk/ (Accessed: 1 September 2026).')).toMatchObject({
      year: null,
      type: 'web',
      accessed: '2026-09-01',
    });
  });

  it('recognises nothing in text that is not a reference', () => {
    expect(parseReference('my notes from Tuesday')).toBeUndefined();
    expect(parseReference('   ')).toBeUndefined();
  });
});
