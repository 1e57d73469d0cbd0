import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatenate } from '../files/bytes.js';
import { bytesSource } from './byte-source.js';
import { crc32 } from './crc32.js';
import {
  craftZip,
  overlappingEntries,
  sharedLocalHeader,
  zip64EntryCountLie,
  type ZipHeader,
} from './crafted-zips.test-data.js';
import {
  inflateAtMost,
  listZipEntries as listFrom,
  unpackZipEntry as unpackFrom,
  type ZipEntry,
  type ZipListing,
} from './zip-reader.js';

const listZipEntries = (bytes: Uint8Array, maxEntries: number) => listFrom(bytesSource(bytes), maxEntries);
const unpackZipEntry = (bytes: Uint8Array, entry: ZipEntry) => unpackFrom(bytesSource(bytes), entry);

const text = (value: string) => strToU8(value);

function entriesOf(listing: ZipListing) {
  if (!listing.ok) throw new Error(`refused: ${listing.fault}`);
  return listing.entries;
}

async function unpackAll(bytes: Uint8Array): Promise<Record<string, string>> {
  const unpacked: Record<string, string> = {};
  for (const entry of entriesOf(await listZipEntries(bytes, 100)))
    unpacked[entry.name] = strFromU8((await unpackZipEntry(bytes, entry)) ?? text('(refused)'));
  return unpacked;
}

/** A zip written as a stream by fflate, as the app writes its files: sizes in a data descriptor after each entry. */
function streamedZip(entries: Record<string, Uint8Array>): Uint8Array {
  const pieces: Uint8Array[] = [];
  const zip = new Zip((error, piece) => {
    if (error !== null) throw error;
    pieces.push(piece);
  });
  for (const [name, data] of Object.entries(entries)) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return concatenate(pieces);
}

describe('reading a zip the app wrote', () => {
  it('gives back every entry, stored or deflated, exactly', async () => {
    const bytes = zipSync({
      'manifest.json': text('{"a":1}'),
      'portfolio.json': text('x'.repeat(10_000)),
      'attachments/one': [text('picture bytes'), { level: 0 }],
    });
    expect(await unpackAll(bytes)).toEqual({
      'manifest.json': '{"a":1}',
      'portfolio.json': 'x'.repeat(10_000),
      'attachments/one': 'picture bytes',
    });
  });

  it('reads a zip written by another program, with sizes after the data (Python’s zipfile to a pipe)', async () => {
    // Written to a pipe, zipfile cannot seek back, so it sets bit 3 and puts the sizes in a data descriptor.
    const script = `import sys, zipfile\nwith zipfile.ZipFile(sys.stdout.buffer, 'w', zipfile.ZIP_DEFLATED) as z:\n  z.writestr('manifest.json', '{"made": "elsewhere"}')\n  z.writestr('portfolio.json', 'y' * 5000)`;
    const bytes = new Uint8Array(execFileSync('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const flags = new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true);
    expect(flags & 0x08).toBe(0x08);
    expect(await unpackAll(bytes)).toEqual({
      'manifest.json': '{"made": "elsewhere"}',
      'portfolio.json': 'y'.repeat(5000),
    });
  });

  it('reads a zip fflate wrote as a stream, and refuses one whose data descriptor disagrees with its central record', async () => {
    const bytes = streamedZip({ 'manifest.json': text('{}'), 'attachments/a': text('picture bytes') });
    expect(await unpackAll(bytes)).toEqual({ 'manifest.json': '{}', 'attachments/a': 'picture bytes' });
    const [, second] = entriesOf(await listZipEntries(bytes, 100));
    // The descriptor follows the entry's packed bytes: signature, CRC-32, packed size, size.
    const descriptor = second!.dataStart + second!.packedSize;
    for (const field of [4, 8, 12]) {
      const changed = bytes.slice();
      const view = new DataView(changed.buffer);
      view.setUint32(descriptor + field, view.getUint32(descriptor + field, true) + 1, true);
      expect(await listZipEntries(changed, 100)).toEqual({ ok: false, fault: 'damaged' });
    }
    // Listed out of the order written: a reader would jump back and forth through the file.
    const reordered = bytes.slice();
    const view = new DataView(reordered.buffer);
    const [first] = entriesOf(await listZipEntries(bytes, 100));
    const end = reordered.length - 22;
    const directoryStart = view.getUint32(end + 16, true);
    const firstRecordLength = 46 + first!.name.length;
    const records = reordered.slice(directoryStart, end);
    reordered.set(records.subarray(firstRecordLength), directoryStart);
    reordered.set(records.subarray(0, firstRecordLength), directoryStart + records.length - firstRecordLength);
    expect(await listZipEntries(reordered, 100)).toEqual({ ok: false, fault: 'damaged' });
    const cut = bytes.slice();
    new DataView(cut.buffer).setUint32(descriptor, 0, true);
    expect(await listZipEntries(cut, 100)).toEqual({ ok: false, fault: 'damaged' });
  });
});

describe('a zip made to harm the reader is refused before anything is unpacked', () => {
  it('a ZIP64 end record claiming 4,294,967,295 entries, in about a hundred bytes, is refused without listing one', async () => {
    const bytes = zip64EntryCountLie();
    expect(bytes.length).toBeLessThan(200);
    expect(await listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'too-many-entries' });
  });

  it('an entry count above the limit, or more than the central directory has room for', async () => {
    const entries = Array.from({ length: 12 }, (_, index) => ({
      name: `attachments/${index}`,
      data: text(String(index)),
    }));
    expect(await listZipEntries(craftZip(entries), 10)).toEqual({ ok: false, fault: 'too-many-entries' });
    const bytes = craftZip(entries);
    // The end record says 40,000 entries; the directory holds twelve.
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 8, 40_000, true);
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 10, 40_000, true);
    expect(await listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'damaged' });
  });

  it('entries whose packed bytes overlap (the non-recursive zip bomb): each header honest, the whole unpacking many times the file', async () => {
    const names = Array.from({ length: 200 }, (_, index) => `attachments/${String(index).padStart(64, '0')}`);
    const bytes = overlappingEntries(names, new Uint8Array(100_000));
    const claimed = names.length * 100_000;
    expect(claimed).toBeGreaterThan(bytes.length * 100);
    expect(await listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'overlapping' });
  });

  it('many central records pointing at one local header', async () => {
    const names = Array.from({ length: 50 }, (_, index) => `attachments/${index}`);
    expect(await listZipEntries(sharedLocalHeader(names, new Uint8Array(1000)), 50_000)).toEqual({
      ok: false,
      fault: 'damaged',
    });
  });

  it.each([
    ['a name', { name: text('portfolio.jsoN') }],
    ['a size', { size: 3 }],
    ['a packed size', { packedSize: 3 }],
    ['a checksum', { crc: 1234 }],
    ['a method', { method: 8 }],
  ])('a local header that disagrees with the central directory on %s', async (_what, change) => {
    const bytes = craftZip(
      [
        { name: 'manifest.json', data: text('{}') },
        { name: 'portfolio.json', data: text('{"purpose":"backup"}') },
      ],
      { local: (index, header) => (index === 1 ? { ...header, ...change } : header) },
    );
    expect(await listZipEntries(bytes, 100)).toEqual({ ok: false, fault: 'damaged' });
  });

  it('a stored entry whose declared size is not its packed size', async () => {
    const lying = (index: number, header: ZipHeader) =>
      index === 0 ? { ...header, size: header.size * 1000 } : header;
    expect(
      await listZipEntries(
        craftZip([{ name: 'attachments/a', data: new Uint8Array(100) }], { central: lying, local: lying }),
        100,
      ),
    ).toEqual({ ok: false, fault: 'damaged' });
  });

  it('encrypted entries and methods the app never writes', async () => {
    const encrypted = craftZip([{ name: 'manifest.json', data: text('{}') }]);
    new DataView(encrypted.buffer).setUint16(encrypted.length - 22 - 46 - 13 + 8, 1, true);
    expect(await listZipEntries(encrypted, 100)).toEqual({ ok: false, fault: 'unsupported' });
    const bzip2 = craftZip([{ name: 'manifest.json', data: text('{}') }], {
      central: (_index, header) => ({ ...header, method: 12 }),
      local: (_index, header) => ({ ...header, method: 12 }),
    });
    expect(await listZipEntries(bzip2, 100)).toEqual({ ok: false, fault: 'unsupported' });
  });
});

