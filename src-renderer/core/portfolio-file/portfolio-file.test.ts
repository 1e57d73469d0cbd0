import { createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { webFileCrypto } from '../../host/file-crypto.js';
import type { RichTextNode } from '../document/rich-text.js';
import { portfoliosIn, type PortfolioFileContents } from './bundle.js';
import { fromBase64, hex, toBase64 } from './file-crypto.js';
import { ChunkSealer, NONCE_PREFIX_BYTES, SEAL_CHUNK_BYTES } from './chunked-seal.js';
import {
  craftZip,
  overlappingEntries,
  sharedLocalHeader,
  zip64EntryCountLie,
  type ZipHeader,
} from './crafted-zips.test-data.js';
import {
  FORMAT_VERSION,
  readPortfolioFile,
  writePortfolioFile,
  type FileProblemKind,
  type ReadResult,
} from './portfolio-file.js';
import { sampleBundle } from './sample-bundle.test-data.js';

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z' };
/** Few iterations keep the tests quick; the app writes 600,000 (tested below). */
const QUICK = { ...OPTIONS, iterations: 1000 };

async function sample() {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const contents: PortfolioFileContents = { purpose: 'backup', portfolios: [bundle] };
  return { contents, files, bytes: await writePortfolioFile(contents, files, webFileCrypto, OPTIONS) };
}

/** The sample with one attachment of 2.5 MB (a PDF's bytes, a kind the app keeps): three chunks when sealed. */
async function withLargeAttachment(contents: PortfolioFileContents) {
  const large = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2_500_000)]));
  const hash = hex(await webFileCrypto.sha256(large));
  const [bundle] = portfoliosIn(contents);
  const attachment = {
    ...bundle!.attachments[0]!,
    id: 'large',
    name: 'Minutes.pdf',
    mediaType: 'application/pdf',
    sha256: hash,
    size: large.length,
  };
  const withLarge: PortfolioFileContents = {
    purpose: 'backup',
    portfolios: [{ ...bundle!, attachments: [attachment] }],
  };
  return { withLarge, large, hash };
}

function problemOf(result: ReadResult) {
  if (result.ok) throw new Error('The file was read, but should have been refused.');
  return result.problem;
}

/** The file's entries, changed by `change`, zipped again. */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => Zippable): Uint8Array {
  return zipSync(change(unzipSync(bytes)));
}

describe('the .nasenco file', () => {
  it('gives back every record and every file exactly', async () => {
    const { contents, files, bytes } = await sample();
    const read = await readPortfolioFile(bytes, webFileCrypto);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.contents).toEqual(contents);
    expect(read.file.files).toEqual(files);
    expect(read.file).toMatchObject({
      appVersion: '0.1.0',
      createdAt: OPTIONS.createdAt,
      formatVersion: FORMAT_VERSION,
      protectedFile: false,
    });
  });

  it('lists every entry with its SHA-256 in the manifest, and names files by their hash', async () => {
    const { bytes, files } = await sample();
    const entries = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as {
      format: string;
      formatVersion: number;
      entries: Record<string, string>;
    };
    expect(manifest).toMatchObject({
      format: 'nasenco-portfolio',
      formatVersion: FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: OPTIONS.createdAt,
    });
    expect(Object.keys(entries).sort()).toEqual(
      ['manifest.json', 'portfolio.json', ...[...files.keys()].map((hash) => `attachments/${hash}`)].sort(),
    );
    for (const [name, checksum] of Object.entries(manifest.entries))
      expect(hex(await webFileCrypto.sha256(entries[name]!))).toBe(checksum);
  });

  it('cleans texts and works counts out again, so a file edited by hand cannot inject markup or a false count', async () => {
    const { contents, files } = await sample();
    const [bundle] = contents.portfolios;
    const edited: PortfolioFileContents = {
      ...contents,
      portfolios: [
        {
          ...bundle!,
          sections: bundle!.sections.map((section, index) =>
            index === 0 ? { ...section, words: { ...section.words, text: 99_999 } } : section,
          ),
          sectionContents: bundle!.sectionContents.map((content, index) =>
            index === 0
              ? {
                  ...content,
                  document: {
                    type: 'doc',
                    content: [
                      { type: 'script', attrs: { onload: 'alert(1)' }, content: [{ type: 'text', text: 'Two words' }] },
                    ],
                  },
                }
              : content,
          ),
        },
      ],
    };
    const read = await readPortfolioFile(
      await writePortfolioFile(edited, files, webFileCrypto, OPTIONS),
      webFileCrypto,
    );
    if (!read.ok) throw new Error(read.problem.message);
    const [first] = portfoliosIn(read.file.contents);
    expect(first?.sectionContents[0]?.document).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Two words' }] }],
    });
    expect(first?.sections.find((section) => section.id === bundle!.sectionContents[0]!.sectionId)?.words.text).toBe(2);
  });
});

