import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webFileCrypto } from '../../host/file-crypto.js';
import { TINY_PNG } from '../docx/sample-submission.test-data.js';
import { portfoliosIn, type PortfolioBundle } from './bundle.js';
import { hex } from './file-crypto.js';
import { readPortfolioFile, writePortfolioFile } from './portfolio-file.js';
import { sampleBundle } from './sample-bundle.test-data.js';

const OPTIONS = { appVersion: '0.1.0', createdAt: '2026-11-28T10:00:00.000Z' };
const motionPhoto = new Uint8Array(readFileSync(new URL('../pictures/fixtures/motion-photo.jpg', import.meta.url)));
const contains = (bytes: Uint8Array | undefined, text: string) => Buffer.from(bytes ?? new Uint8Array()).includes(text);

/** The sample with its attachment replaced by these bytes, under this name and type, as a file read back. */
async function withAttachment(name: string, mediaType: string, bytes: Uint8Array) {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const sha256 = hex(await webFileCrypto.sha256(bytes));
  const changed: PortfolioBundle = {
    ...bundle,
    attachments: bundle.attachments.map((attachment) => ({
      ...attachment,
      name,
      mediaType,
      size: bytes.length,
      sha256,
    })),
  };
  const written = await writePortfolioFile(
    { purpose: 'share', portfolios: [changed] },
    new Map([...files, [sha256, bytes]]),
    webFileCrypto,
    OPTIONS,
  );
  return readPortfolioFile(written, webFileCrypto);
}

describe('files brought in from a portfolio file pass the checks of a file added by hand', () => {
  it('a photo comes in without its GPS position, author or motion-photo video, its record matching its new bytes', async () => {
    const read = await withAttachment('display.jpg', 'image/jpeg', motionPhoto);
    if (!read.ok) throw new Error(read.problem.message);
    const [attachment] = portfoliosIn(read.file.contents)[0]!.attachments;
    const bytes = read.file.files.get(attachment!.sha256) as Uint8Array | undefined;
    for (const words of ['Jayden', 'Greenfield', 'ftyp', 'GPS']) expect(contains(bytes, words)).toBe(false);
    expect(attachment!.size).toBe(bytes!.length);
    expect(attachment!.sha256).toBe(hex(await webFileCrypto.sha256(bytes!)));
    expect(read.file.files.has(hex(await webFileCrypto.sha256(motionPhoto)))).toBe(false);
  });

  it('a name that would download as a program, or point into a folder, is made safe; a picture is typed by what its bytes are', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 minutes');
    const program = await withAttachment('..\\..\\minutes.pdf.exe', 'application/pdf', pdf);
    expect(program.ok && portfoliosIn(program.file.contents)[0]!.attachments[0]).toMatchObject({
      name: 'minutes.pdf.exe.pdf',
      mediaType: 'application/pdf',
    });
    const mislabelled = await withAttachment('display.png', 'image/png', motionPhoto);
    expect(mislabelled.ok && portfoliosIn(mislabelled.file.contents)[0]!.attachments[0]).toMatchObject({
      name: 'display.png.jpg',
      mediaType: 'image/jpeg',
    });
  });

  it('a kind of file the app never keeps refuses the whole file, in words', async () => {
    const read = await withAttachment('setup.exe', 'application/x-msdownload', new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(read.ok ? undefined : read.problem).toEqual({
      kind: 'unsafe',
      message: 'This file holds “setup.exe”, a kind of file the app does not keep, so nothing was imported.',
    });
  });

  it('a picture an earlier version kept that the cleaner cannot read comes in as it was, typed by its bytes, rather than losing the rest', async () => {
    const cutShort = TINY_PNG.subarray(0, TINY_PNG.length - 20);
    const read = await withAttachment('scan.png', 'image/png', cutShort);
    if (!read.ok) throw new Error(read.problem.message);
    const [attachment] = portfoliosIn(read.file.contents)[0]!.attachments;
    expect(read.file.files.get(attachment!.sha256)).toEqual(cutShort);
    expect(attachment!.mediaType).toBe('image/png');
  });

  it('a “picture” whose bytes are no picture at all refuses the file, whatever type it claims', async () => {
    const read = await withAttachment('scan.png', 'image/png', new TextEncoder().encode('<script>alert(1)</script>'));
    expect(read.ok ? undefined : read.problem.kind).toBe('unsafe');
  });

  it('a JPEG with stray bytes between its segments, which decoders skip, is cleaned all the same', async () => {
    // Three stray bytes after the first segment (the start marker, then a segment of 2 + its length), then the rest of the motion photo.
    const firstSegmentEnd = 4 + ((motionPhoto[4]! << 8) | motionPhoto[5]!);
    const stray = new Uint8Array([
      ...motionPhoto.subarray(0, firstSegmentEnd),
      0x00,
      0x12,
      0x34,
      ...motionPhoto.subarray(firstSegmentEnd),
    ]);
    const read = await withAttachment('display.jpg', 'image/jpeg', stray);
    if (!read.ok) throw new Error(read.problem.message);
    const [attachment] = portfoliosIn(read.file.contents)[0]!.attachments;
    for (const words of ['Jayden', 'GPS', 'ftyp'])
      expect(contains(read.file.files.get(attachment!.sha256) as Uint8Array | undefined, words)).toBe(false);
  });
});
