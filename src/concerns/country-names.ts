let countryNames: Set<string> | null = null;

/**
 * Is `name` (lower-cased) a country's short English name, "georgia", "ireland", "japan"? The
 * names are the platform's own (Intl.DisplayNames over every two-letter region code), read once
 * when first asked: no list of ours to keep.
 */
export function isCountryName(name: string): boolean {
  if (!countryNames) {
    countryNames = new Set();
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const region = regions.of(String.fromCharCode(a, b));
        if (region && region !== 'Unknown Region') countryNames.add(region.toLowerCase());
      }
    }
  }
  return countryNames.has(name);
}