describe('files saved by earlier versions of the format', () => {
  // Kept as they were written: a later app must go on reading them (docs/file-format.md).
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

  it.each([
    ['format-1.nasenco', 1, undefined],
    ['format-1-protected.nasenco', 1, 'Bluebell meadow 42'],
    ['format-2.nasenco', 2, undefined],
    ['format-2-protected.nasenco', 2, 'Bluebell meadow 42'],
    ['format-3.nasenco', 3, undefined],
    ['format-3-protected.nasenco', 3, 'Bluebell meadow 42'],
    ['format-4.nasenco', 4, undefined],
    ['format-4-protected.nasenco', 4, 'Bluebell meadow 42'],
    ['format-5.nasenco', 5, undefined],
    ['format-5-protected.nasenco', 5, 'Bluebell meadow 42'],
    ['format-6.nasenco', 6, undefined],
    ['format-6-protected.nasenco', 6, 'Bluebell meadow 42'],
  ])('%s opens with every record and file', async (name, version, passphrase) => {
    const read = await readPortfolioFile(fixture(name), webFileCrypto, passphrase);
    if (!read.ok) throw new Error(read.problem.message);
    const [bundle, second] = portfoliosIn(read.file.contents);
    expect(read.file.formatVersion).toBe(version);
    // Version 1 had no comments; later versions keep the sample's one, with its reply.
    expect(bundle?.sectionComments.map((comment) => comment.replies.length)).toEqual(version === 1 ? [] : [1]);
    // Version 3 added earlier versions of judgements, and mentor copies (the file's second portfolio).
    expect(bundle?.earlierVersions).toHaveLength(version < 3 ? 0 : 1);
    expect(second?.portfolio.mentorCopy?.feedbackSentAt).toBe(version < 3 ? undefined : 30);
    expect(bundle?.portfolio).toMatchObject({
      title: 'NASENCO 2026–27',
      candidateName: 'Ada Example',
      candidateNumber: '7654321',
    });
    expect(bundle?.sections.length).toBeGreaterThan(10);
    expect(bundle?.readingLog.map((entry) => entry.reference.title)).toContain('Promoting equity in schools');
    expect(bundle?.mentorRecords).toHaveLength(3);
    // Version 4 says where each judgement was made, and what a final statement was signed beside.
    expect(bundle?.signOffs.map((signOff) => signOff.madeIn)).toEqual(
      bundle?.signOffs.map(() => (version < 4 ? undefined : 'candidate-copy')),
    );
    expect(bundle?.signOffs.length).toBeGreaterThan(0);
    expect(bundle?.mentorHandbook?.mentorStatement?.outcomesMet).toEqual(version < 4 ? undefined : { met: 1, of: 13 });
    expect([...read.file.files.values()].map((data) => (data as Uint8Array).length)).toEqual([
      bundle?.pictures[0]?.size,
    ]);
    // Version 5 holds how exported pictures are sized; earlier files read as standard, with no upload limit.
    expect(bundle?.portfolio.programme.submission).toMatchObject({ pictureQuality: 'standard', uploadLimitMb: null });
  });
});

