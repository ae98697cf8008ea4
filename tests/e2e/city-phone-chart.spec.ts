import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

// 全市总览's charts on a 390 px phone (docs/domain.md §市级): every district's name reads whole down the side of the
// bars — 江北区 with its 示例数据 mark small beneath it, not “江北区（示例数据）” cut off at the chart's left edge.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the districts' names down the side of the city's charts are whole on a phone", async ({ page }) => {
  await loginAs(page, "city", /\/city$/);
  for (const category of ["ELIMINATION", "RECTIFICATION"]) {
    const figure = page.locator(`figure[aria-labelledby="chart-city-${category}-title"]`);
    await figure.scrollIntoViewIfNeeded();
    const ticks = figure.getByTestId("chart-side-tick");
    await expect(ticks).toHaveCount(2);
    await expect(ticks.nth(0)).toHaveText("海曙区");
    await expect(ticks.nth(1)).toHaveText("江北区示例数据");
    const frame = (await figure.boundingBox())!;
    for (const tick of await ticks.all()) {
      const box = (await tick.boundingBox())!;
      expect(box.x, "a name starts inside the chart").toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    }
    if (category === "ELIMINATION") await figure.screenshot({ path: "test-results/city-chart-390.png" });
    // The data table names it in full.
    await figure.getByText("查看数据表").click();
    await expect(figure.getByRole("rowheader", { name: "江北区（示例数据）" })).toBeVisible();
  }
});
