import { linkClass } from "@/components/ui/link";

type Entry = {
  caseNotes: string[];
  note: string;
  enterprises: { enterprise: { name: string; creditCode: string | null } }[];
  attachments: { id: string; originalName: string; size: number }[];
};

/** What an entry records beyond its amount: the cases one per line, the enterprises, the note, the attachments. */
export function EntryDetails({ e }: { e: Entry }) {
  return (
    <>
      {e.caseNotes.length > 0 && (
        <ol className="mt-1 list-decimal pl-5">
          {e.caseNotes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ol>
      )}
      {e.enterprises.length > 0 && (
        <p className="mt-1 text-slate-600">
          涉及企业：
          {e.enterprises
            .map((x) => `${x.enterprise.name}${x.enterprise.creditCode ? `（${x.enterprise.creditCode}）` : ""}`)
            .join("、")}
        </p>
      )}
      {e.note && <p className="mt-1 whitespace-pre-wrap">{e.note}</p>}
      {e.attachments.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4" aria-label="附件">
          {e.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/tasks/attachments/${a.id}`} target="_blank" rel="noopener" className={linkClass()}>
                📎 {a.originalName}
              </a>
              <span className="ml-1 text-xs text-slate-500">{Math.max(1, Math.round(a.size / 1024))} KB</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
