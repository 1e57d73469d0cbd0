/**
 * Where a text names the authors it cites: the people read are not people in school, and
 * the check never flags them. Harvard citations in every form SENCOs write them, and the
 * surnames of the reading log's authors wherever they stand alone.
 */

export interface Stretch {
  readonly start: number;
  readonly end: number;
}

// A year as citations give it: "2013", "2013a", "n.d.", "forthcoming".
const YEAR = String.raw`(?:1[6-9]\d{2}|20\d{2})[a-z]?|n\.\s?d\.|forthcoming`;
// A surname as cited: "Norwich", "O'Brien", "Smith-Jones", "van der Berg", "de Souza", "MacLeod".
const SURNAME = String.raw`(?:(?:van|von|der|den|de|da|du|le|la|di|ten|ter)\s+)*(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)*`;
// Authors before a year: "Rose", "Rose and Howard", "Webster, Blatchford and Russell", "Bishop et al.", "Webster and Blatchford's".
const AUTHORS = String.raw`${SURNAME}(?:(?:,\s+|\s+and\s+|\s+&\s+)${SURNAME}){0,10}(?:\s+et\s+al\.?)?(?:['’]s?)?`;

/** A bracket holding a year: "(Ainscow, 2020)", "(e.g. Lamb, 2009; Norwich, 2013)", "(DfE and DoH, 2015, para 6.87)". */
const BRACKETED = new RegExp(String.raw`\((?=[^()]*\b(?:${YEAR})\b)[^()]{0,300}\)`, 'gu');
/** Authors standing before their year in brackets: "Norwich (2013) argues", "Szwed’s (2007) description". */
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{M}])${AUTHORS}\s*\((?:${YEAR})`, 'gu');
/** Authors followed by et al. without a bracket, as notes write them: "Bishop et al. found". */
const ET_AL = new RegExp(String.raw`(?<![\p{L}\p{M}])${SURNAME}\s+et\s+al\.?`, 'gu');
/** A reference as a reference list writes it: "Milton, D. (2012)", "Hart, S., Dixon, A., Drummond, M.J. and McIntyre, D.". */
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])${SURNAME},\s+(?:\p{Lu}\.\s*){1,4}(?:(?:,\s+|\s+and\s+|\s+&\s+)${SURNAME},\s+(?:\p{Lu}\.\s*){1,4}){0,10}`,
  'gu',
);

/** The stretches of `text` that cite someone: never flagged. */
export function citedStretches(text: string): Stretch[] {
  const stretches: Stretch[] = [];
  for (const pattern of [BRACKETED, NARRATIVE, ET_AL, REFERENCE])
    for (const match of text.matchAll(pattern))
      stretches.push({ start: match.index, end: match.index + match[0].length });
  return stretches;
}
