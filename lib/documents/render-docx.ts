// The one place a document model becomes a .docx (npm `docx`), laid out as GB/T 9704 党政机关公文格式: A4,
// margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; 标题 二号方正小标宋简体 centred; 正文 三号
// 仿宋_GB2312 at a fixed 28 pt line, first line indented two characters; 一级标题 黑体, 二级标题 楷体;
// 页码 四号宋体 “— 1 —” at the foot. Fonts are named, not embedded (no font parts in the file).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import JSZip from "jszip";

import type { Block, DocumentModel, Section } from "./model";
import { FONTS } from "./office";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const MM = 56.7; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: 37, bottom: 35, left: 28, right: 26 };
const LANDSCAPE_MARGIN = { top: 28, bottom: 26, left: 37, right: 35 };

/** Point sizes of the 字号 used, in half-points as Word counts them. */
const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21 } as const;
/** The fixed line of the body: 28 pt (22 lines a page). */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const RED = "FF0000";

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: "eastAsia" });
const run = (text: string, name: string, size: number, extra: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: font(name), size, ...extra });

function blockParagraphs(b: Exclude<Block, { kind: "table" }>): Paragraph[] {
  switch (b.kind) {
    case "masthead":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 400, after: 400 },
          children: [run(b.text, FONTS.title, SIZE.二号, { color: RED })],
        }),
      ];
    case "reference":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...LINE, after: 480 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 16, color: RED, space: 8 } },
          children: [run(b.text, FONTS.body, SIZE.三号)],
        }),
      ];
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
          children: [run(b.text, FONTS.title, SIZE.二号)],
        }),
      ];
    case "subtitle":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...LINE, after: 280 },
          children: [run(b.text, FONTS.heading2, SIZE.三号)],
        }),
      ];
    case "recipients":
      return [new Paragraph({ spacing: LINE, children: [run(b.text, FONTS.body, SIZE.三号)] })];
    case "heading1":
      return [
        new Paragraph({
          spacing: LINE,
          indent: { firstLineChars: 200, firstLine: 640 },
          keepNext: true,
          children: [run(b.text, FONTS.heading1, SIZE.三号)],
        }),
      ];
    case "heading2":
      return [
        new Paragraph({
          spacing: LINE,
          indent: { firstLineChars: 200, firstLine: 640 },
          keepNext: true,
          children: [run(b.text, FONTS.heading2, SIZE.三号)],
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          spacing: LINE,
          alignment: AlignmentType.BOTH,
          indent: { firstLineChars: 200, firstLine: 640 },
          children: [run(b.text, FONTS.body, SIZE.三号)],
        }),
      ];
    case "annexNote":
      return [
        new Paragraph({
          spacing: { ...LINE, before: 560 },
          indent: { firstLineChars: 200, firstLine: 640 },
          children: [run(b.text, FONTS.body, SIZE.三号)],
        }),
      ];
    case "signature":
      // 落款 right-aligned, four characters in from the right margin, after a blank line.
      return [b.issuer, b.date].map(
        (text, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { ...LINE, before: i === 0 ? 1120 : 0 },
            indent: { right: 4 * 320 },
            children: [run(text, FONTS.body, SIZE.三号)],
          }),
      );
    case "distribution":
      return b.lines.map(
        (text, i) =>
          new Paragraph({
            spacing: { ...LINE, before: i === 0 ? 560 : 0 },
            border: {
              ...(i === 0 ? { top: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 4 } } : {}),
              bottom: { style: BorderStyle.SINGLE, size: i === b.lines.length - 1 ? 8 : 4, color: "000000", space: 4 },
            },
            indent: { left: 320, right: 320 },
            children: [run(text, FONTS.body, SIZE.四号)],
          }),
      );
  }
}

function cellParagraphs(text: string, bold: boolean, centred: boolean): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(line, bold ? FONTS.heading1 : FONTS.body, SIZE.五号)],
      }),
  );
}

function table(b: Extract<Block, { kind: "table" }>, textWidth: number): Table {
  const total = b.widths.reduce((a, w) => a + w, 0);
  const columnWidths = b.widths.map((w) => Math.floor((w / total) * textWidth));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: columnWidths[i], type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            // A two-column table is a form (label | value): its labels are headings.
            children: cellParagraphs(
              text,
              header || (b.header.length === 0 && i === 0),
              header || (b.header.length > 0 && i > 0 && i < cells.length - 1),
            ),
          }),
      ),
    });
  return new Table({
    width: { size: columnWidths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths,
    rows: [...(b.header.length ? [row(b.header, true)] : []), ...b.rows.map((r) => row(r, false))],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ font: font(FONTS.pageNumber), size: SIZE.四号, children: ["— ", PageNumber.CURRENT, " —"] }),
        ],
      }),
    ],
  });
}

function section(s: Section) {
  const margin = s.landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
  const pageWidth = s.landscape ? A4.height : A4.width;
  const textWidth = Math.floor(pageWidth - (margin.left + margin.right) * MM);
  return {
    properties: {
      page: {
        // Given as portrait: docx swaps width and height for a landscape page.
        size: { ...A4, orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: Math.round(margin.top * MM),
          bottom: Math.round(margin.bottom * MM),
          left: Math.round(margin.left * MM),
          right: Math.round(margin.right * MM),
          header: Math.round(15 * MM),
          footer: Math.round(18 * MM),
        },
      },
    },
    footers: { default: pageFooter() },
    children: s.blocks
      .map((b) => (b.kind === "table" ? [table(b, textWidth), new Paragraph({ children: [] })] : blockParagraphs(b)))
      .flat(),
  };
}

/**
 * The .docx file of a document model. `at` fixes every date the file carries — its properties (created,
 * modified) and each ZIP entry's time — so the same model and moment give the same bytes, whenever rendered:
 * a published document states its moment of publication, never the moment of a download.
 */
export async function renderDocx(model: DocumentModel, at: Date): Promise<Buffer> {
  const doc = new Document({
    title: model.title,
    creator: "整治提升工作平台",
    lastModifiedBy: "整治提升工作平台",
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.三号 } } } },
    sections: model.sections.map(section),
  });
  return fixDates(await Packer.toBuffer(doc), at);
}

const W3CDTF = /(<dcterms:(?:created|modified) [^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/** The packed file again, with `at` (to the second) as its properties' dates and every entry's time. */
async function fixDates(packed: Buffer, at: Date): Promise<Buffer> {
  const moment = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const stamp = moment.toISOString().replace(/\.\d{3}Z$/, "Z");
  const source = await JSZip.loadAsync(packed);
  const zip = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let bytes: Buffer | string = await entry.async("nodebuffer");
    if (entry.name === "docProps/core.xml") bytes = bytes.toString("utf8").replace(W3CDTF, `$1${stamp}$2`);
    zip.file(entry.name, bytes, { date: moment, createFolders: false });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
