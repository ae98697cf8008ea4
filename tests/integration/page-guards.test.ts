// Every page of the portal (found by scanning app/ for page.tsx) × every role, against the area table
// (lib/areas.ts): a role that sees the area gets the page (200), any other "not found" (404), nobody
// signed in goes to the login page, and a user who must change a reset password to the password page.
// Each page component is called as Next calls it, with the real session guard (server/session.ts)
// behind it — only reading the next-auth cookie is stood in for — so a page that forgets its guard,
// or guards the wrong area, fails here.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { type Area, AREAS, canSee, HOME } from "@/lib/areas";
import type { Role } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";

import { findingOf, roundOf } from "../helpers/inspection-fixtures";
import {
  caseOf,
  districtB,
  jishigang,
  mustChangeAccount,
  referralOf,
  returnVisitOf,
  taskLineOf,
  tipOf,
  USERNAMES,
} from "../helpers/matrix-fixtures";
import { asUser, currentUser } from "../helpers/session";

// The real server/session.ts (the setup file stands it in for the other tests); the cookie's claims are the test's caller.
vi.unmock("@/server/session");
vi.mock("@/server/auth/session-token", async (original) => ({
  ...(await original<object>()),
  readSessionClaims: async () => ({ uid: "test" }),
  userFromToken: async () => currentUser(),
}));

/** app/(portal)/cases/[id]/page.tsx → /cases/[id] (route groups left out). */
function pages(root = process.cwd()): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        const segments = relative(join(root, "app"), dir)
          .split(sep)
          .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
        found.push({ file: relative(root, path), path: `/${segments.join("/")}` });
      }
    }
  };
  walk(join(root, "app"));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Pages outside the area table: public ones, the landing redirect, the own-password page, and the page of a district
 * without a campaign year (tests/integration/city/new-district.test.ts).
 */
const OUTSIDE_AREAS = ["/", "/login", "/tip", "/account/password", "/no-campaign"];

/** The area a page belongs to: the area whose address is the longest prefix of the page's. */
function areaOf(path: string): Area {
  const prefix = (href: string) => href.replace("/{unit}", "");
  const matches = (Object.keys(AREAS) as Area[])
    .filter((a) => path === prefix(AREAS[a].href) || path.startsWith(`${prefix(AREAS[a].href)}/`))
    .sort((a, b) => prefix(AREAS[b].href).length - prefix(AREAS[a].href).length);
  if (!matches.length) throw new Error(`${path}: no area of lib/areas.ts covers it`);
  return matches[0];
}

const CALLERS = {
  office: "OFFICE",
  leader: "LEADER",
  department: "DEPARTMENT",
  township: "TOWNSHIP",
  expert: "EXPERT",
  // The city's accounts (docs/domain.md §市级): the city pages only, every district page not found.
  cityOffice: "CITY_OFFICE",
  cityLeader: "CITY_LEADER",
} as const satisfies Partial<Record<keyof typeof USERNAMES, Role>>;
type Caller = keyof typeof CALLERS | "anonymous" | "mustChange";

/** For a page with an [id]: a record of 集士港镇 / 区发改局, and the role owning it (who must get the page). */
const RECORDS: Record<string, { id: () => Promise<string>; owner: keyof typeof CALLERS }> = {
  "/cases/[id]": { id: async () => (await caseOf("IN_PROGRESS")).id, owner: "township" },
  "/tips/[id]": { id: async () => (await tipOf("ASSIGNED")).id, owner: "township" },
  "/inspections/[id]": { id: async () => (await roundOf()).id, owner: "office" },
  "/inspections/findings/[id]": { id: async () => (await findingOf("OPEN")).id, owner: "office" },
  "/return-visits/[id]": { id: async () => (await returnVisitOf({ withPhoto: false })).id, owner: "township" },
  "/referrals/[id]": { id: async () => (await referralOf()).id, owner: "expert" },
  "/units/[id]": { id: async () => String((await jishigang()).id), owner: "township" },
  "/admin/campaigns/[id]": {
    id: async () => String((await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } })).id),
    owner: "office",
  },
  "/tasks/[id]": { id: async () => String((await taskLineOf("INSPECTION")).id), owner: "department" },
  "/tasks/[id]/records": { id: async () => String((await taskLineOf("INSPECTION")).id), owner: "department" },
  // The city's read-only drill-down into 海曙区 (docs/domain.md §市级): no district role sees it.
  "/city/districts/[code]": { id: async () => "330203", owner: "cityLeader" },
  "/city/districts/[code]/cases": { id: async () => "330203", owner: "cityOffice" },
  "/city/districts/[code]/documents": { id: async () => "330203", owner: "cityLeader" },
};

