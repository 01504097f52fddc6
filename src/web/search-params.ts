// Reading a page's query string the same way everywhere: a yes/no flag, or one of a fixed set of words.

/** True only for `?name=1`, the way the pages set their after-the-fact notices. */
export function flag(url: URL, name: string): boolean {
  return url.searchParams.get(name) === "1";
}

/** The value when it is one of `options`, otherwise null (anything else in the address is ignored, never shown). */
export function oneOf<Option extends string>(options: readonly Option[], value: string | null): Option | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as Option) : null;
}
