const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "just now", "today at 14:05", "yesterday at 09:30", "3 March 2026". */
export function formatLastEdited(editedAt: number, now: number): string {
  if (now - editedAt < 60_000) return 'just now';
  const edited = new Date(editedAt);
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  if (editedAt >= startOfToday.getTime()) return `today at ${TIME.format(edited)}`;
  if (editedAt >= startOfToday.getTime() - 86_400_000) return `yesterday at ${TIME.format(edited)}`;
  return DATE.format(edited);
}
