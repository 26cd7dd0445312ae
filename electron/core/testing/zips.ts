// Test helper (not a test): zip files written byte by byte, so a test can build the workbooks no
// spreadsheet program writes — one whose directory understates a part's size, one whose sheet
// declares five million rows, one that unzips a thousandfold — in a few kilobytes of disk.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** The uncompressed size written in the headers instead of the real one (a lie, or a bomb's boast). */
  declaredSize?: number;
}

export function writeZip(file: string, parts: ZipPart[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, directory, end]));
}

/** The parts every workbook has, around one sheet's XML. */
export function workbookParts(sheetXml: string | Buffer, sheetDeclaredSize?: number): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0" encoding="UTF-8"?><workbook><sheets><sheet name="名录" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, ...(sheetDeclaredSize === undefined ? {} : { declaredSize: sheetDeclaredSize }) },
  ];
}

/** A sheet's XML with the given <dimension> and data rows of two inline-string cells each. */
export function sheetXml(dimension: string, rows: number): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?><worksheet><dimension ref="${dimension}"/><sheetData>`];
  out.push('<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c><c r="B1" t="inlineStr"><is><t>人数</t></is></c></row>');
  for (let r = 2; r <= rows + 1; r++) out.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>企业${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  out.push('</sheetData></worksheet>');
  return out.join('');
}
