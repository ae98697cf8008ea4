import bcrypt from "bcryptjs";

const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** A password policy a government intranet expects: 8+ chars with letters and digits. */
export function passwordProblem(plain: string): string | null {
  if (plain.length < 8) return "密码至少8位";
  if (!/[A-Za-z]/.test(plain) || !/\d/.test(plain)) return "密码须同时包含字母和数字";
  return null;
}
