import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import {
  craftZip,
  overlappingEntries,
  sharedLocalHeader,
  zip64EntryCountLie,
  type ZipHeader,
} from './crafted-zips.test-data.js';
import { inflateAtMost, listZipEntries, unpackZipEntry, type ZipListing } from './zip-reader.js';

const text = (value: string) => strToU8(value);

function entriesOf(listing: ZipListing) {
  if (!listing.ok) throw new Error(`refused: ${listing.fault}`);
  return listing.entries;
}

function unpackAll(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    entriesOf(listZipEntries(bytes, 100)).map((entry) => [
      entry.name,
      strFromU8(unpackZipEntry(bytes, entry) ?? text('(refused)')),
    ]),
  );
}

describe('reading a zip the app wrote', () => {
  it('gives back every entry, stored or deflated, exactly', () => {
    const bytes = zipSync({
      'manifest.json': text('{"a":1}'),
      'portfolio.json': text('x'.repeat(10_000)),
      'attachments/one': [text('picture bytes'), { level: 0 }],
    });
    expect(unpackAll(bytes)).toEqual({
      'manifest.json': '{"a":1}',
      'portfolio.json': 'x'.repeat(10_000),
      'attachments/one': 'picture bytes',
    });
  });

  it('reads a zip written by another program, with sizes after the data (Python’s zipfile to a pipe)', () => {
    // Written to a pipe, zipfile cannot seek back, so it sets bit 3 and puts the sizes in a data descriptor.
    const script = `import sys, zipfile\nwith zipfile.ZipFile(sys.stdout.buffer, 'w', zipfile.ZIP_DEFLATED) as z:\n  z.writestr('manifest.json', '{"made": "elsewhere"}')\n  z.writestr('portfolio.json', 'y' * 5000)`;
    const bytes = new Uint8Array(execFileSync('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const flags = new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true);
    expect(flags & 0x08).toBe(0x08);
    expect(unpackAll(bytes)).toEqual({ 'manifest.json': '{"made": "elsewhere"}', 'portfolio.json': 'y'.repeat(5000) });
  });
});

describe('a zip made to harm the reader is refused before anything is unpacked', () => {
  it('a ZIP64 end record claiming 4,294,967,295 entries, in about a hundred bytes, is refused without listing one', () => {
    const bytes = zip64EntryCountLie();
    expect(bytes.length).toBeLessThan(200);
    expect(listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'too-many-entries' });
  });

  it('an entry count above the limit, or more than the central directory has room for', () => {
    const entries = Array.from({ length: 12 }, (_, index) => ({
      name: `attachments/${index}`,
      data: text(String(index)),
    }));
    expect(listZipEntries(craftZip(entries), 10)).toEqual({ ok: false, fault: 'too-many-entries' });
    const bytes = craftZip(entries);
    // The end record says 40,000 entries; the directory holds twelve.
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 8, 40_000, true);
    new DataView(bytes.buffer).setUint16(bytes.length - 22 + 10, 40_000, true);
    expect(listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'damaged' });
  });

  it('entries whose packed bytes overlap (the non-recursive zip bomb): each header honest, the whole unpacking many times the file', () => {
    const names = Array.from({ length: 200 }, (_, index) => `attachments/${String(index).padStart(64, '0')}`);
    const bytes = overlappingEntries(names, new Uint8Array(100_000));
    const claimed = names.length * 100_000;
    expect(claimed).toBeGreaterThan(bytes.length * 100);
    expect(listZipEntries(bytes, 50_000)).toEqual({ ok: false, fault: 'overlapping' });
  });

  it('many central records pointing at one local header', () => {
    const names = Array.from({ length: 50 }, (_, index) => `attachments/${index}`);
    expect(listZipEntries(sharedLocalHeader(names, new Uint8Array(1000)), 50_000)).toEqual({
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
  ])('a local header that disagrees with the central directory on %s', (_what, change) => {
    const bytes = craftZip(
      [
        { name: 'manifest.json', data: text('{}') },
        { name: 'portfolio.json', data: text('{"purpose":"backup"}') },
      ],
      { local: (index, header) => (index === 1 ? { ...header, ...change } : header) },
    );
    expect(listZipEntries(bytes, 100)).toEqual({ ok: false, fault: 'damaged' });
  });

  it('a stored entry whose declared size is not its packed size', () => {
    const lying = (index: number, header: ZipHeader) =>
      index === 0 ? { ...header, size: header.size * 1000 } : header;
    expect(
      listZipEntries(
        craftZip([{ name: 'attachments/a', data: new Uint8Array(100) }], { central: lying, local: lying }),
        100,
      ),
    ).toEqual({ ok: false, fault: 'damaged' });
  });

  it('encrypted entries and methods the app never writes', () => {
    const encrypted = craftZip([{ name: 'manifest.json', data: text('{}') }]);
    new DataView(encrypted.buffer).setUint16(encrypted.length - 22 - 46 - 13 + 8, 1, true);
    expect(listZipEntries(encrypted, 100)).toEqual({ ok: false, fault: 'unsupported' });
    const bzip2 = craftZip([{ name: 'manifest.json', data: text('{}') }], {
      central: (_index, header) => ({ ...header, method: 12 }),
      local: (_index, header) => ({ ...header, method: 12 }),
    });
    expect(listZipEntries(bzip2, 100)).toEqual({ ok: false, fault: 'unsupported' });
  });
});

describe('unpacking an entry', () => {
  it('stops at the declared size: deflated data that would unpack to more is refused, not unpacked', () => {
    const lying = (_index: number, header: ZipHeader) => ({ ...header, size: 1000 });
    const bytes = craftZip([{ name: 'portfolio.json', data: new Uint8Array(50 * 1024 * 1024), deflate: true }], {
      central: lying,
      local: lying,
    });
    expect(bytes.length).toBeLessThan(100_000);
    const [entry] = entriesOf(listZipEntries(bytes, 100));
    expect(unpackZipEntry(bytes, entry!)).toBeUndefined();
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

  it('refuses data that unpacks short of its declared size, or does not match its CRC-32', () => {
    const short = (_index: number, header: ZipHeader) => ({ ...header, size: header.size + 10 });
    const shortBytes = craftZip([{ name: 'portfolio.json', data: text('z'.repeat(5000)), deflate: true }], {
      central: short,
      local: short,
    });
    expect(unpackZipEntry(shortBytes, entriesOf(listZipEntries(shortBytes, 100))[0]!)).toBeUndefined();
    const wrongSum = (_index: number, header: ZipHeader) => ({ ...header, crc: header.crc ^ 1 });
    const wrongBytes = craftZip([{ name: 'attachments/a', data: text('picture') }], {
      central: wrongSum,
      local: wrongSum,
    });
    expect(unpackZipEntry(wrongBytes, entriesOf(listZipEntries(wrongBytes, 100))[0]!)).toBeUndefined();
  });

  it('computes CRC-32 as zip does (the check value of "123456789")', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });
});
