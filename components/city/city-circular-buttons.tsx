"use client";
import { ActionButton } from "@/components/ui/action-button";
import { acknowledgeCityCircular } from "@/server/city/actions/acknowledge-city-circular";

/** A district office signs for (签收) a city 通报 addressed to its district. */
export function AcknowledgeCityCircularButton({ circularId }: { circularId: string }) {
  return (
    <ActionButton
      action={() => acknowledgeCityCircular({ circularId })}
      label="签收"
      success="已签收"
      variant="outline"
    />
  );
}
