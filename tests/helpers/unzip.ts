// A ZIP (an archive download, a .docx) read back entry by entry.
import yauzl from "yauzl";

export type Entry = { path: string; bytes: Buffer };

export function unzip(zip: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err);
      const entries: Entry[] = [];
      file.on("entry", (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.push({ path: entry.fileName, bytes: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.on("end", () => resolve(entries));
      file.on("error", reject);
      file.readEntry();
    });
  });
}

/** A .docx read back: its parts, the XML of word/document.xml, and its text (one string per paragraph). */
export async function readDocx(body: Buffer) {
  const entries = await unzip(body);
  const xml = entries.find((e) => e.path === "word/document.xml")?.bytes.toString("utf8") ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
  return { entries, xml, paragraphs, text: paragraphs.join("\n") };
}
