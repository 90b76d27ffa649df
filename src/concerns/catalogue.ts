import seed from '../../seeds/concerns.json' with { type: 'json' };
import { CatalogueSchema, type Catalogue, type Category } from '../model/catalogue.js';
import type { CategoryId } from '../model/finding.js';
import { InputError } from '../model/errors.js';

/**
 * Loads a concern catalogue, checking it against its schema; the error names the first bad
 * field ("categories[2].source.kind: ...") and where the catalogue came from.
 */
export function parseCatalogue(data: unknown, origin: string): Catalogue {
  const result = CatalogueSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
  throw new InputError(`${origin}: ${path || '(top level)'}: ${issue.message}`);
}

let defaultCatalogue: Catalogue | null = null;

/** The catalogue shipped in seeds/concerns.json, validated on first use. */
export function builtInCatalogue(): Catalogue {
  defaultCatalogue ??= parseCatalogue(seed, 'seeds/concerns.json');
  return defaultCatalogue;
}

export function categoryOf(id: CategoryId, catalogue: Catalogue = builtInCatalogue()): Category {
  return catalogue.categories.find((c) => c.id === id)!;
}