describe('a feedback file', () => {
  it.each(['format-4-feedback.nasenco', 'format-6-feedback.nasenco'])(
    'opens from %s with where its judgements were made',
    async (name) => {
      const read = await readPortfolioFile(
        new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
        webFileCrypto,
        'Bluebell meadow 42',
      );
      if (!read.ok) throw new Error(read.problem.message);
      if (read.file.contents.purpose !== 'feedback') throw new Error('Expected feedback.');
      const { feedback } = read.file.contents;
      expect(feedback.signOffs.map((signOff) => signOff.madeIn)).toEqual(['mentor-copy', 'mentor-copy']);
      expect(feedback.mentorStatement).toMatchObject({
        name: 'J. Mentor',
        madeIn: 'mentor-copy',
        outcomesMet: { met: 1, of: 13 },
      });
    },
  );

  it('opens from the version 3 fixture with the mentor’s comments, records, sign-offs and statement', async () => {
    const read = await readPortfolioFile(
      new Uint8Array(readFileSync(new URL('./fixtures/format-3-feedback.nasenco', import.meta.url))),
      webFileCrypto,
      'Bluebell meadow 42',
    );
    if (!read.ok) throw new Error(read.problem.message);
    if (read.file.contents.purpose !== 'feedback') throw new Error('Expected feedback.');
    const { feedback } = read.file.contents;
    expect(feedback).toMatchObject({
      portfolioTitle: 'NASENCO 2026–27',
      sentBy: 'J. Mentor',
      mentorStatement: { name: 'J. Mentor', signedAt: 41 },
    });
    expect([feedback.sectionComments.length, feedback.mentorRecords.length, feedback.signOffs.length]).toEqual([
      1, 3, 2,
    ]);
    expect(portfoliosIn(read.file.contents)).toEqual([]);
  });

  it('is refused when it holds portfolios as well as feedback, or feedback not in the form the app writes', async () => {
    const manifestFor = async (json: string) => ({
      format: 'nasenco-portfolio',
      formatVersion: FORMAT_VERSION,
      entries: { 'portfolio.json': hex(await webFileCrypto.sha256(strToU8(json))) },
    });
    for (const json of [
      JSON.stringify({ purpose: 'feedback', portfolios: [] }),
      JSON.stringify({ purpose: 'feedback', feedback: { portfolioId: 'p' } }),
    ]) {
      const bytes = zipSync({
        'manifest.json': strToU8(JSON.stringify(await manifestFor(json))),
        'portfolio.json': strToU8(json),
      });
      expect(problemOf(await readPortfolioFile(bytes, webFileCrypto)).kind).toBe('invalid');
    }
  });
});

