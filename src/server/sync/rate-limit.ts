/**
 * A token bucket per key (a member's token hash, or a client address for the routes that come
 * before a token): `burst` requests at once, refilled at `perSecond`. Kept in this process's
 * memory, so with several server processes each allows its own share; buckets left full are
 * forgotten so the map cannot grow without end.
 */
export interface RateLimit {
  /** true when the request may go ahead; otherwise the seconds until it may */
  take(key: string): true | number;
}

export function rateLimit(options: { burst: number; perSecond: number; now?: () => number }): RateLimit {
  const clock = options.now ?? (() => performance.now());
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = clock();
  const refill = (bucket: { tokens: number; at: number }, at: number) => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((at - bucket.at) / 1000) * options.perSecond);
    bucket.at = at;
  };
  return {
    take(key) {
      const at = clock();
      if (at - lastSweep > 60_000) {
        for (const [name, bucket] of buckets) {
          refill(bucket, at);
          if (bucket.tokens >= options.burst) buckets.delete(name);
        }
        lastSweep = at;
      }
      const bucket = buckets.get(key) ?? { tokens: options.burst, at };
      refill(bucket, at);
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      return Math.ceil((1 - bucket.tokens) / options.perSecond);
    },
  };
}
