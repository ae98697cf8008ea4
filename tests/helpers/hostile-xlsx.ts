// Hostile .xlsx files for the import's reader, made at test time from the portal's own template (so
// they look like the real thing to content sniffing) — too large, or too easy to make, to commit.
import { deflateRawSync } from "node:zlib";

import JSZip from "jszip";

import { ledgerFile, type LedgerRow, ledgerRow } from "./ledger-files";

type Entry = { name: string; data: Buffer; declared?: number; method?: number; flags?: number };

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip written by hand, so that it can lie: `declared` is the uncompressed size both headers state
 * (the real one otherwise); `method` and `flags` as given (deflate, none otherwise).
 */
export function handZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : e.data;
    // The bomb's CRC is not worth 150 MB of arithmetic; nothing that reads these checks it first.
    const crc = e.declared === undefined ? crc32(e.data) : 0;
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of the import template (with `rows`), in their order. */
async function templateEntries(rows: LedgerRow[] = []): Promise<Entry[]> {
  const zip = await JSZip.loadAsync(await ledgerFile(rows));
  const names: string[] = [];
  zip.forEach((path, file) => {
    if (!file.dir) names.push(path);
  });
  return Promise.all(names.map(async (name) => ({ name, data: await zip.file(name)!.async("nodebuffer") })));
}

/** The template with some entries replaced (or changed by a function of their content). */
export async function templateWith(
  replace: Record<string, (e: Entry) => Entry>,
  rows: LedgerRow[] = [],
): Promise<Buffer> {
  return handZip((await templateEntries(rows)).map((e) => replace[e.name]?.(e) ?? e));
}

const SHEET = "xl/worksheets/sheet1.xml";

/** The import template whose sheet entry declares ~17 KB but inflates to `bytes` (150 MB: a 160 KB file). */
export const zipBomb = (bytes = 150 * 1024 * 1024) =>
  templateWith({ [SHEET]: (e) => ({ ...e, data: Buffer.alloc(bytes, " "), declared: 17_000 }) });

/** The import template (heading row) followed by `count` rows holding one number in column Z only. */
export const columnZSheet = (count = 200_000) =>
  templateWith({
    [SHEET]: (e) => {
      const xml = e.data.toString();
      const rows = Array.from(
        { length: count },
        (_, i) => `<row r="${i + 2}"><c r="Z${i + 2}"><v>1</v></c></row>`,
      ).join("");
      const at = xml.lastIndexOf("</sheetData>");
      return { ...e, data: Buffer.from(xml.slice(0, at) + rows + xml.slice(at)) };
    },
  });

/** A sound import file of `unit` whose only row's name cell holds `_x0000_` (OOXML's escape of NUL), without a credit code. */
export const nulInName = (unit: string) => ledgerFile([ledgerRow(unit, { name: "甲_x0000_铸造厂", creditCode: null })]);

/** Malformed files that sniff as .xlsx: each must be refused with a message, never a 500. */
export async function malformedWorkbooks(unit: string): Promise<Record<string, Buffer>> {
  const sound = await ledgerFile([ledgerRow(unit)]);
  return {
    "truncated (the first half)": sound.subarray(0, Math.floor(sound.length / 2)),
    "the sheet's XML cut in the middle": await templateWith(
      { [SHEET]: (e) => ({ ...e, data: e.data.subarray(0, Math.floor(e.data.length / 2)) }) },
      [ledgerRow(unit)],
    ),
    "the sheet's entry not deflate data": await templateWith({
      [SHEET]: (e) => ({ ...e, data: Buffer.from("not deflate at all"), method: 0xff }),
    }),
    "an encrypted entry": await templateWith({ [SHEET]: (e) => ({ ...e, flags: 1 }) }),
    "the workbook naming a sheet the zip does not hold": await templateWith({
      [SHEET]: (e) => ({ ...e, name: "xl/worksheets/other.xml" }),
    }),
  };
}
