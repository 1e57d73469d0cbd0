import { strFromU8, strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import * as v from 'valibot';
import { concatenate } from '../files/bytes.js';
import { MAX_PORTFOLIO_FILE_BYTES, MAX_STORED_FILE_BYTES } from '../files/limits.js';
import { countDocumentTally } from '../counting/count-document.js';
import { cleanDocument } from '../document/clean-document.js';
import { citedEntryIds } from '../document/rich-text.js';
import {
  portfoliosIn,
  type FilesByHash,
  type PortfolioBundle,
  type PortfolioFileContents,
  type PortfoliosContents,
} from './bundle.js';
import { bundlesProblem, checkBundle, feedbackProblem } from './bundle-integrity.js';
import { withKeptFiles } from './kept-files.js';
import { describeIssuePath, portfolioFileSchema } from './bundle-schema.js';
import { fromBase64, hex, PBKDF2_ITERATIONS, toBase64, type FileCrypto, type Protection } from './file-crypto.js';
import {
  bytesOf,
  bytesSource,
  partOf,
  type ByteSink,
  type ByteSource,
  type FileData,
  type KeepFile,
} from './byte-source.js';
import { ChunkSealer, NONCE_PREFIX_BYTES, openChunks, SEAL_CHUNK_BYTES, SealedChunkDamaged } from './chunked-seal.js';
import { listZipEntries, unpackZipEntry, type ZipEntry, type ZipFault } from './zip-reader.js';

/**
 * The `.nasenco` file (docs/file-format.md): a zip holding `manifest.json` (the format and its
 * version, the app's version, when it was written, and the SHA-256 of every other entry),
 * `portfolio.json` (the records) and `attachments/<sha256>` (each file once, named by its
 * hash). A protected file is a zip of its own manifest, which says how it was sealed, and
 * `protected.bin`: the plain file sealed with AES-256-GCM under a key from the passphrase.
 *
 * Reading checks everything before anything is used: sizes before unzipping (zip bombs), entry
 * names (no paths), checksums, the format's version, the records against their schema, and
 * that every file a record names is there. Texts are cleaned to what the editor knows.
 */

export const FORMAT_NAME = 'nasenco-portfolio';
/**
 * A later app reads every earlier version through `UPGRADES`. 2: comments on sections.
 * 3: mentor copies, mentor feedback files, earlier versions of judgements, time of signing.
 * 4: where judgements were made. 5: the picture quality and upload limit of exports.
 * 6: protection in chunks (chunked-seal.ts), and entries written as a stream (their sizes in data
 * descriptors), so files of any size are written and read a piece at a time.
 */
export const FORMAT_VERSION = 6;

export const LIMITS = {
  /** The whole file, as read from disk. */
  fileBytes: MAX_PORTFOLIO_FILE_BYTES,
  /** `portfolio.json` unpacked. */
  recordsBytes: 200 * 1024 * 1024,
  /** One attachment or picture unpacked: never more than the app accepts (core/limits.ts). */
  attachmentBytes: MAX_STORED_FILE_BYTES,
  /** Everything unpacked. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Unpacked size over packed size, for entries over a megabyte: text packs about 10 to 1, a bomb thousands. */
  ratio: 200,
  entries: 50_000,
} as const;

const MANIFEST = 'manifest.json';
const RECORDS = 'portfolio.json';
const SEALED = 'protected.bin';
const ATTACHMENT = /^attachments\/([0-9a-f]{64})$/u;

export interface WriteOptions {
  readonly appVersion: string;
  /** ISO time the file was written. */
  readonly createdAt: string;
  /** Seals the file when given. */
  readonly passphrase?: string;
  /** Defaults to `PBKDF2_ITERATIONS`; tests use fewer to run quickly. */
  readonly iterations?: number;
}

export type FileProblemKind =
  | 'empty'
  | 'not-a-portfolio'
  | 'damaged'
  | 'unsafe'
  | 'too-large'
  | 'newer'
  | 'invalid'
  | 'needs-passphrase'
  | 'wrong-passphrase';

export interface FileProblem {
  readonly kind: FileProblemKind;
  /** What to tell the person opening it, in their words. */
  readonly message: string;
}

export interface OpenedFile<Contents extends PortfolioFileContents = PortfolioFileContents> {
  readonly contents: Contents;
  readonly files: FilesByHash;
  readonly appVersion: string;
  readonly createdAt: string;
  readonly formatVersion: number;
  readonly protectedFile: boolean;
}

/** Whether the file holds portfolios (a backup or a shared portfolio), not feedback. */
export function holdsPortfolios(file: OpenedFile): file is OpenedFile<PortfoliosContents> {
  return file.contents.purpose !== 'feedback';
}

export type ReadResult =
  { readonly ok: true; readonly file: OpenedFile } | { readonly ok: false; readonly problem: FileProblem };

/** How far reading has got, from 0 to 1, for a progress bar. */
export type Report = (fraction: number) => void;

/** A report for one stage of the work, from `from` to `to` of the whole. */
function within(report: Report, from: number, to: number): Report {
  return (fraction) => report(from + (to - from) * Math.min(1, Math.max(0, fraction)));
}

/**
 * Writes the file into `sink` a piece at a time, each file read from `files` as its turn comes,
 * so a portfolio of photos never sits in memory whole. `files` must hold every file the bundles
 * name, by hash. With a passphrase the plain file is sealed in chunks as it is written.
 */
export async function streamPortfolioFile(
  contents: PortfolioFileContents,
  files: ReadonlyMap<string, FileData>,
  fileCrypto: FileCrypto,
  options: WriteOptions,
  sink: ByteSink,
): Promise<void> {
  const records = strToU8(JSON.stringify(contents));
  const hashes = [...hashesNamedIn(contents)];
  for (const hash of hashes)
    if (!files.has(hash)) throw new Error(`The file ${hash} named in the portfolio is missing.`);
  // Each file is named by its SHA-256, so the manifest can be written before any file is read.
  const checksums: Record<string, string> = { [RECORDS]: hex(await fileCrypto.sha256(records)) };
  for (const hash of hashes) checksums[`attachments/${hash}`] = hash;
  const manifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
    entries: checksums,
  };
  const writePlain = async (plainSink: ByteSink) => {
    const zip = new ZipWriter(plainSink);
    await zip.add(MANIFEST, strToU8(JSON.stringify(manifest, null, 2)), 'deflate');
    await zip.add(RECORDS, records, 'deflate');
    // Pictures and documents are packed already: they are stored as they are.
    for (const hash of hashes)
      await zip.add(`attachments/${hash}`, await bytesOf(files.get(hash) as FileData), 'store');
    await zip.end();
  };
  if (options.passphrase === undefined) return writePlain(sink);

  const protection: Protection = {
    cipher: 'AES-256-GCM',
    kdf: 'PBKDF2-SHA-256',
    iterations: options.iterations ?? PBKDF2_ITERATIONS,
    salt: fileCrypto.randomBytes(16),
    nonce: fileCrypto.randomBytes(NONCE_PREFIX_BYTES),
    chunkBytes: SEAL_CHUNK_BYTES,
  };
  const key = await fileCrypto.deriveKey(options.passphrase, protection.salt, protection.iterations);
  const outerManifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    protection: {
      cipher: protection.cipher,
      kdf: protection.kdf,
      iterations: protection.iterations,
      salt: toBase64(protection.salt),
      nonce: toBase64(protection.nonce),
      chunkBytes: protection.chunkBytes,
    },
  };
  const outer = new ZipWriter(sink);
  await outer.add(MANIFEST, strToU8(JSON.stringify(outerManifest, null, 2)), 'deflate');
  const sealed = outer.begin(SEALED);
  const sealer = new ChunkSealer(fileCrypto, key, protection.nonce, sealed.push, SEAL_CHUNK_BYTES);
  await writePlain((piece) => sealer.push(piece));
  await sealer.end();
  await sealed.end();
  await outer.end();
}

