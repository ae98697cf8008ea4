"use client";
import { ActionButton } from "@/components/ui/action-button";
import { markNotificationsRead } from "@/server/notifications/actions/mark-notifications-read";

/** Marks one notification (or, without `id`, all of them) read; a refusal is shown. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  return <ActionButton action={() => markNotificationsRead({ id })} label={label} success="已标为已读" />;
}
