import "server-only";

import { randomInt } from "node:crypto";

import { generateOneTimePassword } from "@/lib/accounts/password-policy";
import { hashPassword } from "@/server/password";

/** A fresh one-time password for `username` (shown to the office once) and its hash (stored). */
export async function newOneTimePassword(username: string): Promise<{ oneTimePassword: string; passwordHash: string }> {
  const oneTimePassword = generateOneTimePassword(username, (n) => randomInt(n));
  return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
}