describe('unpacking an entry', () => {
  it('stops at the declared size: deflated data that would unpack to more is refused, not unpacked', async () => {
    const lying = (_index: number, header: ZipHeader) => ({ ...header, size: 1000 });
    const bytes = craftZip([{ name: 'portfolio.json', data: new Uint8Array(50 * 1024 * 1024), deflate: true }], {
      central: lying,
      local: lying,
    });
    expect(bytes.length).toBeLessThan(100_000);
    const [entry] = entriesOf(await listZipEntries(bytes, 100));
    expect(await unpackZipEntry(bytes, entry!)).toBeUndefined();
    // Stopped within one 16 KB step of input (at most about 16 MB out), not after all 50 MB.
    let produced = 0;
    expect(
      inflateAtMost(
        bytes.subarray(entry!.dataStart, entry!.dataStart + entry!.packedSize),
        1000,
        (count) => (produced += count),
      ),
    ).toBeUndefined();
    expect(produced).toBeLessThan(17 * 1024 * 1024);
  });

  it('refuses data that unpacks short of its declared size, or does not match its CRC-32', async () => {
    const short = (_index: number, header: ZipHeader) => ({ ...header, size: header.size + 10 });
    const shortBytes = craftZip([{ name: 'portfolio.json', data: text('z'.repeat(5000)), deflate: true }], {
      central: short,
      local: short,
    });
    expect(await unpackZipEntry(shortBytes, entriesOf(await listZipEntries(shortBytes, 100))[0]!)).toBeUndefined();
    const wrongSum = (_index: number, header: ZipHeader) => ({ ...header, crc: header.crc ^ 1 });
    const wrongBytes = craftZip([{ name: 'attachments/a', data: text('picture') }], {
      central: wrongSum,
      local: wrongSum,
    });
    expect(await unpackZipEntry(wrongBytes, entriesOf(await listZipEntries(wrongBytes, 100))[0]!)).toBeUndefined();
  });

  it('computes CRC-32 as zip does (the check value of "123456789")', async () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });
});
