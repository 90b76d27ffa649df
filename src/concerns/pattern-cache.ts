/**
 * Patterns built from a party's name are the same for every clause of a draft, but compiling one
 * costs more than running it: they are compiled once per source and flags, and kept. The cache is
 * bounded, since the names come from the documents (a crafted draft may name thousands).
 */
const COMPILED = new Map<string, RegExp>();
const MOST_KEPT = 2000;

/** `new RegExp(source, flags)`, compiled once. Not for sticky or global patterns run with exec. */
export function cachedPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = COMPILED.get(key);
  if (!pattern) {
    if (COMPILED.size >= MOST_KEPT) COMPILED.clear();
    COMPILED.set(key, (pattern = new RegExp(source, flags)));
  }
  return pattern;
}
