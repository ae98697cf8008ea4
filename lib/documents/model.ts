// The document model: what a generated document says, block by block, as plain data. The pure builders
// (circular.ts, interview.ts, briefing.ts) produce it; render-docx.ts is the one place that lays it out.

export type Block =
  /** 发文机关标志 (红头), with the red separator line below the 发文字号. */
  | { kind: "masthead"; text: string }
  /** 发文字号, centred under the masthead, above the red line ("" keeps the line without a number). */
  | { kind: "reference"; text: string }
  | { kind: "title"; text: string }
  /** Centred under the title in 楷体, e.g. （2020年第6期）. */
  | { kind: "subtitle"; text: string }
  /** 主送机关, 顶格, ending in "：". */
  | { kind: "recipients"; text: string }
  | { kind: "heading1"; text: string }
  | { kind: "heading2"; text: string }
  | { kind: "paragraph"; text: string }
  /** 附件说明 under the body: 附件：… indented two characters. */
  | { kind: "annexNote"; text: string }
  /** A table; `header` rows bold and repeated on each page; cells may hold several lines ("\n"). */
  | { kind: "table"; header: readonly string[]; rows: readonly (readonly string[])[]; widths: readonly number[] }
  /** 落款: the issuing office and the date, right-aligned. */
  | { kind: "signature"; issuer: string; date: string }
  /** 版记: a line such as 报：… / 送：… between rules at the end. */
  | { kind: "distribution"; lines: readonly string[] };

export type Section = { landscape?: boolean; blocks: Block[] };

export type DocumentModel = {
  /** The document's title (its properties). */
  title: string;
  sections: Section[];
};

const HEADING1 = /^[一二三四五六七八九十]+、/;
const HEADING2 = /^（[一二三四五六七八九十]+）/;

/**
 * The office's plain text as blocks: one paragraph a line (blank lines dropped); a line starting
 * 一、 is a level-1 heading (黑体), （一） a level-2 heading (楷体), as 公文 number their parts.
 */
export function textBlocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line): Block =>
      HEADING1.test(line)
        ? { kind: "heading1", text: line }
        : HEADING2.test(line)
          ? { kind: "heading2", text: line }
          : { kind: "paragraph", text: line },
    );
}

/** Every piece of text of a model, in order (for tests and the plain-text preview). */
export function modelText(model: DocumentModel): string[] {
  return model.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      switch (b.kind) {
        case "table":
          return [...b.header, ...b.rows.flat()];
        case "signature":
          return [b.issuer, b.date];
        case "distribution":
          return b.lines;
        default:
          return [b.text];
      }
    }),
  );
}
