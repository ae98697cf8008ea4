import { describe, expect, it } from "vitest";

import PunishmentPage from "@/app/(portal)/punishment/page";
import ReturnVisitsPage from "@/app/(portal)/return-visits/page";
import TaskLinePage from "@/app/(portal)/tasks/[id]/page";
import SteelPage from "@/app/(portal)/tasks/steel/page";
import TipsPage from "@/app/(portal)/tips/page";
import UnitPage from "@/app/(portal)/units/[id]/page";
import { prisma } from "@/server/db";

import { actAs } from "../helpers/session";

// Hand-edited or crawled addresses: a page number beyond any list, or no number at all, shows a page, never an error.
const hostilePages = ["99999999999999999999", "1e400", "2147483647", "abc", "-1"];
// The pages read ?page= and query the list before returning their element tree (rendering it needs the app router),
// so the text of that tree is what is checked.
function texts(node: unknown): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(texts).join("");
  if (node && typeof node === "object" && "props" in node)
    return texts((node.props as { children?: unknown }).children);
  return "";
}
const render = async (page: Promise<React.ReactElement>) => texts(await page);

describe("?page= and ids in hand-edited addresses", () => {
  it("renders the tips, 回访, task-line and steel inspection (T10) pages for any ?page=", async () => {
    await actAs("office");
    const line = await prisma.taskLine.findFirstOrThrow({ orderBy: { id: "asc" } });
    for (const page of hostilePages) {
      expect(await render(TipsPage({ searchParams: Promise.resolve({ page }) }))).toContain("举报");
      expect(await render(ReturnVisitsPage({ searchParams: Promise.resolve({ page }) }))).toContain("回访");
      expect(await render(SteelPage({ searchParams: Promise.resolve({ page }) }))).toContain("钢铁行业监管巡查（T10）");
      const html = await render(
        TaskLinePage({ params: Promise.resolve({ id: String(line.id) }), searchParams: Promise.resolve({ page }) }),
      );
      expect(html).toContain(line.title);
    }
  });

  it("answers 404 (not a database error) to a task line or unit id beyond any database integer", async () => {
    await actAs("office");
    for (const id of ["99999999999", "2147483648", "1e400"]) {
      await expect(
        TaskLinePage({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }),
      ).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
      await expect(UnitPage({ params: Promise.resolve({ id }) })).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });

  it("renders the 联合惩戒 list after the deadline for any ?page=", async () => {
    await actAs("office");
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    await prisma.campaign.update({ where: { id: campaign.id }, data: { deadline: new Date("2020-01-02T00:00:00Z") } });
    try {
      for (const page of hostilePages) {
        expect(await render(PunishmentPage({ searchParams: Promise.resolve({ page }) }))).toContain("联合惩戒名单");
      }
    } finally {
      await prisma.campaign.update({ where: { id: campaign.id }, data: { deadline: campaign.deadline } });
    }
  });
});
