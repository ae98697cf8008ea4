import { cloneElement, isValidElement, useId } from "react";

// Form building blocks so every form looks and behaves the same.
export const inputClass = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2";
/** The label around a checkbox or radio button: 44 px high on a phone, so the whole line is the target. */
export const checkLabelClass = "inline-flex items-center gap-1 max-sm:min-h-11 max-sm:gap-2";
/** A checkbox or radio button, a little larger on a phone. */
export const checkClass = "max-sm:size-5";

type ControlProps = { id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

/**
 * A label, its control (the one child element) and the hint or error under it. The control gets an id
 * the label points to, and the error is announced with it (aria-describedby, aria-invalid).
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: React.ReactNode;
}) {
  const generated = useId();
  const note = error ?? hint;
  if (!isValidElement<ControlProps>(children)) {
    // Several controls: the label wraps them all.
    return (
      <label className="block text-sm">
        <span className="font-medium">{label}</span>
        {children}
        {note && <span className={`mt-1 block text-xs ${error ? "text-red-700" : "text-slate-500"}`}>{note}</span>}
      </label>
    );
  }
  const id = children.props.id ?? generated;
  const noteId = `${id}-note`;
  return (
    <div className="block text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {cloneElement(children, {
        id,
        "aria-describedby": note ? noteId : undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {note && (
        <span id={noteId} className={`mt-1 block text-xs ${error ? "text-red-700" : "text-slate-500"}`}>
          {note}
        </span>
      )}
    </div>
  );
}

export function FormMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p
      role={message.ok ? "status" : "alert"}
      className={`rounded px-3 py-2 text-sm ${message.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}
    >
      {message.text}
    </p>
  );
}

/** One choice out of an enum, shown with its Chinese labels. */
export function RadioChoices<K extends string>({
  legend,
  name,
  labels,
  error,
}: {
  legend: string;
  name: string;
  labels: Record<K, string>;
  error?: string;
}) {
  return (
    <fieldset className="text-sm">
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {(Object.keys(labels) as K[]).map((k) => (
          <label key={k} className={checkLabelClass}>
            <input type="radio" name={name} value={k} className={checkClass} />
            {labels[k]}
          </label>
        ))}
      </div>
      {error && <span className="mt-1 block text-xs text-red-700">{error}</span>}
    </fieldset>
  );
}

/** The <option>s of a select naming records (units, departments, …): each record's id as the value, its name shown. */
export function NamedOptions({ items }: { items: readonly { id: number | string; name: string }[] }) {
  return items.map((i) => (
    <option key={i.id} value={i.id}>
      {i.name}
    </option>
  ));
}
