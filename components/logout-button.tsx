"use client";
import { signOut } from "next-auth/react";

import { Button } from "@/components/ui/button";

export function LogoutButton() {
  return (
    <Button
      onClick={() => signOut({ callbackUrl: "/login" })}
      variant="secondary"
      size="sm"
      className="no-print whitespace-nowrap"
    >
      退出登录
    </Button>
  );
}
