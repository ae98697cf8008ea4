"use client";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button onClick={() => window.print()} variant="secondary" size="sm" className="no-print">
      打印
    </Button>
  );
}
