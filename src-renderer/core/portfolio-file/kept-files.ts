import { keptAttachment } from '../evidence/evidence.js';
import type { KeptFile } from '../files/kept-file.js';
import { imageFormat } from '../pictures/image-metadata.js';
import { keptPicture } from '../pictures/picture.js';
import type { FilesByHash, PortfolioBundle, PortfoliosContents, StoredFileEntry } from './bundle.js';
import { hex, type FileCrypto } from './file-crypto.js';
import type { FileData, KeepFile } from './byte-source.js';

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
  readFile: (sha256: string) => Promise<Uint8Array>,
  fileCrypto: FileCrypto,
  keepFile: KeepFile,
): Promise<{ contents: PortfoliosContents; files: FilesByHash } | string> {
  const kept = new Map<string, FileData>();
  /** Each stored file's hash as kept, by its hash in the file: the same file in two portfolios is kept once. */
  const keptAs = new Map<string, string>();
  const keep = async (entry: StoredFileEntry, original: Uint8Array, file: KeptFile): Promise<string> => {
    const known = keptAs.get(entry.sha256);
    if (known !== undefined) return known;
    const sha256 = file.bytes === original ? entry.sha256 : hex(await fileCrypto.sha256(file.bytes));
    kept.set(sha256, keepFile(file.bytes, file.mediaType));
    keptAs.set(entry.sha256, sha256);
    return sha256;
  };
  // One file at a time, in order: a file of photos is read without holding them all.
  const asKept = async <T extends StoredFileEntry>(
    entry: T,
    check: (bytes: Uint8Array) => ReturnType<typeof keptAttachment> | ReturnType<typeof keptPicture>,
  ): Promise<T | string> => {
    const bytes = await readFile(entry.sha256);
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
        sha256: await keep(entry, bytes, { name: entry.name, mediaType: `image/${format}`, bytes }),
      };
    }
    const { name, mediaType } = checked.file;
    return {
      ...entry,
      name,
      mediaType,
      size: checked.file.bytes.length,
      sha256: await keep(entry, bytes, checked.file),
    };
  };
  const portfolios: PortfolioBundle[] = [];
  for (const bundle of contents.portfolios) {
    const attachments: (typeof bundle.attachments)[number][] = [];
    for (const entry of bundle.attachments) {
      const one = await asKept(entry, (bytes) => keptAttachment(entry.name, entry.mediaType, bytes));
      if (typeof one === 'string') return one;
      attachments.push(one);
    }
    const pictures: (typeof bundle.pictures)[number][] = [];
    for (const entry of bundle.pictures) {
      const one = await asKept(entry, (bytes) => keptPicture(entry.name, bytes));
      if (typeof one === 'string') return one;
      pictures.push(one);
    }
    portfolios.push({ ...bundle, attachments, pictures });
  }
  return { contents: { ...contents, portfolios }, files: kept };
}
