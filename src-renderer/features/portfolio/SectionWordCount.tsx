import { allWords, countedWords } from '../../core/counting/word-tally.js';
import { formatWords } from '../../core/counting/word-target.js';
import type { CountingRules } from '../../core/programme/programme.js';
import { useSession } from '../../app/session-store.js';

/** The open section's count as the candidate types, and how much of it counts toward the limit. */
export function SectionWordCount({ sectionId, counted, counting }: { readonly sectionId: string; readonly counted: boolean; readonly counting: CountingRules }) {
  const words = useSession((state) => (state.liveCount?.sectionId === sectionId ? state.liveCount.words : undefined));
  if (words === undefined) return <p className="section-word-count" data-testid="section-word-count" />;
  const total = allWords(words);
  const towardLimit = counted ? countedWords(words, counting) : 0;
  const note = !counted ? ' · not counted toward the limit' : towardLimit === total ? '' : ` · ${formatWords(towardLimit)} toward the limit`;
  return (
    <p className="section-word-count" data-testid="section-word-count">
      {`${formatWords(total)} in this section${note}`}
    </p>
  );
}