describe('a protected file', () => {
  it('opens only with its passphrase, and says “wrong passphrase” otherwise, never showing garbage', async () => {
    const { contents, files } = await sample();
    const bytes = await writePortfolioFile(contents, files, webFileCrypto, {
      ...QUICK,
      passphrase: 'Bluebell meadow 42',
    });
    expect(strFromU8(bytes, true)).not.toContain('Ada Example');
    expect(problemOf(await readPortfolioFile(bytes, webFileCrypto))).toEqual({
      kind: 'needs-passphrase',
      message: 'This file is protected. Enter the passphrase it was saved with.',
    });
    expect(problemOf(await readPortfolioFile(bytes, webFileCrypto, 'bluebell meadow 42')).message).toBe(
      'Wrong passphrase. Check it with the person who saved the file and try again.',
    );
    const read = await readPortfolioFile(bytes, webFileCrypto, 'Bluebell meadow 42');
    expect(read.ok && read.file.contents).toEqual(contents);
    expect(read.ok && read.file.protectedFile).toBe(true);
  });

  it('is sealed in 1 MB chunks with AES-256-GCM under a PBKDF2-SHA-256 key, as an independent implementation (OpenSSL) reads it', async () => {
    const { contents, files } = await sample();
    // A file of 2.5 MB makes three chunks, so the chunks' order, numbering and last mark are all read.
    const { withLarge, large, hash } = await withLargeAttachment(contents);
    const bytes = await writePortfolioFile(withLarge, new Map([...files, [hash, large]]), webFileCrypto, {
      ...OPTIONS,
      passphrase: 'Bluebell meadow 42',
    });
    const entries = unzipSync(bytes);
    const { protection } = JSON.parse(strFromU8(entries['manifest.json']!)) as {
      protection: { cipher: string; kdf: string; iterations: number; salt: string; nonce: string; chunkBytes: number };
    };
    expect(protection).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: 600_000,
      chunkBytes: 1024 * 1024,
    });
    // The scheme as docs/file-format.md states it, written again here with Node's OpenSSL.
    const sealed = entries['protected.bin']!;
    const key = pbkdf2Sync('Bluebell meadow 42', fromBase64(protection.salt)!, protection.iterations, 32, 'sha256');
    const prefix = fromBase64(protection.nonce)!;
    expect(prefix.length).toBe(7);
    const stride = protection.chunkBytes + 16;
    const count = Math.ceil(sealed.length / stride);
    expect(count).toBe(3);
    const plain: Buffer[] = [];
    for (let index = 0; index < count; index++) {
      const chunk = sealed.subarray(index * stride, (index + 1) * stride);
      const nonce = Buffer.alloc(12);
      nonce.set(prefix);
      nonce.writeUInt32BE(index, 7);
      nonce[11] = index === count - 1 ? 1 : 0;
      const decipher = createDecipheriv('aes-256-gcm', key, nonce);
      decipher.setAuthTag(chunk.subarray(chunk.length - 16));
      plain.push(decipher.update(chunk.subarray(0, chunk.length - 16)), decipher.final());
    }
    const inner = unzipSync(new Uint8Array(Buffer.concat(plain)));
    expect(Object.keys(inner)).toContain('portfolio.json');
    expect(hex(await webFileCrypto.sha256(inner[`attachments/${hash}`]!))).toBe(hash);
  });

  it('refuses an entry whose packed bytes are far more than deflate could make of it, before reading them', async () => {
    // 100 KB that do not compress, declared as 1 KB: the packed bytes cannot all be the entry's.
    const lying = (_index: number, header: ZipHeader) => ({ ...header, size: 1000 });
    const bytes = craftZip([{ name: 'manifest.json', data: new Uint8Array(randomBytes(100_000)), deflate: true }], {
      central: lying,
      local: lying,
    });
    expect(problemOf(await readPortfolioFile(bytes, webFileCrypto)).kind).toBe('damaged');
  });

  it('refuses a protected file whose chunks were cut short, reordered or changed, saying it is damaged, not that the passphrase is wrong', async () => {
    const { contents, files } = await sample();
    // A PDF's bytes (a kind of attachment the app keeps), 2.5 MB of them.
    const { withLarge, large, hash } = await withLargeAttachment(contents);
    const bytes = await writePortfolioFile(withLarge, new Map([...files, [hash, large]]), webFileCrypto, {
      ...QUICK,
      passphrase: 'Bluebell meadow 42',
    });
    const entries = unzipSync(bytes);
    const sealed = entries['protected.bin']!;
    const stride = 1024 * 1024 + 16;
    const chunks = [0, 1, 2].map((index) => sealed.subarray(index * stride, (index + 1) * stride));
    const withSealed = (changed: Uint8Array) =>
      zipSync({ 'manifest.json': entries['manifest.json']!, 'protected.bin': [changed, { level: 0 }] });
    const flipped = sealed.slice();
    flipped[stride + 100]! ^= 1;
    const firstFlipped = sealed.slice();
    firstFlipped[100]! ^= 1;
    for (const changed of [
      sealed.subarray(0, 2 * stride),
      new Uint8Array(Buffer.concat([chunks[0]!, chunks[2]!, chunks[1]!])),
      new Uint8Array(Buffer.concat([chunks[1]!, chunks[0]!, chunks[2]!])),
      flipped,
      firstFlipped,
    ]) {
      const problem = problemOf(await readPortfolioFile(withSealed(changed), webFileCrypto, 'Bluebell meadow 42'));
      expect(problem.kind).toBe('damaged');
    }
    expect(problemOf(await readPortfolioFile(withSealed(sealed), webFileCrypto, 'Bluebell meadow 43')).kind).toBe(
      'wrong-passphrase',
    );
    const read = await readPortfolioFile(withSealed(sealed), webFileCrypto, 'Bluebell meadow 42');
    expect(read.ok && (read.file.files.get(hash) as Uint8Array).length).toBe(large.length);
  });

  it('gives the known answer for a fixed passphrase, salt and nonce', async () => {
    const protection = {
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: 1000,
      salt: new Uint8Array(16).fill(1),
      nonce: new Uint8Array(12).fill(2),
    } as const;
    const fileKey = await webFileCrypto.deriveKey('correct horse', protection.salt, 1000);
    const sealed = await webFileCrypto.encrypt(fileKey, protection.nonce, strToU8('NASENCO'));
    // Worked out with OpenSSL: pbkdf2Sync('correct horse', salt, 1000, 32, 'sha256'), then aes-256-gcm.
    const key = pbkdf2Sync('correct horse', protection.salt, 1000, 32, 'sha256');
    expect(key.toString('hex')).toBe(KNOWN_KEY);
    expect(hex(sealed)).toBe(KNOWN_SEALED);
    expect(strFromU8((await webFileCrypto.decrypt(fileKey, protection.nonce, sealed))!)).toBe('NASENCO');
    const wrongKey = await webFileCrypto.deriveKey('correct horse!', protection.salt, 1000);
    expect(await webFileCrypto.decrypt(wrongKey, protection.nonce, sealed)).toBeUndefined();
  });
});

