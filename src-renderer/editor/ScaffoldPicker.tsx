import type { Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { REFLECTIVE_MODELS, scaffoldFor, type ReflectiveModel } from '../core/evidence/reflective-models.js';

/**
 * Inserts a reflective model's stage headings at the cursor, as one undoable step, from a
 * button and its menu: a choice is made on purpose (Enter or a click), never by an arrow key
 * passing over it, and a selection is left as it was, the model going in after it.
 */
export function ScaffoldPicker({ editor }: { readonly editor: Editor }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (model: ReflectiveModel) => {
    setOpen(false);
    insertModel(editor, model);
  };
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    } else if (next !== undefined) {
      event.preventDefault();
      items[(next + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="toolbar-group scaffold-picker">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Reflective model…
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label="Reflective models" className="toolbar-menu" onKeyDown={moveFocus}>
          {REFLECTIVE_MODELS.map((model) => (
            <li key={model.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(model)}>
                {model.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Puts the model's headings in after the paragraph holding the cursor or the selection (never over
 * it, never splitting a sentence), or in place of an empty paragraph; the cursor under the first heading.
 */
function insertModel(editor: Editor, model: ReflectiveModel): void {
  const { $to } = editor.state.selection;
  const at = $to.depth === 0 || ($to.parent.isTextblock && $to.parent.content.size === 0) ? $to.pos : $to.after(1);
  const sizeBefore = editor.state.doc.content.size;
  editor
    .chain()
    .focus()
    .insertContentAt(at, scaffoldFor(model))
    .command(({ tr }) => {
      const inserted = tr.doc.content.size - sizeBefore;
      let target: number | undefined;
      tr.doc.nodesBetween(at, Math.min(at + inserted + 2, tr.doc.content.size), (node, position) => {
        if (target !== undefined || node.type.name !== 'paragraph' || node.content.size !== 0)
          return target === undefined;
        const place = tr.doc.resolve(position);
        if (place.index() > 0 && place.parent.child(place.index() - 1).type.name === 'heading') target = position + 1;
        return target === undefined;
      });
      if (target !== undefined) tr.setSelection(TextSelection.create(tr.doc, target));
      return true;
    })
    .run();
}
