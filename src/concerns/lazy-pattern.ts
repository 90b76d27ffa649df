/**
 * A pattern built the first time it is asked for, then kept: `const X = lazyPattern(() => /…/u)`,
 * used as `X()`.
 *
 * Why not build it at load: V8 parses a pattern when it is made, and each Unicode property class
 * in it (`\p{L}`, `\p{Lu}`, ...) costs it about 40 µs to build, as much again when the pattern
 * first runs. The readings hold some 700 patterns at module level, many with a dozen such
 * classes, and on a given draft most never run, since the words they need are absent. Made at
 * load they took about 120 ms of every command: a tenth of a 4,000-clause comparison, half of
 * the time of a small one, all of it before the first clause was read.
 */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= build());
}
