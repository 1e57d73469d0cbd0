import type { PortfolioDetails } from './portfolio.js';

export type DetailsField = keyof PortfolioDetails;

export type DetailsCheck =
  | { readonly ok: true; readonly details: PortfolioDetails }
  | { readonly ok: false; readonly problems: Partial<Record<DetailsField, string>> };

const MAX_TITLE = 200;
const MAX_NAME = 120;
const MAX_NUMBER = 30;
// Providers use student numbers, teacher reference numbers (7 digits) or codes like "NA-2026-014".
const CANDIDATE_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u;

/** Tidies what was typed and says, field by field, what needs changing. */
export function checkPortfolioDetails(typed: PortfolioDetails): DetailsCheck {
  const details: PortfolioDetails = {
    title: tidy(typed.title),
    candidateName: tidy(typed.candidateName),
    candidateNumber: tidy(typed.candidateNumber),
  };
  const problems: Partial<Record<DetailsField, string>> = {};
  if (details.title === '') problems.title = 'Give the portfolio a title.';
  else if (details.title.length > MAX_TITLE) problems.title = `Keep the title under ${MAX_TITLE} characters.`;
  if (details.candidateName.length > MAX_NAME) problems.candidateName = `Keep the name under ${MAX_NAME} characters.`;
  if (details.candidateNumber.length > MAX_NUMBER) {
    problems.candidateNumber = `Keep the candidate number under ${MAX_NUMBER} characters.`;
  } else if (details.candidateNumber !== '' && !CANDIDATE_NUMBER.test(details.candidateNumber)) {
    problems.candidateNumber = 'Use letters, digits, spaces, dots, slashes or hyphens in the candidate number.';
  }
  return Object.keys(problems).length === 0 ? { ok: true, details } : { ok: false, problems };
}

/** Collapses runs of spaces and trims: titles are single lines. */
function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