const KNOWN_KEY = '32c5ab0be19a6da5aba355ee9126b99d3212553b934259d04566e7f9b207259f';
const KNOWN_SEALED = '43cb2cda209c1051a156150794e521bbf489144503c268';

describe('base64', () => {
  it.each([[''], ['f'], ['fo'], ['foo'], ['foob'], ['fooba'], ['foobar']])(
    'round-trips %j as the RFC 4648 examples do',
    (text) => {
      const encoded = toBase64(strToU8(text));
      expect(encoded).toBe(Buffer.from(text).toString('base64'));
      expect(strFromU8(fromBase64(encoded)!)).toBe(text);
    },
  );
  it('refuses what is not base64', () => {
    expect(fromBase64('not base64!')).toBeUndefined();
  });
});

describe('a file that cannot be opened says why in words, and nothing is read from it', () => {
  const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });

  it.each([
    ['an empty file', () => new Uint8Array(), 'empty'],
    ['a PDF renamed', () => strToU8('%PDF-1.7 ...'), 'not-a-portfolio'],
    ['a picture renamed', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'not-a-portfolio'],
    ['a Word document renamed', () => docx, 'not-a-portfolio'],
    ['a zip without a manifest', () => zipSync({ 'portfolio.json': strToU8('{}') }), 'not-a-portfolio'],
  ] as const)('%s', async (_what, make, kind) => {
    const problem = problemOf(await readPortfolioFile(make(), webFileCrypto));
    expect(problem.kind).toBe(kind);
    expect(problem.message).toMatch(/\.$/u);
  });

  it('a file cut short while copying', async () => {
    const { bytes } = await sample();
    expect(
      problemOf(await readPortfolioFile(bytes.subarray(0, Math.floor(bytes.length / 2)), webFileCrypto)).kind,
    ).toBe('damaged');
  });

  it('a changed entry whose checksum no longer matches', async () => {
    const { bytes } = await sample();
    const changed = rezip(bytes, (entries) => ({
      ...entries,
      'portfolio.json': strToU8(strFromU8(entries['portfolio.json']!).replace('Ada Example', 'Bea Example')),
    }));
    expect(problemOf(await readPortfolioFile(changed, webFileCrypto)).message).toBe(
      'This file is damaged: part of it does not match its checksum. Nothing was imported. Try another copy of it.',
    );
  });

  it('a file from a newer app, which says to update', async () => {
    const { bytes } = await sample();
    const later = FORMAT_VERSION + 1;
    const newer = rezip(bytes, (entries) => ({
      ...entries,
      'manifest.json': strToU8(
        strFromU8(entries['manifest.json']!).replace(/"formatVersion": \d+/u, `"formatVersion": ${later}`),
      ),
    }));
    expect(problemOf(await readPortfolioFile(newer, webFileCrypto))).toEqual({
      kind: 'newer',
      message: `This file was saved by a newer version of the app (file format ${later}; this app reads up to ${FORMAT_VERSION}). Update the app to open it; nothing has been changed.`,
    });
  });

  async function withRecords(records: string): Promise<Uint8Array> {
    const bytes = strToU8(records);
    const manifest = {
      format: 'nasenco-portfolio',
      formatVersion: FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: OPTIONS.createdAt,
      entries: { 'portfolio.json': hex(await webFileCrypto.sha256(bytes)) },
    };
    return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'portfolio.json': bytes });
  }

  it('records that are not JSON', async () => {
    expect(problemOf(await readPortfolioFile(await withRecords('{"purpose": "backup", '), webFileCrypto)).kind).toBe(
      'damaged',
    );
  });

  it('records that break the schema, saying where', async () => {
    const { contents } = await sample();
    const broken = JSON.stringify({
      ...contents,
      portfolios: [{ ...contents.portfolios[0], sections: [{ id: 's' }] }],
    });
    expect(problemOf(await readPortfolioFile(await withRecords(broken), webFileCrypto)).message).toMatch(
      /^This file’s portfolio is not in the form the app writes \(at portfolios, number 1, sections, number 1, portfolioId\)/u,
    );
  });

  it('a record that names a file the zip does not hold', async () => {
    const { contents } = await sample();
    expect(problemOf(await readPortfolioFile(await withRecords(JSON.stringify(contents)), webFileCrypto)).message).toBe(
      'This file is missing “Chart.png”, which its portfolio holds, so nothing was imported. Try another copy of it.',
    );
  });

  it.each([['../../outside.txt'], ['/etc/passwd'], ['C:\\Windows\\evil.dll'], ['attachments/../../x'], ['notes.txt']])(
    'an entry named %j',
    async (name) => {
      const { bytes } = await sample();
      const problem = problemOf(
        await readPortfolioFile(
          rezip(bytes, (entries) => ({ ...entries, [name]: strToU8('x') })),
          webFileCrypto,
        ),
      );
      expect(problem.kind).toBe('unsafe');
    },
  );

  it('a zip bomb: a small entry that unpacks to far more than any portfolio', async () => {
    const { bytes } = await sample();
    const bomb = rezip(bytes, (entries) => ({
      ...entries,
      [`attachments/${'0'.repeat(64)}`]: [new Uint8Array(60 * 1024 * 1024), { level: 9 }],
    }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(problemOf(await readPortfolioFile(bomb, webFileCrypto)).kind).toBe('too-large');
  });

  it('an attachment larger than the app ever keeps, even packed honestly', async () => {
    const { bytes } = await sample();
    const huge = rezip(bytes, (entries) => ({
      ...entries,
      [`attachments/${'1'.repeat(64)}`]: [new Uint8Array(randomBytes(26 * 1024 * 1024)), { level: 0 }],
    }));
    expect(problemOf(await readPortfolioFile(huge, webFileCrypto)).kind).toBe('too-large');
  });

  it('an entry whose declared size is a lie, which unpacks short and fails its checksum', async () => {
    const { bytes } = await sample();
    const lying = new Uint8Array(bytes);
    const view = new DataView(lying.buffer);
    // Shrink portfolio.json's declared size in the central directory and its local header.
    for (let at = 0; at < lying.length - 46; at++) {
      const signature = view.getUint32(at, true);
      const nameAt = signature === 0x02014b50 ? at + 46 : signature === 0x04034b50 ? at + 30 : -1;
      if (nameAt > 0 && strFromU8(lying.subarray(nameAt, nameAt + 14)) === 'portfolio.json')
        view.setUint32(signature === 0x02014b50 ? at + 24 : at + 22, 10, true);
    }
    expect(problemOf(await readPortfolioFile(lying, webFileCrypto)).kind).toBe('damaged');
  });
});