/** The whole file in memory: for small files (feedback, tests). Large ones go through `streamPortfolioFile`. */
export async function writePortfolioFile(
  contents: PortfolioFileContents,
  files: ReadonlyMap<string, FileData>,
  fileCrypto: FileCrypto,
  options: WriteOptions,
): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await streamPortfolioFile(contents, files, fileCrypto, options, (piece) => {
    pieces.push(piece);
    return Promise.resolve();
  });
  return concatenate(pieces);
}

/**
 * fflate's streaming zip, with each entry's output handed to the sink before the next entry is
 * read: fflate calls back as it goes, and the sink may take its time (a disk, a cipher).
 */
class ZipWriter {
  private readonly out: Uint8Array[] = [];
  private failure: Error | undefined;
  private readonly zip = new Zip((error, piece) => {
    if (error !== null) this.failure = error;
    else this.out.push(piece);
  });

  constructor(private readonly sink: ByteSink) {}

  async add(name: string, bytes: Uint8Array, packing: 'deflate' | 'store'): Promise<void> {
    const entry = packing === 'deflate' ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(entry);
    entry.push(bytes, true);
    await this.flush();
  }

  /** An entry written in pieces; it must end before the next begins. */
  begin(name: string): { push: ByteSink; end: () => Promise<void> } {
    const entry = new ZipPassThrough(name);
    this.zip.add(entry);
    return {
      push: async (piece) => {
        entry.push(piece);
        await this.flush();
      },
      end: async () => {
        entry.push(new Uint8Array(), true);
        await this.flush();
      },
    };
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    for (const piece of this.out.splice(0)) await this.sink(piece);
  }
}

