import catalogueJson from '../../surveys/indicators.json';
import { parseCatalogue, type Catalogue } from './catalogue';

let cached: Catalogue | undefined;

/** The standard catalogue shipped in surveys/indicators.json, validated once. */
export function standardCatalogue(): Catalogue {
  cached ??= parseCatalogue(catalogueJson);
  return cached;
}
