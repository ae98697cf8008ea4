import { type RemovableFiles, RemoveFileButton } from "@/components/remove-file-button";

/** Thumbnails (images) or labels (PDF) of stored files, each opening the file from `base/<id>`; those in `removable` with 删除. */
export function FileList({
  title,
  files,
  base,
  removable,
}: {
  title: string;
  files: { id: string; originalName: string; mime: string }[];
  base: string;
  removable?: RemovableFiles;
}) {
  if (files.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-medium">{title}</h3>
      <ul className="mt-1 flex flex-wrap gap-3">
        {files.map((f) => (
          <li key={f.id} className="w-32 text-xs">
            <a
              href={`${base}/${f.id}`}
              target="_blank"
              rel="noreferrer"
              className="block"
              aria-label={`查看 ${f.originalName}`}
            >
              {f.mime.startsWith("image/") ? (
                <img
                  src={`${base}/${f.id}?thumb=1`}
                  alt={f.originalName}
                  className="h-24 w-32 rounded border border-slate-200 object-cover"
                  loading="lazy"
                />
              ) : (
                <span className="flex h-24 w-32 items-center justify-center rounded border border-slate-200 bg-slate-50">
                  PDF
                </span>
              )}
              <span className="mt-1 block truncate">{f.originalName}</span>
            </a>
            {removable?.ids.includes(f.id) && (
              <RemoveFileButton kind={removable.kind} version={removable.version} fileId={f.id} name={f.originalName} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
