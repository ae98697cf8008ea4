// The password policy (README 安全), pure so every rule is unit-tested. Applied to every password a person
// sets: an account created by the office, a one-time password the portal generates on reset, a user's
// own change, and scripts/create-user.ts. (The demo seed's shared Demo@2020 is not "set by a user" and is
// written on the embedded demo only.)

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Passwords everyone tries first: the demo accounts' password and common ones. Compared without case
 * and without non-alphanumerics, so "demo2020" and "Demo-2020" count as the demo password too.
 */
export const KNOWN_PASSWORDS = [
  "Demo@2020",
  "Demo@2021",
  "Demo@2026",
  "Admin@123",
  "admin123456",
  "password123",
  "Passw0rd123",
  "P@ssw0rd123",
  "qwerty123456",
  "abc123456789",
  "a1234567890",
  "1qaz2wsx3edc",
  "woaini1314",
  "haishu2020",
  "Haishu@2020",
  "123456abc",
] as const;

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const KNOWN = new Set(KNOWN_PASSWORDS.map(normalise));

/** Every rule a password breaks, in Chinese (empty = acceptable). `username` is the account's login name. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码至少${PASSWORD_MIN_LENGTH}位`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`密码最多${PASSWORD_MAX_LENGTH}位`);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push("密码须同时包含字母和数字");
  if (/\s/.test(password)) problems.push("密码不能包含空格");
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) problems.push("密码不能与账号相同，也不能包含账号");
  if (KNOWN.has(normalise(password))) problems.push("该密码过于常见（如演示密码），请换一个");
  return problems;
}

/** The first problem, or null when the password is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  return passwordProblems(password, username)[0] ?? null;
}

// Without look-alikes (0/O, 1/l/I) so a one-time password can be read out over the phone.
const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/**
 * A one-time password satisfying the policy for `username`: 12 characters, letters and digits.
 * `random(n)` returns a uniformly random integer in [0, n) (crypto.randomInt on the server).
 */
export function generateOneTimePassword(username: string, random: (n: number) => number): string {
  for (;;) {
    const chars = Array.from({ length: 12 }, (_, i) => {
      const set = i % 4 === 3 ? DIGITS : LETTERS + DIGITS;
      return set[random(set.length)];
    });
    const candidate = chars.join("");
    if (passwordProblem(candidate, username) === null) return candidate;
  }
}
