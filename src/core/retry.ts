// How long a failed background job waits before its next try: exponential backoff with a ceiling.
export function retryDelaySeconds(
  attempt: number,
  options: { baseSeconds?: number; maxSeconds?: number } = {},
): number {
  const base = options.baseSeconds ?? 10;
  const max = options.maxSeconds ?? 3600;
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}
