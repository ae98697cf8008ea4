// Refuses a zip bomb before exceljs inflates it: an .xlsx is a zip, and its central directory declares
// each entry's uncompressed size. A workbook of a township's ledger is a few MB unpacked.

/** Unpacked .xlsx limit: far above any real ledger or quota sheet. */
export const XLSX_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** The declared total unpacked size of a zip's entries, or null when the directory cannot be read (not a zip, zip64, truncated). */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes plus a comment of at most 65535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { end = i; break; }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** Whether exceljs may open these bytes: a readable zip directory declaring no more than the limit. */
export function xlsxWithinLimits(bytes: Uint8Array, limit = XLSX_MAX_UNPACKED_BYTES): boolean {
  const size = declaredUnpackedSize(bytes);
  return size !== null && size <= limit;
}
