import { romanValue } from './ordinals.js';

/**
 * Keyword spellings mapped to one canonical word, so "Art. 3", "ARTICLE 3" and "Стаття 3" are the
 * same kind of number. The rank orders divisions when a document does not show their nesting
 * itself: a lower rank holds a higher one (an Annex holds everything after it).
 */
export const DIVISION_KEYWORDS: Record<string, { canonical: string; rank: number }> = {
  annex: { canonical: 'annex', rank: 0 },
  schedule: { canonical: 'schedule', rank: 0 },
  appendix: { canonical: 'appendix', rank: 0 },
  exhibit: { canonical: 'exhibit', rank: 0 },
  'додаток': { canonical: 'annex', rank: 0 },
  part: { canonical: 'part', rank: 1 },
  'частина': { canonical: 'part', rank: 1 },
  title: { canonical: 'title', rank: 2 },
  'розділ': { canonical: 'title', rank: 2 },
  subtitle: { canonical: 'subtitle', rank: 2.5 },
  chapter: { canonical: 'chapter', rank: 3 },
  'глава': { canonical: 'chapter', rank: 3 },
  article: { canonical: 'article', rank: 4 },
  art: { canonical: 'article', rank: 4 },
  'стаття': { canonical: 'article', rank: 4 },
  section: { canonical: 'section', rank: 5 },
  sec: { canonical: 'section', rank: 5 },
  '§': { canonical: 'section', rank: 5 },
  clause: { canonical: 'clause', rank: 6 },
};

/**
 * The comparable form of a clause number: "SEC. 501." → "section 501", "ARTICLE IV —" →
 * "article 4", "(a)" → "(a)", "1.1." → "1.1". Two clauses whose numbers normalise differently
 * were renumbered.
 */
export function normalizeNumber(label: string | null): string | null {
  if (label === null) return null;
  // The common case, "4.1" or "12.", needs no keyword handling.
  if (/^\d+(\.\d+)*\.?$/.test(label)) return label.endsWith('.') ? label.slice(0, -1) : label;
  let s = label.trim().replace(/[\s.:—–-]+$/u, '').toLowerCase().replace(/\s+/g, ' ');
  const keyword = /^(§{1,2}|[\p{L}]+)\.?\s*(.*)$/u.exec(s);
  if (keyword) {
    const known = DIVISION_KEYWORDS[keyword[1]!.replace(/^§+$/, '§')];
    if (known) {
      const id = keyword[2]!;
      // Single letters other than I, V and X are lettered divisions ("Annex C"), not numerals.
      const roman = id.length > 1 || /^[ivx]$/.test(id) ? romanValue(id) : Number.NaN;
      s = `${known.canonical} ${Number.isNaN(roman) ? id : String(roman)}`.trim();
    }
  }
  return s;
}
