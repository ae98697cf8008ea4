// The UI kit's table: real table semantics at desktop width, label: value cards on a phone, and every
// table of the portal drawn through it (named for screen readers).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { buttonClass } from "@/components/ui/button";
import { linkClass } from "@/components/ui/link";
import { RowHeader, Table, Td, Th, THead } from "@/components/ui/table";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".tsx") ? [path] : [];
  });
}

describe("Table", () => {
  const head = h(THead, {
    key: "head",
    children: [h(Th, { key: "n" }, "企业（作坊）"), h(Th, { key: "m", align: "right" }, "材料")],
  });
  const body = h(
    "tbody",
    { key: "body" },
    h("tr", null, h(RowHeader, null, "古林铸造厂"), h(Td, { label: "材料", align: "right" }, "齐全")),
  );
  const html = renderToStaticMarkup(
    h(Table, { label: "整治台账", caption: "整治对象列表", className: "min-w-[40rem]", children: [head, body] }),
  );

  it("is a named table with column and row headings", () => {
    expect(html).toMatch(/<table[^>]*aria-label="整治台账"/);
    expect(html).toContain('<caption class="sr-only">整治对象列表</caption>');
    expect(html).toContain('<th scope="col">企业（作坊）</th>');
    expect(html).toMatch(/<th scope="row"[^>]*>古林铸造厂<\/th>/);
  });

  it("marks each value cell with its column's name for the phone's card mode", () => {
    expect(html).toMatch(/<td data-label="材料"[^>]*>齐全<\/td>/);
    expect(html).toMatch(/<table class="stack-sm /);
    const css = readFileSync("app/globals.css", "utf8");
    const phone = css.slice(css.indexOf("@media (max-width: 639.98px)"));
    expect(phone).toMatch(/\.stack-sm td\[data-label\]::before\s*\{\s*content: attr\(data-label\)/);
    expect(phone).toMatch(/table\.stack-sm\s*\{\s*min-width: 0;\s*\}/);
  });

  it("scrolls sideways only from the sm breakpoint on, never in card mode", () => {
    expect(html).toMatch(/^<div class="[^"]*sm:overflow-x-auto[^"]*"><table/);
    expect(html).not.toMatch(/class="(?:[^"]* )?overflow-x-auto/);
  });
});

describe("every table of the portal", () => {
  const files = [...sources("app"), ...sources("components")];

  it("is drawn by the kit (no hand-written <table>)", () => {
    const handWritten = files.filter(
      (f) => !f.endsWith(join("components", "ui", "table.tsx")) && /<table[\s>]/.test(readFileSync(f, "utf8")),
    );
    expect(handWritten).toEqual([]);
  });

  it("has a name for screen readers", () => {
    const unnamed = files.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/<Table\b([^>]*)>/g)]
        .filter((m) => !/\b(label|caption|aria-labelledby)=/.test(m[1]))
        .map((m) => `${f}: ${m[0]}`),
    );
    expect(unnamed).toEqual([]);
  });
});

describe("tap targets", () => {
  it("links and buttons are at least 44×44 px on a phone, links in running text too (underlined, a box in the line)", () => {
    expect(linkClass()).toContain("max-sm:min-h-11");
    expect(linkClass()).toContain("max-sm:min-w-11");
    expect(buttonClass({ size: "sm" })).toContain("max-sm:min-h-11");
    expect(linkClass({ inline: true })).toContain("max-sm:min-h-11");
    expect(linkClass({ inline: true })).toContain("max-sm:min-w-11");
    expect(linkClass({ inline: true })).toContain("underline");
    expect(linkClass()).not.toMatch(/(^| )underline/);
  });
});
