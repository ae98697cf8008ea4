import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test } from "@playwright/test";
import sharp from "sharp";

import { login } from "./helpers";

// Cross-site requests (README 安全), through the real server: a page on another port of the same host is the same
// *site*, so the browser sends the officer's Lax session cookie with its POST. The portal must refuse
// the upload because the Origin is not its own, and the case must not gain the file.
test("a page on another origin cannot plant a file on an officer's case with their cookie", async ({
  page,
  baseURL,
}) => {
  const evil = createServer((_, res) =>
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end("<!doctype html><title>抽奖</title><p>恭喜中奖</p>"),
  );
  await new Promise<void>((resolve) => evil.listen(0, "localhost", resolve));
  try {
    await login(page, "dongqiao");
    await expect(page).toHaveURL(/\/units\/\d+$/, { timeout: 30_000 });
    await page.goto("/cases");
    await page
      .getByRole("link", { name: /洞桥示例五金作坊/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/cases\/[a-z0-9]+$/);
    const caseUrl = page.url();
    const target = `${baseURL}/api/cases/${caseUrl.split("/").pop()}/evidence`;

    await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/prize`);
    const photo = [
      ...(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a33" } })
        .jpeg()
        .toBuffer()),
    ];
    const answered = page.waitForResponse((r) => r.url() === target);
    await page.evaluate(
      async ({ target, photo }) => {
        const form = new FormData();
        form.set("kind", "OTHER");
        form.set("file", new File([new Uint8Array(photo)], "planted.jpg", { type: "image/jpeg" }));
        await fetch(target, { method: "POST", body: form, credentials: "include", mode: "no-cors" }).catch(() => null);
      },
      { target, photo },
    );
    expect((await answered).status()).toBe(403);

    await page.goto(caseUrl);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("planted.jpg")).toHaveCount(0);
  } finally {
    evil.close();
  }
});
