/**
 * The national-offence → ICCS mappings shipped with the tool (iccs-maps/*.json), by country.
 * An office may pass its own file instead (same strict schema, `parseIccsMap`).
 */
import mk from './iccs-maps/MK.json';
import { parseIccsMap, type IccsMap } from './iccs-mapping';

const SHIPPED: Readonly<Record<string, unknown>> = { MK: mk };

/** The shipped mapping of a country, validated; undefined when none is shipped. */
export function shippedIccsMap(country: string): IccsMap | undefined {
  const json = SHIPPED[country.toUpperCase()];
  return json === undefined ? undefined : parseIccsMap(json);
}
