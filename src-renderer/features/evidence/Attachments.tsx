import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ATTACHMENT_TYPES } from '../../core/evidence/evidence.js';
import { appDatabase } from '../../db/app-database.js';
import type { Attachment } from '../../db/database.js';
import { describeFailure } from '../../core/failure/failure.js';
import { attachFiles, attachmentsOf, removeAttachment } from '../../db/evidence.js';
import { Problem } from '../../ui/Problem.js';
import { HEIF_ACCEPT } from '../../core/pictures/heif.js';
import { asKeptPhoto } from '../../open-portfolio/heif-photos.js';

/** Files attached to an item of evidence: images as thumbnails, others by name. */
export function Attachments({ evidenceId }: { readonly evidenceId: string }) {
  const attachments = useLiveQuery(() => attachmentsOf(appDatabase, evidenceId), [evidenceId]) ?? [];
  const [problem, setProblem] = useState<string>();
  return (
    <section className="attachments" aria-labelledby="attachments-title">
      <h3 id="attachments-title">Files</h3>
      {attachments.length > 0 && (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <AttachmentPreview attachment={attachment} />
              <button
                type="button"
                className="danger-quiet"
                onClick={() => void removeAttachment(appDatabase, attachment.id)}
              >
                Remove<span className="visually-hidden"> {attachment.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="file-button">
        Attach files (images, PDFs, Word documents; up to 20 MB each)
        <input
          type="file"
          multiple
          accept={[...Object.keys(ATTACHMENT_TYPES), HEIF_ACCEPT].join(',')}
          onChange={async (event) => {
            const input = event.currentTarget;
            try {
              // An iPhone's HEIC photos are kept as JPEG, which Word shows and the export embeds.
              const files = [];
              for (const file of input.files ?? []) {
                const kept = await asKeptPhoto({ name: file.name, data: file });
                files.push({ name: kept.name, type: kept.data.type, size: kept.data.size, data: kept.data });
              }
              await attachFiles(appDatabase, evidenceId, files);
              setProblem(undefined);
            } catch (error) {
              setProblem(describeFailure(error));
            } finally {
              input.value = '';
            }
          }}
        />
      </label>
      <Problem message={problem} />
    </section>
  );
}

/** A thumbnail for an image, the kind of file otherwise, and the name as a link that opens or saves a copy. */
function AttachmentPreview({ attachment }: { readonly attachment: Attachment }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(attachment.data);
    // The object URL is an outside resource: made when the file appears, released when it goes.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [attachment]);
  const isImage = attachment.mediaType.startsWith('image/');
  return (
    <>
      {isImage && url !== undefined ? (
        <img className="thumbnail" src={url} alt={`Thumbnail of ${attachment.name}`} />
      ) : (
        <span className="attachment-kind">{ATTACHMENT_TYPES[attachment.mediaType] ?? 'File'}</span>
      )}
      {url === undefined ? (
        <span>{attachment.name}</span>
      ) : (
        <a href={url} download={attachment.name}>
          {attachment.name}
        </a>
      )}
    </>
  );
}
