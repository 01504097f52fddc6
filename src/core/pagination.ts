// Which page of a long list to show: the one asked for, kept between the first and the last page.
export type PageWindow = { page: number; pageCount: number; offset: number };

export function pageWindow(input: { total: number; requested: number | undefined; perPage: number }): PageWindow {
  const pageCount = Math.max(1, Math.ceil(input.total / input.perPage));
  const page = Math.min(Math.max(1, Math.trunc(input.requested ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * input.perPage };
}
