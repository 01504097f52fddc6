// Shows Markdown that the server already turned into safe HTML (see markdown.server.ts: raw HTML is never passed through).
export function Markdown({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return <div className={className ? `prose ${className}` : "prose"} dangerouslySetInnerHTML={{ __html: html }} />;
}
