import seed from '../../seeds/concerns.json' with { type: 'json' };
import { CatalogueSchema, type Catalogue, type Category } from '../model/catalogue.js';
import type { CategoryId } from '../model/finding.js';
import { checked } from '../model/checked.js';

/**
 * Loads a concern catalogue, checking it against its schema; the error names the first bad
 * field ("categories[2].source.kind: ...") and where the catalogue came from.
 */
export function parseCatalogue(data: unknown, origin: string): Catalogue {
  return checked(CatalogueSchema, data, origin);
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
