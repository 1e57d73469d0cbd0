/** Dates are stored as yyyy-mm-dd and written out in British English, the same everywhere. */

/** Today's date on this computer as yyyy-mm-dd, the form dates are stored in. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function format(iso: string, style: Intl.DateTimeFormat): string {
  const time = /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  return Number.isNaN(time) ? iso : style.format(new Date(time));
}

/** "14 May 2027" from "2027-05-14"; anything else comes back as it was. */
export function formatIsoDate(iso: string): string {
  return format(iso, LONG_DATE);
}

/** "14 May 2027", "3 Sept 2026": for table columns. */
export function formatShortDate(iso: string): string {
  return format(iso, SHORT_DATE);
}
