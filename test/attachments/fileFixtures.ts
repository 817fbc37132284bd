// Small files of each kind, built byte by byte, so the tests say exactly what is being sniffed.
import { crc32 } from 'node:zlib';

export const pdfBytes = (size = 1024): Buffer => {
  const head = Buffer.from('%PDF-1.7\n% báo cáo kết quả\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]).subarray(
    0,
    size,
  );
};
export const pngBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
export const jpegBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
/** A Windows executable: what a renamed "report.pdf" from a phishing mail would be. */
export const exeBytes = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256)]);

/** A zip archive (entries stored, not compressed) with the given entry names, as Office writes them. */
export function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const content = Buffer.from(`<${name}/>`);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, content);
    centrals.push(central, n);
    offset += 30 + n.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const docxBytes = (): Buffer =>
  zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
export const xlsxBytes = (): Buffer =>
  zipOf(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']);