/**
 * Pages narrower than their area, in the page's own words: /import sends the office to its own import
 * page; /tasks/licences is 区市场监管局's work list only (scjg, a department; other departments 404).
 */
const NARROWER: Record<string, { redirect?: Partial<Record<keyof typeof CALLERS, string>>; onlyUser?: string }> = {
  "/import": { redirect: { office: AREAS.adminImport.href } },
  "/tasks/licences": { onlyUser: "scjg" },
};

type Outcome = "200" | "404" | `redirect ${string}`;

async function visit(file: string, id: string | null, caller: Caller | { username: string }): Promise<Outcome> {
  const mod = (await import(/* @vite-ignore */ `../../${file}`)) as { default: (props: unknown) => unknown };
  // The page's dynamic segment names its parameter ([id], [code]).
  const param = /\[(\w+)\][^[]*$/.exec(file)?.[1] ?? "id";
  const props = { params: Promise.resolve(id ? { [param]: id } : {}), searchParams: Promise.resolve({}) };
  const username = typeof caller === "object" ? caller.username : caller === "anonymous" ? null : USERNAMES[caller];
  try {
    await asUser(username, async () => mod.default(props));
    return "200";
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
    if (digest.startsWith("NEXT_REDIRECT;")) return `redirect ${digest.split(";")[2]}`;
    throw e;
  }
}

const all = pages();
const ids: Record<string, string> = {};

beforeAll(async () => {
  await districtB(); // 江北区 and the city's two accounts
  await mustChangeAccount();
  for (const [path, r] of Object.entries(RECORDS)) ids[path] = await r.id();
}, 120_000);

describe("every page × every role, as the area table says", () => {
  it("finds the pages, and each dynamic one has a record to open", () => {
    expect(all.length).toBeGreaterThan(25);
    const dynamic = all.filter((p) => p.path.includes("[")).map((p) => p.path);
    expect(
      dynamic.filter((p) => !(p in RECORDS)),
      "add a record for it to RECORDS",
    ).toEqual([]);
  });

  it.each(all.filter((p) => !OUTSIDE_AREAS.includes(p.path)).map((p) => [p.path, p.file] as const))(
    "%s",
    async (path, file) => {
      const area = areaOf(path);
      const id = ids[path] ?? null;
      expect(await visit(file, id, "anonymous"), `${path} signed out`).toBe("redirect /login");
      expect(await visit(file, id, "mustChange"), `${path} with a reset password`).toBe("redirect /account/password");
      for (const [caller, role] of Object.entries(CALLERS) as [keyof typeof CALLERS, Role][]) {
        const got = await visit(file, id, caller);
        const narrower = NARROWER[path];
        if (narrower?.redirect?.[caller])
          expect(got, `${path} as ${role}`).toBe(`redirect ${narrower.redirect[caller]}`);
        else if (narrower?.onlyUser) expect(got, `${path} as ${role}: only ${narrower.onlyUser}`).toBe("404");
        else if (!canSee(role, area)) expect(got, `${path} as ${role}: not in area ${area}`).toBe("404");
        else if (!id || RECORDS[path].owner === caller) expect(got, `${path} as ${role} (area ${area})`).toBe("200");
        // Another role that sees the area may still find this record outside its own scope: the page or not found, never a redirect.
        else expect(["200", "404"], `${path} as ${role} (area ${area})`).toContain(got);
      }
      const only = NARROWER[path]?.onlyUser;
      if (only) expect(await visit(file, id, { username: only }), `${path} as ${only}`).toBe("200");
    },
  );

  it("the landing page sends each role to its home area, nobody signed in to the login page", async () => {
    const file = all.find((p) => p.path === "/")!.file;
    expect(await visit(file, null, "anonymous")).toBe("redirect /login");
    expect(await visit(file, null, "mustChange")).toBe("redirect /account/password");
    for (const [caller, role] of Object.entries(CALLERS) as [keyof typeof CALLERS, Role][]) {
      expect(await visit(file, null, caller)).toMatch(
        new RegExp(`^redirect ${AREAS[HOME[role]].href.replace("{unit}", "\\d+")}$`),
      );
    }
  });

  it("the own-password page opens for everyone signed in, a reset password included", async () => {
    const file = all.find((p) => p.path === "/account/password")!.file;
    expect(await visit(file, null, "anonymous")).toBe("redirect /login");
    for (const caller of ["mustChange", ...Object.keys(CALLERS)] as Caller[])
      expect(await visit(file, null, caller), caller).toBe("200");
  });
});
