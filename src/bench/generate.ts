/**
 * A deterministic generator of large agreements and their next drafts, for the benchmark and
 * for tests: articles of numbered clauses of about 60 words; the next draft rewords a share of
 * the clauses, moves a share elsewhere, and renumbers everything, as real drafts do.
 */

/** mulberry32: a tiny seeded PRNG, so every run generates the same documents. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = 'the of and to in shall be any by for with under this or on such as that its at may not all which from each other'.split(' ');
const SYLLABLES = 'ra ve lo ni ta mo su ke di pa ro lu me sa ti ga no ba ze fi'.split(' ');

/** Made-up words from syllables: a vocabulary with a long tail, as legal text has. */
function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < length; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

export interface GeneratedDraft {
  /** articles, each a heading and its clause texts (numbers are added when rendered) */
  articles: { heading: string; clauses: string[] }[];
}

export interface GeneratedPair {
  old: string;
  new: string;
  clauses: number;
}

export interface GenerateOptions {
  /** total clauses, article headings included */
  clauses: number;
  seed?: number;
  wordsPerClause?: number;
  /** share of clauses reworded in the new draft */
  reworded?: number;
  /** share of clauses moved to another article in the new draft */
  moved?: number;
}

export function generateAgreementPair(options: GenerateOptions): GeneratedPair {
  const random = seededRandom(options.seed ?? 2025);
  const words = vocabulary(Math.max(2000, options.clauses * 4), random);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  // Zipf-like: most content words come from a small head, some from the long tail.
  const contentWord = () => (random() < 0.7 ? pick(words.slice(0, 300)) : pick(words));
  const sentence = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(random() < 0.45 ? pick(COMMON) : contentWord());
    out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
    return `${out.join(' ')}.`;
  };
  const perArticle = 10; // one heading and nine clauses
  const articleCount = Math.max(1, Math.round(options.clauses / perArticle));
  const wordsPerClause = options.wordsPerClause ?? 60;
  const draft: GeneratedDraft = { articles: [] };
  for (let a = 0; a < articleCount; a++) {
    const clauses: string[] = [];
    for (let c = 0; c < perArticle - 1; c++) clauses.push(sentence(wordsPerClause));
    draft.articles.push({ heading: titleCase(`${contentWord()} ${contentWord()}`), clauses });
  }
  const next = structuredClone(draft);
  const all = () => next.articles.flatMap((art, a) => art.clauses.map((_, c) => [a, c] as const));
  const total = all().length;
  for (let k = 0; k < Math.round(total * (options.reworded ?? 0.05)); k++) {
    const [a, c] = pick(all() as unknown as string[]) as unknown as readonly [number, number];
    const tokens = next.articles[a]!.clauses[c]!.split(' ');
    for (let t = 1; t < tokens.length - 1; t++) if (random() < 0.2) tokens[t] = contentWord();
    next.articles[a]!.clauses[c] = tokens.join(' ');
  }
  for (let k = 0; k < Math.round(total * (options.moved ?? 0.02)); k++) {
    const from = next.articles[Math.floor(random() * next.articles.length)]!;
    if (from.clauses.length < 2) continue;
    const [clause] = from.clauses.splice(Math.floor(random() * from.clauses.length), 1);
    const to = next.articles[Math.floor(random() * next.articles.length)]!;
    to.clauses.splice(Math.floor(random() * (to.clauses.length + 1)), 0, clause!);
  }
  return { old: render(draft), new: render(next), clauses: articleCount * perArticle };
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Numbers are computed here, from position: moving a clause renumbers its neighbours. */
export function render(draft: GeneratedDraft): string {
  const lines = ['GENERATED AGREEMENT', ''];
  draft.articles.forEach((article, a) => {
    lines.push(`Article ${a + 1} — ${article.heading}`, '');
    article.clauses.forEach((text, c) => lines.push(`${a + 1}.${c + 1} ${text}`, ''));
  });
  return lines.join('\n');
}