const keepBytes: KeepFile = (bytes) => bytes;

/**
 * Reads a file, or says plainly why it cannot be opened. Never throws for anything in the
 * file: every failure is a `FileProblem`. The file is read a stretch at a time from `file`, and
 * each file it carries is checked and handed to `keepFile` in turn, so a large file is read
 * in little memory.
 */
export async function readPortfolioFile(
  file: Uint8Array | ByteSource,
  fileCrypto: FileCrypto,
  passphrase?: string,
  report: Report = () => undefined,
  keepFile: KeepFile = keepBytes,
): Promise<ReadResult> {
  const source = file instanceof Uint8Array ? bytesSource(file) : file;
  try {
    return await read(source, fileCrypto, passphrase, false, report, keepFile);
  } catch (error) {
    if (error instanceof SealedChunkDamaged)
      return refuse(
        'damaged',
        'This file is damaged or was cut short (perhaps while copying): part of it does not open with its passphrase. Nothing was imported. Try another copy of it.',
      );
    // Whatever slipped past the checks (an allocation the browser refused, a library's own error) still gets words.
    return refuse('damaged', 'This file could not be read: it may be damaged. Try another copy of it.');
  }
}

async function read(
  source: ByteSource,
  fileCrypto: FileCrypto,
  passphrase: string | undefined,
  inner: boolean,
  report: Report,
  keepFile: KeepFile,
): Promise<ReadResult> {
  if (source.size === 0)
    return refuse(
      'empty',
      'This file is empty. It may not have finished copying: copy it again from where it was saved.',
    );
  if (source.size > LIMITS.fileBytes)
    return refuse('too-large', 'This file is larger than any portfolio file the app writes, so it was not opened.');
  const listed = await listedEntries(source);
  if (!listed.ok) return { ok: false, problem: listed.problem };
  const { entries } = listed;
  const unpacked = async (entry: ZipEntry | undefined) =>
    entry === undefined ? undefined : unpackZipEntry(source, entry);
  const manifestEntry = entries.get(MANIFEST);
  if (manifestEntry === undefined)
    return refuse(
      'not-a-portfolio',
      'This file is not a portfolio file: it has no manifest. Choose a .nasenco file the app saved.',
    );
  const manifestBytes = await unpacked(manifestEntry);
  if (manifestBytes === undefined) return { ok: false, problem: ZIP_FAULTS.damaged };
  const manifest = parseJson(manifestBytes);
  if (!isRecord(manifest) || manifest['format'] !== FORMAT_NAME)
    return refuse(
      'not-a-portfolio',
      'This file is not a portfolio file from this app. Choose a .nasenco file the app saved.',
    );
  const version = manifest['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('damaged', 'This file’s manifest is damaged, so it was not opened. Try another copy of it.');
  if (version > FORMAT_VERSION) {
    return refuse(
      'newer',
      `This file was saved by a newer version of the app (file format ${version}; this app reads up to ${FORMAT_VERSION}). Update the app to open it; nothing has been changed.`,
    );
  }

  const sealedEntry = entries.get(SEALED);
  if (sealedEntry !== undefined) {
    if (inner) return refuse('damaged', 'This file is damaged: it is protected twice. Try another copy of it.');
    const protection = protectionOf(manifest['protection'], version);
    if (protection === undefined || (protection.chunkBytes !== undefined && sealedEntry.method !== 0))
      return refuse(
        'damaged',
        'This protected file’s manifest is damaged, so it cannot be opened. Try another copy of it.',
      );
    if (passphrase === undefined)
      return refuse('needs-passphrase', 'This file is protected. Enter the passphrase it was saved with.');
    const plain = await openSealed(source, sealedEntry, protection, passphrase, fileCrypto);
    if (plain === 'damaged') return { ok: false, problem: ZIP_FAULTS.damaged };
    if (plain === undefined)
      return refuse('wrong-passphrase', 'Wrong passphrase. Check it with the person who saved the file and try again.');
    report(0.05);
    const opened = await read(plain, fileCrypto, undefined, true, within(report, 0.05, 1), keepFile);
    return opened.ok ? { ok: true, file: { ...opened.file, protectedFile: true } } : opened;
  }

  const checksums = manifest['entries'];
  if (!isRecord(checksums))
    return refuse('damaged', 'This file’s manifest is damaged, so it was not opened. Try another copy of it.');
  const mismatch = () =>
    refuse(
      'damaged',
      'This file is damaged: part of it does not match its checksum. Nothing was imported. Try another copy of it.',
    );
  for (const name of entries.keys())
    if (name !== MANIFEST && typeof checksums[name] !== 'string')
      return refuse(
        'damaged',
        'This file holds something its manifest does not list, so it was not opened. Try another copy of it.',
      );
  if (Object.keys(checksums).some((name) => !entries.has(name))) return mismatch();

  const total = [...entries.values()].reduce((sum, entry) => sum + entry.size, 0);
  let done = 0;
  /** An entry's bytes, checked against its checksum; undefined when they do not match. */
  const checked = async (name: string): Promise<Uint8Array | undefined> => {
    const entry = entries.get(name);
    const bytes = await unpacked(entry);
    if (bytes === undefined || hex(await fileCrypto.sha256(bytes)) !== checksums[name]) return undefined;
    done += bytes.length;
    report(Math.min(1, done / Math.max(1, total)));
    return bytes;
  };

  const records = await checked(RECORDS);
  if (records === undefined)
    return entries.has(RECORDS)
      ? mismatch()
      : refuse('damaged', 'This file has no portfolio in it. Try another copy of it.');
  const json = parseJson(records);
  if (json === undefined)
    return refuse('damaged', 'This file’s portfolio could not be read: it may be damaged. Try another copy of it.');
  const schemaChecked = v.safeParse(portfolioFileSchema, upgrade(json, version), { abortPipeEarly: true });
  if (!schemaChecked.success) {
    const [issue] = schemaChecked.issues;
    return refuse(
      'invalid',
      `This file’s portfolio is not in the form the app writes (at ${describeIssuePath(issue.path) || 'the top'}), so nothing was imported.`,
    );
  }
  const belonging = recordsThatBelong(schemaChecked.output);
  if (typeof belonging === 'string') return refuse('invalid', belonging);
  const contents = belonging;

  for (const bundle of portfoliosIn(contents)) {
    for (const stored of [...bundle.attachments, ...bundle.pictures]) {
      if (entries.get(`attachments/${stored.sha256}`)?.size !== stored.size)
        return refuse(
          'damaged',
          `This file is missing “${stored.name}”, which its portfolio holds, so nothing was imported. Try another copy of it.`,
        );
    }
  }
  // Each file is read, checked and kept in turn; one that does not match its checksum stops the whole read.
  class Mismatch extends Error {}
  const readFile = async (hash: string): Promise<Uint8Array> => {
    const bytes = await checked(`attachments/${hash}`);
    if (bytes === undefined) throw new Mismatch();
    return bytes;
  };
  let kept: { contents: PortfolioFileContents; files: FilesByHash } | string;
  try {
    kept =
      contents.purpose === 'feedback'
        ? { contents, files: new Map() }
        : await withKeptFiles(
            { ...contents, portfolios: contents.portfolios.map(withCleanTexts) },
            readFile,
            fileCrypto,
            keepFile,
          );
    // Files no record names are never kept, but must match their checksums all the same.
    const named = new Set(hashesNamedIn(contents));
    for (const name of entries.keys()) {
      const hash = ATTACHMENT.exec(name)?.[1];
      if (hash !== undefined && !named.has(hash)) await readFile(hash);
    }
  } catch (error) {
    if (error instanceof Mismatch) return mismatch();
    throw error;
  }
  if (typeof kept === 'string') return refuse('unsafe', kept);
  return {
    ok: true,
    file: {
      contents: kept.contents,
      files: kept.files,
      appVersion: typeof manifest['appVersion'] === 'string' ? manifest['appVersion'] : 'unknown',
      createdAt: typeof manifest['createdAt'] === 'string' ? manifest['createdAt'] : '',
      formatVersion: version,
      protectedFile: false,
    },
  };
}

/**
 * The plain file inside a protected one: opened a chunk at a time (format 6), or whole (earlier
 * formats sealed it in one piece). Undefined for a wrong passphrase.
 */
async function openSealed(
  source: ByteSource,
  sealedEntry: ZipEntry,
  protection: Protection,
  passphrase: string,
  fileCrypto: FileCrypto,
): Promise<ByteSource | 'damaged' | undefined> {
  const key = await fileCrypto.deriveKey(passphrase, protection.salt, protection.iterations);
  if (protection.chunkBytes !== undefined) {
    // The sealed chunks are stored as they are, so they are read straight from the file; their tags stand in for the zip's CRC-32.
    const sealed = partOf(source, sealedEntry.dataStart, sealedEntry.packedSize);
    return openChunks(sealed, fileCrypto, key, protection.nonce, protection.chunkBytes);
  }
  const sealed = await unpackZipEntry(source, sealedEntry);
  if (sealed === undefined) return 'damaged';
  const plain = await fileCrypto.decrypt(key, protection.nonce, sealed);
  return plain === undefined ? undefined : bytesSource(plain);
}

/** The records, each in the portfolio it travels with (bundle-integrity.ts), or why they are not. */
function recordsThatBelong(contents: PortfolioFileContents): PortfolioFileContents | string {
  if (contents.purpose === 'feedback') return feedbackProblem(contents.feedback) ?? contents;
  const portfolios: PortfolioBundle[] = [];
  for (const bundle of contents.portfolios) {
    const checked = checkBundle(bundle);
    if (!checked.ok) return checked.problem;
    portfolios.push(checked.bundle);
  }
  return bundlesProblem(portfolios) ?? { ...contents, portfolios };
}

/** Each older format brought up to the next, applied in order before the schema check. */
const UPGRADES: Readonly<Record<number, (json: unknown) => unknown>> = {
  // Version 1 had no comments on sections.
  1: (json) => withEveryBundle(json, (bundle) => ({ sectionComments: [], ...bundle })),
  // Version 2 had no earlier versions of judgements.
  2: (json) => withEveryBundle(json, (bundle) => ({ earlierVersions: [], ...bundle })),
  // Version 3 did not say where judgements were made (`madeIn`, optional): read as not recorded.
  // Version 4 had no picture quality or upload limit: the programme's schema reads them as
  // standard and none. The version went up so that an app older than them says to update,
  // rather than calling a newer file damaged.
};

function withEveryBundle(json: unknown, change: (bundle: Record<string, unknown>) => Record<string, unknown>): unknown {
  return isRecord(json) && Array.isArray(json['portfolios'])
    ? { ...json, portfolios: json['portfolios'].map((bundle: unknown) => (isRecord(bundle) ? change(bundle) : bundle)) }
    : json;
}

function upgrade(json: unknown, from: number): unknown {
  let upgraded = json;
  for (let version = from; version < FORMAT_VERSION; version++) upgraded = UPGRADES[version]?.(upgraded) ?? upgraded;
  return upgraded;
}

/**
 * Texts as the editor can open them, with the counts and citations kept beside them worked out
 * again from the texts, so a file edited by hand cannot make the app show a wrong count.
 */
function withCleanTexts(bundle: PortfolioBundle): PortfolioBundle {
  const sectionContents = bundle.sectionContents.map((content) => ({
    ...content,
    document: cleanDocument(content.document),
  }));
  const evidenceCommentaries = bundle.evidenceCommentaries.map((commentary) => ({
    ...commentary,
    document: cleanDocument(commentary.document),
  }));
  const sectionTexts = new Map(sectionContents.map((content) => [content.sectionId, content.document]));
  const commentaryTexts = new Map(
    evidenceCommentaries.map((commentary) => [commentary.evidenceId, commentary.document]),
  );
  return {
    ...bundle,
    sectionContents,
    evidenceCommentaries,
    sections: bundle.sections.map((section) => {
      const text = sectionTexts.get(section.id);
      return text === undefined
        ? section
        : { ...section, words: countDocumentTally(text), citedEntryIds: citedEntryIds(text) };
    }),
    evidence: bundle.evidence.map((item) => {
      const text = commentaryTexts.get(item.id);
      return text === undefined
        ? item
        : { ...item, commentaryWords: countDocumentTally(text), citedEntryIds: citedEntryIds(text) };
    }),
  };
}

function hashesNamedIn(contents: PortfolioFileContents): Set<string> {
  return new Set(
    portfoliosIn(contents).flatMap((bundle) =>
      [...bundle.attachments, ...bundle.pictures].map((stored) => stored.sha256),
    ),
  );
}

type Listed =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, ZipEntry> }
  | { readonly ok: false; readonly problem: FileProblem };

