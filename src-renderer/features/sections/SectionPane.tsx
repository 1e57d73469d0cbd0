import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { PassageAnchor, PassagePlace } from '../../core/comments/section-comment.js';
import { commentsOfSection } from '../../db/section-comments.js';
import { CommentsMargin } from '../comments/CommentsMargin.js';
import type { WordTally } from '../../core/counting/word-tally.js';
import type { RichTextNode } from '../../core/document/rich-text.js';
import type { Section } from '../../core/portfolio/portfolio.js';
import type { PieceSettings } from '../../core/programme/programme.js';
import { appDatabase } from '../../db/app-database.js';
import { loadSectionDocument, saveSectionDocument } from '../../db/sections.js';
import { WritingEditor } from '../../editor/WritingEditor.js';
import {
  editorKey,
  registerOpenEditor,
  reportSaveStatus,
  setLiveCount,
  setSelectionWords,
  useSession,
} from '../../session/session-store.js';
import { ScaffoldPicker } from '../../editor/ScaffoldPicker.js';
import { SectionHistoryButtons } from '../history/SectionHistoryButtons.js';
import { SectionWordCount, STATUS_BAR_CLEARANCE } from './SectionWordCount.js';
import { usePieceCitations } from '../../open-portfolio/citations.js';
import { useIsMentorCopy } from '../../open-portfolio/mentor-copy.js';
import { usePictureStore } from '../../open-portfolio/pictures.js';
import { ReferenceList } from './ReferenceList.js';
import type { PortfolioData } from '../../open-portfolio/use-portfolio.js';
import { useSavedDocument } from '../../open-portfolio/use-saved-document.js';

const loadSection = (id: string) => loadSectionDocument(appDatabase, id);

export function SectionPane({
  data,
  section,
  piece,
}: {
  readonly data: PortfolioData;
  readonly section: Section;
  readonly piece: PieceSettings;
}) {
  const { references, citations } = usePieceCitations(data, piece.id);
  const pictures = usePictureStore(data.portfolio.id);
  const loaded = useSavedDocument(section.id, loadSection);
  const readOnly = useIsMentorCopy();
  const noticeSpace = useSession((state) => state.noticeSpace);
  const save = useCallback(
    (document: RichTextNode) => saveSectionDocument(appDatabase, section.id, document),
    [section.id],
  );
  const onWords = useCallback((words: WordTally) => setLiveCount(section.id, words), [section.id]);
  const registerFlush = useCallback(
    (flush: () => Promise<void>, unsaved: () => RichTextNode | undefined) =>
      registerOpenEditor({ kind: 'section', sectionId: section.id }, flush, unsaved),
    [section.id],
  );
  const comments = useLiveQuery(() => commentsOfSection(appDatabase, section.id), [section.id]);
  const [places, setPlaces] = useState<ReadonlyMap<string, PassagePlace | undefined>>(new Map());
  const [draft, setDraft] = useState<{ readonly anchor: PassageAnchor | null }>();
  const [focus, setFocus] = useState<{ readonly id: string }>();
  const passages = useMemo(
    () =>
      (comments ?? []).flatMap((comment) =>
        comment.anchor === null
          ? []
          : [{ id: comment.id, anchor: comment.anchor, resolved: comment.resolvedAt !== null }],
      ),
    [comments],
  );
  const editorComments = useMemo(
    () => ({ passages, onPlaces: setPlaces, onStart: (anchor: PassageAnchor | null) => setDraft({ anchor }), focus }),
    [passages, focus],
  );

  if (loaded === undefined) return <p className="loading">Opening {section.title}…</p>;
  if ('failure' in loaded) {
    return (
      <p className="form-failure" role="alert">
        {loaded.failure}
      </p>
    );
  }
  return (
    <section className="section-pane" aria-labelledby="section-title">
      <div className="section-heading">
        <h2 id="section-title" className="section-title">
          {section.title}
        </h2>
        {!readOnly && <SectionHistoryButtons sectionId={section.id} sectionTitle={section.title} />}
      </div>
      {section.role === 'references' && <ReferenceList references={references} />}
      <div className="section-with-comments">
        <WritingEditor
          key={section.id}
          title={section.title}
          initialDocument={loaded.document}
          save={save}
          onWords={onWords}
          onSelectionWords={setSelectionWords}
          onSaveStatus={(status) => reportSaveStatus(editorKey({ kind: 'section', sectionId: section.id }), status)}
          registerFlush={registerFlush}
          bottomClearance={noticeSpace + STATUS_BAR_CLEARANCE}
          citations={citations}
          pictures={pictures}
          toolbarExtras={section.role === 'body' ? (editor) => <ScaffoldPicker editor={editor} /> : undefined}
          comments={editorComments}
          readOnly={readOnly}
        />
        <CommentsMargin
          portfolioId={data.portfolio.id}
          sectionId={section.id}
          comments={comments ?? []}
          places={places}
          draft={draft}
          onDraftDone={() => setDraft(undefined)}
          onChoose={(id) => setFocus({ id })}
        />
      </div>
      {/* After the text and stuck to the foot of the screen, so the count stays in view however long the section. */}
      <SectionWordCount section={section} piece={piece} sections={data.sections} evidence={data.evidence} />
    </section>
  );
}
