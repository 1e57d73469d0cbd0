import type { Finding, FindingKind } from './identifying-data.js';

/**
 * Identifiers with a fixed shape: Unique Pupil Numbers, postcodes, email addresses and UK
 * phone numbers. Each pattern is strict about what may stand either side, so a longer run of
 * digits or letters is never half-flagged.
 */

// A Unique Pupil Number: a letter and twelve digits, perhaps in groups ("A1234 5678 9012"); not part of a longer run.
const UPN = /(?<![\p{L}\p{N}])[A-Za-z] ?\d(?: ?\d){11}(?![\p{L}\p{N}])(?! \d)/gu;
// A UK postcode with or without its space ("SW1A 1AA", "sw1a1aa"), using only the letters Royal Mail allows in each place.
const POSTCODE = /(?<![\p{L}\p{N}])[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/giu;
// The end of a postcode that could be an ordinal: "Y4 2nd", "KS2 3rd" are only postcodes in capitals ("B33 8TH").
const ORDINAL_ENDING = /\d(?:st|nd|rd|th)$/iu;
// An email address: "j.smith@elmfield.sch.uk".
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
// Something that might be a UK phone number: +44 or 0, then digits in groups; whether it is one is checked after.
const PHONE_LIKE =
  /(?<![\p{L}\p{N}+/.,-])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(0\d{2,4}\)[ -]?|0)\d(?:[ -]?\d){5,11}(?![\p{L}\p{N}])/gu;
// A UK number, written from its leading 0: ten or eleven digits, never 00 (an international prefix).
const UK_NUMBER = /^0[1-9]\d{8,9}$/u;

function findAll(
  text: string,
  pattern: RegExp,
  kind: FindingKind,
  reason: string,
  accept: (found: string) => boolean = () => true,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0]))
      findings.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0], reason });
  }
  return findings;
}

function isPostcode(found: string): boolean {
  return !ORDINAL_ENDING.test(found) || found === found.toUpperCase();
}

/**
 * Whether digits in groups make a UK phone number. A UK number's first group has three digits
 * or more (020, 0113, 07700); shorter first groups are how lists and codes are written
 * ("rooms 01 02 03 04 05").
 */
function isPhoneNumber(found: string): boolean {
  const international = found.startsWith('+44');
  const national = international ? found.slice(3).replace(/^[ -]?\(0\)/u, '') : found;
  const digits = national.replace(/\D/gu, '');
  const firstGroup = /\d+/u.exec(national)?.[0] ?? '';
  return UK_NUMBER.test(international ? `0${digits}` : digits) && (international || firstGroup.length >= 3);
}

export function findPupilNumbers(text: string): Finding[] {
  return findAll(text, UPN, 'upn', 'Looks like a Unique Pupil Number.');
}

export function findPostcodes(text: string): Finding[] {
  return findAll(text, POSTCODE, 'postcode', 'A UK postcode.', isPostcode);
}

export function findEmailAddresses(text: string): Finding[] {
  // Most texts hold no address, and the pattern tries every word.
  if (!text.includes('@')) return [];
  return findAll(text, EMAIL, 'email', 'An email address.');
}

export function findPhoneNumbers(text: string): Finding[] {
  return findAll(text, PHONE_LIKE, 'phone', 'A phone number.', isPhoneNumber);
}
