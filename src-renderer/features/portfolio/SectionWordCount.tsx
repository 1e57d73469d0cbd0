import { formatWords } from '../../core/counting/word-target.js';
import { useSession } from '../../app/session-store.js';

/** The open section's count as the candidate types. */
export function SectionWordCount({ sectionId }: { readonly sectionId: string }) {
  const words = useSession((state) => (state.liveCount?.sectionId === sectionId ? state.liveCount.words : undefined));
  return (
    <p className="section-word-count" data-testid="section-word-count">
      {words === undefined ? '' : `${formatWords(words)} in this section`}
    </p>
  );
}
