import { keptAttachment } from '../evidence/evidence.js';
import type { KeptFile } from '../files/kept-file.js';
import { imageFormat } from '../pictures/image-metadata.js';
import { keptPicture } from '../pictures/picture.js';
import type { FilesByHash, PortfolioBundle, PortfoliosContents, StoredFileEntry } from './bundle.js';
import { hex, type FileCrypto } from './file-crypto.js';

/**
 * The files a portfolio file brings in pass the checks a file added by hand passes: a kind the
 * app keeps, no larger than it keeps, a name that is only a name, and pictures without their
 * metadata, so a share or a backup made by an earlier version (or by hand) carries no GPS
 * position onto this computer or into an export. A picture whose bytes are a PNG, JPEG, GIF or
 * WebP but which the cleaner cannot read is kept as it came: an earlier version accepted it, and
 * refusing the whole file for it would lose the rest. Anything else is refused.
 */
export async function withKeptFiles(
  contents: PortfoliosContents,
  files: FilesByHash,
  fileCrypto: FileCrypto,
): Promise<{ contents: PortfoliosContents; files: FilesByHash } | string> {
  const kept = new Map<string, Uint8Array>();
  /** Each stored file's bytes as kept, by its hash in the file: the same file in two portfolios is cleaned once. */
  const cleaned = new Map<string, Promise<string>>();
  const keep = (entry: StoredFileEntry, file: KeptFile): Promise<string> => {
    const known = cleaned.get(entry.sha256);
    if (known !== undefined) return known;
    const hashed = (async () => {
      const sha256 = file.bytes === files.get(entry.sha256) ? entry.sha256 : hex(await fileCrypto.sha256(file.bytes));
      kept.set(sha256, file.bytes);
      return sha256;
    })();
    cleaned.set(entry.sha256, hashed);
    return hashed;
  };
  const asKept = async <T extends StoredFileEntry>(
    entry: T,
    check: (bytes: Uint8Array) => ReturnType<typeof keptAttachment> | ReturnType<typeof keptPicture>,
  ): Promise<T | string> => {
    const bytes = files.get(entry.sha256) ?? new Uint8Array();
    const checked = check(bytes);
    if (!checked.ok) {
      // A picture an earlier version kept that the cleaner cannot read comes in as it was, typed by what its bytes are; anything else is refused.
      const format = imageFormat(bytes);
      const asPicture =
        format === 'png' ||
        format === 'jpeg' ||
        (format !== undefined && 'unreadablePicture' in checked && checked.unreadablePicture);
      if (!asPicture)
        return `This file holds “${entry.name.slice(0, 80)}”, a kind of file the app does not keep, so nothing was imported.`;
      return {
        ...entry,
        mediaType: `image/${format}`,
        sha256: await keep(entry, { name: entry.name, mediaType: `image/${format}`, bytes }),
      };
    }
    const { name, mediaType } = checked.file;
    return { ...entry, name, mediaType, size: checked.file.bytes.length, sha256: await keep(entry, checked.file) };
  };
  const portfolios: PortfolioBundle[] = [];
  for (const bundle of contents.portfolios) {
    const attachments = await Promise.all(
      bundle.attachments.map((entry) => asKept(entry, (bytes) => keptAttachment(entry.name, entry.mediaType, bytes))),
    );
    const pictures = await Promise.all(
      bundle.pictures.map((entry) => asKept(entry, (bytes) => keptPicture(entry.name, bytes))),
    );
    const refused = [...attachments, ...pictures].find((entry) => typeof entry === 'string');
    if (refused !== undefined) return refused;
    portfolios.push({
      ...bundle,
      attachments: attachments.filter((entry) => typeof entry !== 'string'),
      pictures: pictures.filter((entry) => typeof entry !== 'string'),
    });
  }
  return { contents: { ...contents, portfolios }, files: kept };
}
