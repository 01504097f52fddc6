// Course descriptions are safe Markdown: rendered to HTML on the server with raw HTML turned off, so no tag or script a writer types reaches the page.
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

// markdown-it already refuses javascript:, vbscript:, file: and most data: links; links that leave the hub open
// without handing it the opener or the address it came from.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  if (/^https?:\/\//i.test(String(token.attrGet("href") ?? ""))) token.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, index, options, env, self);
};

/** Headings in a description sit under the page's own h1 and section h2s, so they start at h3. */
markdown.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
  const token = tokens[index]!;
  const level = Math.min(6, Number(token.tag.slice(1)) + 2);
  token.tag = `h${level}`;
  const close = tokens.slice(index).find((t) => t.type === "heading_close");
  if (close) close.tag = token.tag;
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return source.trim() ? markdown.render(source) : "";
}
