// The worker behind lib/import/xlsx-rows.ts: reads the first worksheet of an uploaded .xlsx off the request
// thread. Plain JavaScript (no TypeScript, no path aliases) so that Node runs it as it is under vitest,
// tsx and `next start` alike; it is resolved from the project root, never bundled.
//
// A zip's declared sizes cannot be trusted, so nothing is handed to exceljs that was not inflated
// here first, counting the bytes as they come out and stopping at the cap: the entries exceljs needs
// are inflated (bounded), then repacked uncompressed for exceljs' streaming reader, which reads the
// sheet row by row and stops at the row cap — a sheet is never parsed whole.
import { Readable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";

import ExcelJS from "exceljs";

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

class Refusal extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/** The central directory: name → where its compressed bytes are and how. */
function directory(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Refusal("unreadable");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) throw new Refusal("unreadable");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Encrypted entries, zip64 and methods other than stored/deflate are not something Excel writes.
    if (flags & 1 || compressed === 0xffffffff || local === 0xffffffff || (method !== 0 && method !== 8))
      throw new Refusal("unreadable");
    entries.set(name, { method, compressed, local });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { view, entries };
}

/** Inflates the named entries, counting every byte that comes out; past `maxBytes` in all, refuses. */
function inflateEntries(bytes, names, maxBytes) {
  const { view, entries } = directory(bytes);
  let total = 0;
  const out = new Map();
  for (const name of names) {
    const entry = entries.get(name);
    if (!entry) continue;
    const { local, compressed, method } = entry;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_ENTRY) throw new Refusal("unreadable");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) throw new Refusal("unreadable");
    const data = bytes.subarray(start, start + compressed);
    let inflated;
    if (method === 0) inflated = data;
    else {
      try {
        // maxOutputLength stops zlib as soon as that many bytes have come out.
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes - total) });
      } catch (e) {
        throw new Refusal(e && e.code === "ERR_BUFFER_TOO_LARGE" ? "inflated" : "unreadable");
      }
    }
    total += inflated.length;
    if (total > maxBytes) throw new Refusal("inflated");
    out.set(name, inflated);
  }
  return out;
}

const text = (buf) => (buf ? new TextDecoder().decode(buf) : "");
const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The zip path of the workbook's first sheet (in the order the workbook lists them). */
function firstSheetPath(workbookXml, relsXml, names) {
  const sheet = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbookXml)?.[0];
  const rId = sheet && attr(sheet, "r:id");
  for (const rel of relsXml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    if (attr(rel, "Id") !== rId) continue;
    const target = attr(rel, "Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  }
  return names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()[0];
}

let crcTable;
function crc32(buf) {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of buf) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An uncompressed zip of the given entries, in order (exceljs' streaming reader reads local headers only). */
function storedZip(files) {
  const parts = [];
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_ENTRY, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x800, 6);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    parts.push(header, nameBytes, data);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  parts.push(end);
  return Buffer.concat(parts);
}

// OOXML writes characters XML cannot carry as _xHHHH_ (a NUL is _x0000_, a literal "_x" is _x005F_x); the
// streaming reader leaves them escaped, Excel and exceljs' whole-file reader decode them: so do we, and
// the validator then sees (and refuses) the control character the user's file really holds.
const decode = (s) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

/** A cell as plain data: text, number, boolean, Date, { error }, or null. */
function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return decode(value);
  if (value instanceof Date || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return decode(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? null : plain(value.result);
    if ("text" in value) return plain(value.text);
    if ("error" in value) return { error: String(value.error) };
  }
  return null;
}

const EMPTY_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** The first sheet's rows that have any cell, as [row number, [column, value, column, value, …]]; more than `maxRows` such rows: refused. */
async function readRows(bytes, { maxRows, maxInflatedBytes }) {
  const { entries } = directory(bytes);
  const meta = inflateEntries(bytes, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"], maxInflatedBytes);
  const sheetPath = firstSheetPath(text(meta.get("xl/workbook.xml")), text(meta.get("xl/_rels/workbook.xml.rels")), [
    ...entries.keys(),
  ]);
  if (!sheetPath || !entries.has(sheetPath)) throw new Refusal("no-sheet");
  const spent = [...meta.values()].reduce((n, b) => n + b.length, 0);
  const body = inflateEntries(bytes, ["xl/sharedStrings.xml", "xl/styles.xml", sheetPath], maxInflatedBytes - spent);
  // Shared strings and styles before the sheet, so the reader streams the sheet instead of spooling it to disk.
  const files = [...meta, ["xl/sharedStrings.xml", body.get("xl/sharedStrings.xml") ?? EMPTY_STRINGS]];
  if (body.has("xl/styles.xml")) files.push(["xl/styles.xml", body.get("xl/styles.xml")]);
  const sheetXml = body.get(sheetPath);
  // A sheet cut short parses as far as it goes: refuse it rather than import part of a file unnoticed.
  if (!/<\/(?:\w+:)?worksheet>\s*$/.test(text(sheetXml.subarray(-64)))) throw new Refusal("unreadable");
  files.push(["xl/worksheets/sheet1.xml", sheetXml]);

  // In small chunks: the reader parses each chunk it is given whole, so one 8 MB chunk would hold every row at once.
  const zip = storedZip(files);
  const chunks = function* () {
    for (let at = 0; at < zip.length; at += 64 * 1024) yield zip.subarray(at, at + 64 * 1024);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks()), {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const rows = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const value = plain(cell.value);
        if (value !== null) cells.push(col, value);
      });
      if (!cells.length) continue;
      if (rows.length >= maxRows) throw new Refusal("rows");
      rows.push([row.number, cells]);
    }
    break;
  }
  return rows;
}

// Loaded (the imports above are done): the reading time starts now.
parentPort.postMessage({ ready: true });
try {
  const { bytes, maxRows, maxInflatedBytes } = workerData;
  parentPort.postMessage({ ok: true, rows: await readRows(bytes, { maxRows, maxInflatedBytes }) });
} catch (e) {
  parentPort.postMessage({ ok: false, reason: e instanceof Refusal ? e.reason : "unreadable" });
}
