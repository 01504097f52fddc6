// Course descriptions render as Markdown with no raw HTML, no script links, and headings that fit under the page's own.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server.ts";

describe("renderMarkdown", () => {
  it("renders Markdown and escapes any HTML a writer types", () => {
    const html = renderMarkdown("We practise **mutuality**.\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>");
    expect(html).toContain("<strong>mutuality</strong>");
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: links and keeps web links, which open without handing over the page", () => {
    const html = renderMarkdown("[bad](javascript:alert(1)) [good](https://example.org/ips)");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<a href="https://example.org/ips" rel="noopener noreferrer">good</a>');
  });

  it("starts headings at h3, under the page's h1 and its section h2s", () => {
    expect(renderMarkdown("# What we do\n\n## Day one")).toBe("<h3>What we do</h3>\n<h4>Day one</h4>\n");
  });

  it("renders nothing for an empty description", () => {
    expect(renderMarkdown("  \n")).toBe("");
  });
});