describe('a corpus of crafted files: shapes made to break a reader, not mutations of the app’s own', () => {
  const CATCH_ALL = 'This file could not be read: it may be damaged. Try another copy of it.';

  /** A plain file of these entries with a manifest whose checksums are right, so only the shape is wrong. */
  async function withEntries(entries: Record<string, Uint8Array>): Promise<Uint8Array> {
    const checksums: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(entries)) checksums[name] = hex(await webFileCrypto.sha256(bytes));
    const manifest = {
      format: 'nasenco-portfolio',
      formatVersion: FORMAT_VERSION,
      appVersion: '0.1.0',
      createdAt: OPTIONS.createdAt,
      entries: checksums,
    };
    return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), ...entries });
  }

  const deep = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
  const deepText = (depth: number) =>
    `${'{"type":"paragraph","content":['.repeat(depth)}{"type":"text","text":"x"}${']}'.repeat(depth)}`;

  const CASES: readonly (readonly [string, () => Promise<Uint8Array>, FileProblemKind])[] = [
    ['a ZIP64 end record claiming 4,294,967,295 entries', async () => zip64EntryCountLie(), 'too-large'],
    [
      'entries whose packed bytes overlap',
      async () =>
        overlappingEntries(
          Array.from({ length: 60 }, (_, index) => `attachments/${String(index).padStart(64, '0')}`),
          new Uint8Array(50_000),
        ),
      'unsafe',
    ],
    [
      'central records all pointing at one local header',
      async () => sharedLocalHeader(['manifest.json', 'portfolio.json'], strToU8('{}')),
      'damaged',
    ],
    [
      'a local header naming another entry than its central record',
      async () =>
        craftZip(
          [
            { name: 'manifest.json', data: strToU8('{}') },
            { name: 'portfolio.json', data: strToU8('{}') },
          ],
          { local: (index, header) => (index === 1 ? { ...header, name: strToU8('portfolio.jsoN') } : header) },
        ),
      'damaged',
    ],
    [
      'a second “portfolio.json” differing only in case',
      async () => rezip((await sample()).bytes, (entries) => ({ ...entries, 'Portfolio.json': strToU8('{}') })),
      'unsafe',
    ],
    [
      'a manifest differing only by a zero-width space',
      async () => rezip((await sample()).bytes, (entries) => ({ ...entries, 'manifest\u200b.json': strToU8('{}') })),
      'unsafe',
    ],
    [
      'a file name in full-width letters',
      async () => rezip((await sample()).bytes, (entries) => ({ ...entries, '\uff50ortfolio.json': strToU8('{}') })),
      'unsafe',
    ],
    [
      'an attachment named by an upper-case hash',
      async () =>
        rezip((await sample()).bytes, (entries) => ({ ...entries, [`attachments/${'A'.repeat(64)}`]: strToU8('x') })),
      'unsafe',
    ],
    [
      'an attachment whose name is the same hash decomposed',
      async () =>
        rezip((await sample()).bytes, (entries) => ({
          ...entries,
          [`attachments/${'0'.repeat(63)}\u0301`]: strToU8('x'),
        })),
      'unsafe',
    ],
    [
      'records nested 100,000 arrays deep',
      async () => withEntries({ 'portfolio.json': strToU8(`{"purpose":"backup","portfolios":${deep(100_000, '')}}`) }),
      'invalid',
    ],
    [
      '“__proto__” keys in the records',
      async () => {
        const { contents } = await sample();
        const json = JSON.stringify(contents).replace(
          '{"portfolio":{',
          '{"__proto__":{"polluted":true},"portfolio":{"__proto__":{"polluted":true},',
        );
        return withEntries({ 'portfolio.json': strToU8(json) });
      },
      'invalid',
    ],
    [
      'a “__proto__” checksum in the manifest',
      async () => {
        const records = strToU8('{"purpose":"backup","portfolios":[]}');
        const manifest = `{"format":"nasenco-portfolio","formatVersion":${FORMAT_VERSION},"entries":{"__proto__":"00","portfolio.json":"${hex(await webFileCrypto.sha256(records))}"}}`;
        return zipSync({ 'manifest.json': strToU8(manifest), 'portfolio.json': records });
      },
      'damaged',
    ],
    [
      'a protected file sealing a ZIP64 entry-count lie',
      async () => {
        const salt = webFileCrypto.randomBytes(16);
        const nonce = webFileCrypto.randomBytes(NONCE_PREFIX_BYTES);
        const pieces: Uint8Array[] = [];
        const sealer = new ChunkSealer(
          webFileCrypto,
          await webFileCrypto.deriveKey('pass phrase', salt, 1000),
          nonce,
          async (piece) => {
            pieces.push(piece);
          },
        );
        await sealer.push(zip64EntryCountLie());
        await sealer.end();
        const sealed = new Uint8Array(Buffer.concat(pieces));
        const manifest = {
          format: 'nasenco-portfolio',
          formatVersion: FORMAT_VERSION,
          protection: {
            cipher: 'AES-256-GCM',
            kdf: 'PBKDF2-SHA-256',
            iterations: 1000,
            salt: toBase64(salt),
            nonce: toBase64(nonce),
            chunkBytes: SEAL_CHUNK_BYTES,
          },
        };
        return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'protected.bin': [sealed, { level: 0 }] });
      },
      'too-large',
    ],
  ];

  it.each(CASES)(
    '%s: refused with its own message, never the catch-all, and nothing else changes',
    async (_what, make, kind) => {
      const result = await readPortfolioFile(await make(), webFileCrypto, 'pass phrase');
      const problem = problemOf(result);
      expect(problem.message).not.toBe(CATCH_ALL);
      expect(problem.kind).toBe(kind);
      expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('a section’s text nested 50,000 paragraphs deep opens flattened to what the editor holds, its words kept', async () => {
    const { contents, files } = await sample();
    const [bundle] = contents.portfolios;
    const json = JSON.stringify({
      ...contents,
      portfolios: [
        {
          ...bundle,
          sectionContents: [{ sectionId: bundle!.sections[0]!.id, document: { type: 'doc', content: ['DEEP'] } }],
        },
      ],
    }).replace('"DEEP"', deepText(50_000));
    const read = await readPortfolioFile(
      await withEntries({
        'portfolio.json': strToU8(json),
        ...Object.fromEntries([...files].map(([hash, bytes]) => [`attachments/${hash}`, bytes])),
      }),
      webFileCrypto,
    );
    if (!read.ok) throw new Error(read.problem.message);
    const depthOf = (node: RichTextNode): number => 1 + Math.max(0, ...(node.content ?? []).map(depthOf));
    const document = portfoliosIn(read.file.contents)[0]!.sectionContents[0]!.document;
    expect(depthOf(document)).toBeLessThan(45);
    expect(JSON.stringify(document)).toContain('"text":"x"');
  });
});

