"use client";
import { ActionButton } from "@/components/ui/action-button";
import { resendDelivery } from "@/server/notifications/actions/resend-delivery";

/** 重新发送: back into the outbox with a fresh round of retries; the job runner sends it within a minute. */
export function ResendDeliveryButton({ id, version }: { id: string; version: number }) {
  return (
    <ActionButton
      label="重新发送"
      action={() => resendDelivery({ deliveryId: id, version })}
      success="已重新排入发送，约一分钟内发送"
    />
  );
}