const ZIP_FAULTS: Readonly<Record<ZipFault, FileProblem>> = {
  damaged: {
    kind: 'damaged',
    message:
      'This file is damaged or was cut short (perhaps while copying), so it was not opened. Try another copy of it.',
  },
  'too-many-entries': {
    kind: 'too-large',
    message: 'This file holds far more parts than any portfolio file, so it was not opened.',
  },
  overlapping: {
    kind: 'unsafe',
    message:
      'This file’s parts share the same packed bytes, which no portfolio file does (it may be built to overwhelm the app), so it was not opened.',
  },
  unsupported: {
    kind: 'not-a-portfolio',
    message:
      'This file is a kind of zip the app never writes (encrypted, split or packed another way), so it was not opened. Choose a .nasenco file the app saved.',
  },
};

const TOO_LARGE: FileProblem = {
  kind: 'too-large',
  message:
    'This file unpacks to far more than any portfolio (it may be built to overwhelm the app), so it was not opened.',
};

/**
 * The zip's entries, by name: every name and declared size checked before anything is
 * unpacked (zip-reader.ts checks the zip's structure).
 */
async function listedEntries(source: ByteSource): Promise<Listed> {
  const head = await source.read(0, 8);
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04))
    return { ok: false, problem: notAZip(head) };
  const listing = await listZipEntries(source, LIMITS.entries);
  if (!listing.ok) return { ok: false, problem: ZIP_FAULTS[listing.fault] };
  const infos = listing.entries;
  if (infos.some((info) => info.name === '[Content_Types].xml')) {
    return {
      ok: false,
      problem: {
        kind: 'not-a-portfolio',
        message:
          'This is a Word document (or another Office file), not a portfolio file. Open it in Word; to restore or share a portfolio, choose a .nasenco file the app saved.',
      },
    };
  }
  let total = 0;
  const entries = new Map<string, ZipEntry>();
  for (const info of infos) {
    const allowed =
      info.name === MANIFEST || info.name === RECORDS || info.name === SEALED || ATTACHMENT.test(info.name);
    if (!allowed || entries.has(info.name))
      return {
        ok: false,
        problem: {
          kind: 'unsafe',
          message: `This file holds something a portfolio file never does (“${info.name.slice(0, 80)}”), so it was not opened.`,
        },
      };
    entries.set(info.name, info);
    const limit =
      info.name === RECORDS
        ? LIMITS.recordsBytes
        : info.name === SEALED
          ? LIMITS.fileBytes
          : info.name === MANIFEST
            ? 1024 * 1024
            : LIMITS.attachmentBytes;
    total += info.size;
    const packedTooTightly = info.size > 1024 * 1024 && info.size > Math.max(1, info.packedSize) * LIMITS.ratio;
    if (info.size > limit || total > LIMITS.totalBytes || packedTooTightly) return { ok: false, problem: TOO_LARGE };
    // Deflate never grows data by more than a few bytes in 64 KB: packed bytes beyond that are not the entry's.
    if (info.method === 8 && info.packedSize > info.size + Math.floor(info.size / 256) + 1024)
      return { ok: false, problem: ZIP_FAULTS.damaged };
  }
  return { ok: true, entries };
}

