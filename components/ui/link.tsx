import { Link } from "@/components/ui/app-link";

// One look for text links. Every link is at least 44×44 px on a phone so a thumb can hit it — a
// standalone one (in a table, a list, a "← 返回" line) and one inside running text (`inline`) alike: on
// this portal a link in a sentence (下载模板, a figure) is a step of someone's work, not a citation, and
// tests/e2e/tap-targets.spec.ts allows no exception. An inline link is underlined so it is told apart by
// more than its colour; on a phone it is a 44 px box in the line.
const TONES = { brand: "text-brand-700", muted: "text-slate-600" } as const;
export const tapTargetClass = "max-sm:inline-flex max-sm:min-h-11 max-sm:min-w-11 max-sm:items-center";

export function linkClass({
  inline = false,
  tone = "brand",
  className,
}: { inline?: boolean; tone?: keyof typeof TONES; className?: string } = {}): string {
  return [TONES[tone], inline ? "underline" : "hover:underline", tapTargetClass, className].filter(Boolean).join(" ");
}

/** A filter link in a row of choices ("全部", "待整改"…), the current one highlighted. */
export function chipClass(current: boolean): string {
  return `rounded-full border px-3 py-1 ${tapTargetClass} ${current ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white"}`;
}

/** The line above a record's page that leads back to its list ("← 举报列表"). */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <nav className="text-sm">
      <Link href={href} className={linkClass()}>
        ← {children}
      </Link>
    </nav>
  );
}
