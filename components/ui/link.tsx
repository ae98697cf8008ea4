// One look for text links. A standalone link (in a table, a list, a "← 返回" line) is at least
// 44×44 px on a phone so a thumb can hit it; a link inside running text (`inline`) keeps the line's
// height and is underlined so it is told apart by more than its colour.
const TONES = { brand: "text-brand-700", muted: "text-slate-500" } as const;
export const tapTargetClass = "max-sm:inline-flex max-sm:min-h-11 max-sm:min-w-11 max-sm:items-center";

export function linkClass({ inline = false, tone = "brand", className }: { inline?: boolean; tone?: keyof typeof TONES; className?: string } = {}): string {
  return [TONES[tone], inline ? "underline" : `hover:underline ${tapTargetClass}`, className].filter(Boolean).join(" ");
}
