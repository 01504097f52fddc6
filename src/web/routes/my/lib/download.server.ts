// How the certifications page hands out files: as downloads, never inline, since an uploaded file is not trusted to
// render in the hub's origin.
export function attachment(bytes: Uint8Array, type: string, name: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
