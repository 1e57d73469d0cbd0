import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { hex } from '../src-renderer/core/portfolio-file/file-crypto.js';
import { writePortfolioFile } from '../src-renderer/core/portfolio-file/portfolio-file.js';
import { sampleBundle } from '../src-renderer/core/portfolio-file/sample-bundle.test-data.js';
import { webFileCrypto } from '../src-renderer/host/file-crypto.js';

/** A small valid PNG (a colour gradient), made here so tests carry no binary files. */
export function samplePng(width = 40, height = 30): Buffer {
  return pngOf(width, height, (x, y) => [30 + x * 5, 90 + y * 4, 160]);
}

/** A bar chart as a spreadsheet saves one: flat colours on white, which PNG keeps smaller than JPEG. */
export function chartPng(width: number, height: number): Buffer {
  const bars = [0.4, 0.75, 0.55, 0.9];
  return pngOf(width, height, (x, y) => {
    const bar = Math.floor((x / width) * bars.length * 2);
    const tall = bar % 2 === 0 ? (bars[bar / 2] ?? 0) : 0;
    return y > height * (1 - tall) ? [40 + bar * 20, 90, 160] : [255, 255, 255];
  });
}

/** A PNG of the colours `pixel` gives (each channel taken modulo 256). */
function pngOf(width: number, height: number, pixel: (x: number, y: number) => readonly number[]): Buffer {
  const rows = Buffer.alloc(height * (1 + width * 3));
  let at = 0;
  for (let y = 0; y < height; y++) {
    rows[at++] = 0;
    for (let x = 0; x < width; x++) for (const channel of pixel(x, y)) rows[at++] = channel & 0xff;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real backup of the sample portfolio carrying `count` scanned documents of 19 MB each: about `count` × 19 MB. */
export async function largeBackup(count: number): Promise<Buffer> {
  const { bundle, files } = await sampleBundle(webFileCrypto);
  const all = new Map(files);
  const attachments = [...bundle.attachments];
  for (let index = 0; index < count; index++) {
    const scan = new Uint8Array(19 * 1024 * 1024);
    crypto.getRandomValues(scan.subarray(0, 65_536));
    scan.set(new TextEncoder().encode(`%PDF-1.7 scan ${index}`));
    const sha256 = hex(await webFileCrypto.sha256(scan));
    all.set(sha256, scan);
    attachments.push({
      ...bundle.attachments[0]!,
      id: `scan-${index}`,
      name: `Scan ${index}.pdf`,
      mediaType: 'application/pdf',
      size: scan.length,
      sha256,
    });
  }
  return Buffer.from(
    await writePortfolioFile({ purpose: 'backup', portfolios: [{ ...bundle, attachments }] }, all, webFileCrypto, {
      appVersion: 'test',
      createdAt: new Date().toISOString(),
    }),
  );
}

/** Large files go to the page from disk, as a person's would (Playwright passes at most 50 MB in memory). */
export function onDisk(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'nasenco-large-')), name);
  writeFileSync(path, bytes);
  return path;
}
