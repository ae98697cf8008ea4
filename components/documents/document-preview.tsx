import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";
import type { Block, DocumentModel } from "@/lib/documents/model";

/**
 * A document model as the page shows it before publication: the same blocks the .docx is made of
 * (lib/documents/render-docx.ts), laid out like the paper — 红头 in red over a red rule, title centred, body
 * paragraphs indented, 落款 right-aligned — each section (the annex) on a sheet of its own.
 */
export function DocumentPreview({ model, label = "文档预览" }: { model: DocumentModel; label?: string }) {
  return (
    <div role="document" aria-label={label} data-testid="document-preview" className="space-y-4">
      {model.sections.map((s, i) => (
        <article
          key={i}
          data-testid={i === 0 ? "preview-body" : "preview-annex"}
          className="overflow-x-auto rounded border border-slate-300 bg-white px-4 py-6 font-serif text-[15px] leading-7 text-slate-900 shadow-sm sm:px-10"
        >
          {s.blocks.map((b, j) => (
            <PreviewBlock key={j} block={b} />
          ))}
        </article>
      ))}
    </div>
  );
}

function PreviewBlock({ block: b }: { block: Block }) {
  switch (b.kind) {
    case "masthead":
      return <p className="my-3 text-center text-2xl font-bold tracking-wide text-red-600">{b.text}</p>;
    case "reference":
      return <p className="mb-5 border-b-2 border-red-600 pb-2 text-center">{b.text}</p>;
    case "title":
      return <h3 className="my-4 text-center text-xl font-bold">{b.text}</h3>;
    case "subtitle":
      return <p className="mb-3 text-center">{b.text}</p>;
    case "recipients":
      return <p>{b.text}</p>;
    case "heading1":
      return <p className="indent-8 font-sans font-semibold">{b.text}</p>;
    case "heading2":
      return <p className="indent-8 italic">{b.text}</p>;
    case "paragraph":
      return <p className="indent-8 text-justify">{b.text}</p>;
    case "annexNote":
      return <p className="mt-6 indent-8">{b.text}</p>;
    case "signature":
      return (
        <div className="mt-8 text-right sm:pr-16" data-testid="preview-signature">
          <p>{b.issuer}</p>
          <p>{b.date}</p>
        </div>
      );
    case "distribution":
      return (
        <div className="mt-6 border-y border-slate-800 text-sm">
          {b.lines.map((l) => (
            <p key={l} className="border-b border-slate-300 px-4 py-1 last:border-b-0">
              {l}
            </p>
          ))}
        </div>
      );
    case "table":
      return <PreviewTable block={b} />;
  }
}

/** A table of the document: the kit's table (a card a row on a phone), ruled like the paper's from sm on. */
function PreviewTable({ block: b }: { block: Extract<Block, { kind: "table" }> }) {
  const form = b.header.length === 0; // label | value
  const ruled = "sm:border sm:border-slate-500";
  return (
    <div className="my-3 font-sans">
      <Table bare dense label={form ? "记录" : "附表"}>
        {!form && (
          <THead className="bg-slate-50">
            {b.header.map((h, k) => (
              <Th key={k} className={`${ruled} text-center`}>
                {h}
              </Th>
            ))}
          </THead>
        )}
        <tbody>
          {b.rows.map((r, k) =>
            form ? (
              <tr key={k}>
                <RowHeader className={`${ruled} w-1/5 font-semibold`}>{r[0]}</RowHeader>
                <Td label={r[0]} className={`${ruled} whitespace-pre-wrap`}>
                  {r[1]}
                </Td>
              </tr>
            ) : (
              <tr key={k}>
                <RowHeader className={ruled}>{r[0]}</RowHeader>
                {r.slice(1).map((c, m) => (
                  <Td key={m} label={b.header[m + 1]} className={`${ruled} whitespace-pre-wrap`}>
                    {c}
                  </Td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </Table>
    </div>
  );
}