/** What a file that is not a zip seems to be, for the message. */
function notAZip(bytes: Uint8Array): FileProblem {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const kind = starts(0x25, 0x50, 0x44, 0x46)
    ? 'a PDF'
    : starts(0x89, 0x50, 0x4e, 0x47)
      ? 'a PNG picture'
      : starts(0xff, 0xd8)
        ? 'a JPEG picture'
        : starts(0xd0, 0xcf, 0x11, 0xe0)
          ? 'an older Word or Office file'
          : undefined;
  return {
    kind: 'not-a-portfolio',
    message: `This is not a portfolio file${kind === undefined ? '' : `: it looks like ${kind}`}. Choose a .nasenco file the app saved.`,
  };
}

function protectionOf(value: unknown, version: number): Protection | undefined {
  if (!isRecord(value) || value['cipher'] !== 'AES-256-GCM' || value['kdf'] !== 'PBKDF2-SHA-256') return undefined;
  const iterations = value['iterations'];
  const salt = typeof value['salt'] === 'string' ? fromBase64(value['salt']) : undefined;
  const nonce = typeof value['nonce'] === 'string' ? fromBase64(value['nonce']) : undefined;
  // Fewer iterations than any app wrote would make guessing cheap; more than this would hang the app.
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1000 || iterations > 10_000_000)
    return undefined;
  if (salt === undefined || salt.length < 16 || nonce === undefined) return undefined;
  const base = { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt, nonce } as const;
  // Before format 6 the file was sealed whole; from 6 in chunks of 1 MiB.
  if (version < 6) return nonce.length === 12 ? base : undefined;
  // The chunk size is the app's own: a file may not choose one that makes reading it slow.
  if (nonce.length !== NONCE_PREFIX_BYTES || value['chunkBytes'] !== SEAL_CHUNK_BYTES) return undefined;
  return { ...base, chunkBytes: SEAL_CHUNK_BYTES };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(kind: FileProblemKind, message: string): ReadResult {
  return { ok: false, problem: { kind, message } };
}
