import { useEffect, useState } from 'react';
import { EMPTY_DOCUMENT, type RichTextNode } from '../core/document/rich-text.js';
import { describeFailure } from '../core/failure/failure.js';

type Loaded =
  { readonly id: string; readonly document: RichTextNode } | { readonly id: string; readonly failure: string };

/** Loads a saved document once and hands it to the editor, which owns it from then on. */
export function useSavedDocument(
  id: string,
  load: (id: string) => Promise<RichTextNode | undefined>,
): Loaded | undefined {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    load(id).then(
      (document) => current && setLoaded({ id, document: document ?? EMPTY_DOCUMENT }),
      (error: unknown) => current && setLoaded({ id, failure: describeFailure(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, load]);
  return loaded?.id === id ? loaded : undefined;
}
