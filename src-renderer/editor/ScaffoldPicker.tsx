import type { Editor } from '@tiptap/react';
import { REFLECTIVE_MODELS, scaffoldFor } from '../core/evidence/reflective-models.js';

/** Inserts a reflective model's headed prompts at the cursor, as one undoable step. */
export function ScaffoldPicker({ editor }: { readonly editor: Editor }) {
  return (
    <div className="toolbar-group">
      <label className="scaffold-picker">
        <span className="visually-hidden">Reflective model</span>
        <select
          aria-label="Insert a reflective model"
          value=""
          onChange={(event) => {
            const model = REFLECTIVE_MODELS.find((candidate) => candidate.id === event.target.value);
            if (model !== undefined) editor.chain().focus().insertContent(scaffoldFor(model)).run();
          }}
        >
          <option value="">Reflective model…</option>
          {REFLECTIVE_MODELS.map((model) => (
            <option key={model.id} value={model.id}>
              {model.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
