"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The portal's link: next/link without prefetching every link that scrolls into view. A page such as the
 * ledger shows dozens of links, and each prefetch is a server render nobody asked for (a township's
 * ledger caused 23 per view). The page a person reaches for — hover, keyboard focus, a finger touching
 * it — is prefetched then, so a click still finds it on its way. `prefetch={false}`: never.
 */
export function Link({
  prefetch,
  href,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useOptionalRouter();
  const url = typeof href === "string" ? href : null;
  const warm = () => {
    if (router && prefetch !== false && url?.startsWith("/") && !url.startsWith("//")) router.prefetch(url);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        warm();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        warm();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        warm();
        onTouchStart?.(e);
      }}
    />
  );
}

/** The app router, or null where none is mounted (a component rendered on its own, as in the tests). */
function useOptionalRouter() {
  try {
    return useRouter();
  } catch {
    return null;
  }
}
