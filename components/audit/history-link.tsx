import { Link } from "@/components/ui/app-link";
import { linkClass } from "@/components/ui/link";
import { canSee } from "@/lib/areas";
import type { Role } from "@/lib/generated/prisma/enums";
import { withQuery } from "@/lib/href";

/** "变更记录": a record's own history in the audit log — shown to whoever sees the audit log (the office). */
export function HistoryLink({ role, entity, entityId }: { role: Role; entity: string; entityId: string | number }) {
  if (!canSee(role, "adminAudit")) return null;
  return (
    <Link
      href={withQuery("/admin/audit", { entity, entityId })}
      className={linkClass({ className: "text-sm no-print" })}
    >
      变更记录
    </Link>
  );
}
