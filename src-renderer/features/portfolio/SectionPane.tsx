import { useCallback, useEffect, useState } from 'react';
import type { RichTextNode } from '../../core/document/rich-text.js';
import { EMPTY_DOCUMENT } from '../../core/document/rich-text.js';
import type { Section } from '../../core/portfolio/portfolio.js';
import { appDatabase } from '../../db/app-database.js';
import { describeStorageError } from '../../db/describe-storage-error.js';
import { loadSectionDocument, saveSectionDocument } from '../../db/portfolios.js';
import { SectionEditor } from '../../editor/SectionEditor.js';
import { SectionWordCount } from './SectionWordCount.js';
import { registerOpenEditor, setLiveCount, setSaveStatus } from '../../app/session-store.js';

type Loaded = { readonly sectionId: string; readonly document: RichTextNode } | { readonly sectionId: string; readonly failure: string };

/** Loads a section's saved text once and hands it to the editor, which owns it from then on. */
export function SectionPane({ section }: { readonly section: Section }) {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    loadSectionDocument(appDatabase, section.id).then(
      (document) => current && setLoaded({ sectionId: section.id, document: document ?? EMPTY_DOCUMENT }),
      (error: unknown) => current && setLoaded({ sectionId: section.id, failure: describeStorageError(error) }),
    );
    return () => {
      current = false;
    };
  }, [section.id]);

  const save = useCallback((document: RichTextNode) => saveSectionDocument(appDatabase, section.id, document).then(() => undefined), [section.id]);
  const onWordCount = useCallback((words: number) => setLiveCount(section.id, words), [section.id]);

  if (loaded === undefined || loaded.sectionId !== section.id) return <p className="loading">Opening {section.title}…</p>;
  if ('failure' in loaded) {
    return (
      <p className="form-failure" role="alert">
        {loaded.failure}
      </p>
    );
  }
  return (
    <section className="section-pane" aria-labelledby="section-title">
      <h2 id="section-title" className="section-title">
        {section.title}
      </h2>
      <SectionWordCount sectionId={section.id} />
      <SectionEditor
        key={section.id}
        title={section.title}
        initialDocument={loaded.document}
        save={save}
        describeSaveError={describeStorageError}
        onWordCount={onWordCount}
        onSaveStatus={setSaveStatus}
        registerFlush={registerOpenEditor}
      />
    </section>
  );
}
