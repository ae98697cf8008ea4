import type { IncomingMessage } from "node:http";

export const CLIENT_IP_HEADER: "x-haishu-client-ip";
export function clientAddressFrom(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string;
export function parseTrustedHops(value: string | undefined): number;
export function stampClientAddress(req: IncomingMessage, trustedHops: number): string;
export function reachedOverHttps(req: IncomingMessage, trustedHops: number): boolean;