describe('a fuzz corpus of 600 mutated files', () => {
  /** A small deterministic generator, so a failure can be replayed from its seed. */
  function random(seed: number) {
    let state = seed;
    return (below: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % below;
    };
  }

  it('ends every one in success or a specific message, never an exception', async () => {
    const { bytes, contents } = await sample();
    const protectedBytes = await writePortfolioFile(contents, new Map((await sample()).files), webFileCrypto, {
      ...QUICK,
      passphrase: 'pass phrase',
    });
    const pick = random(7);
    const outcomes = new Map<string, number>();
    for (let case_ = 0; case_ < 600; case_++) {
      const base = case_ % 5 === 4 ? protectedBytes : bytes;
      let mutated: Uint8Array;
      switch (case_ % 4) {
        case 0: {
          mutated = new Uint8Array(base);
          for (let flips = 1 + pick(8); flips > 0; flips--) {
            const at = pick(mutated.length);
            mutated[at] = (mutated[at] ?? 0) ^ (1 << pick(8));
          }
          break;
        }
        case 1:
          mutated = base.subarray(0, pick(base.length));
          break;
        case 2: {
          // Entries swapped: each entry's bytes given to another's name.
          const entries = unzipSync(base);
          const names = Object.keys(entries);
          const values = names.map((name) => entries[name]!);
          const shift = 1 + pick(Math.max(1, names.length - 1));
          mutated = zipSync(
            Object.fromEntries(names.map((name, index) => [name, values[(index + shift) % values.length]!])),
          );
          break;
        }
        default: {
          // An oversized or wrong-typed field in otherwise well-formed records, with a correct checksum.
          const json = JSON.parse(JSON.stringify(contents)) as { portfolios: Record<string, unknown>[] };
          const bundle = json.portfolios[0] as {
            portfolio: Record<string, unknown>;
            sections: Record<string, unknown>[];
          };
          const field = ['title', 'candidateName', 'attendedDays', 'pieces'][pick(4)]!;
          bundle.portfolio[field] = pick(2) === 0 ? 'x'.repeat(100_000) : { nested: [1, 2, 3] };
          mutated = await writePortfolioFile(
            json as unknown as PortfolioFileContents,
            (await sample()).files,
            webFileCrypto,
            OPTIONS,
          ).catch(() => new Uint8Array());
          break;
        }
      }
      const result = await readPortfolioFile(mutated, webFileCrypto, case_ % 5 === 4 ? 'pass phrase' : undefined);
      const key = result.ok ? 'opened' : result.problem.kind;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      if (!result.ok) {
        expect(result.problem.message.length).toBeGreaterThan(20);
        // The catch-all message would mean a check was missing.
        expect(result.problem.message).not.toBe(
          'This file could not be read: it may be damaged. Try another copy of it.',
        );
      }
    }
    expect([...outcomes.values()].reduce((sum, count) => sum + count, 0)).toBe(600);
    expect(outcomes.get('invalid') ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
