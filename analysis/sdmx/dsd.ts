/**
 * The SDG global data structure as kept in `sdg-dsd.json` (extracted from the IAEG-SDGs DSD by
 * scripts/sdmx/extract-sdg-codelists.py; the JSON names its sources): dimension order, the
 * attributes and the code lists the SDMX-CSV writer emits codes from. A code list marked
 * `complete: false` holds only the codes this tool emits, each present in the cited DSD.
 */
import dsdJson from './sdg-dsd.json';

export interface Codelist {
  readonly version: string;
  readonly complete: boolean;
  /** code → English name */
  readonly codes: Readonly<Record<string, string>>;
}

export interface DsdAttribute {
  readonly id: string;
  readonly assignmentStatus: 'Mandatory' | 'Conditional';
  readonly codelist?: string;
  readonly textType?: string;
}

export interface SdgDsd {
  readonly source: Readonly<Record<string, string>>;
  readonly dataflow: { readonly agency: string; readonly id: string; readonly version: string };
  readonly dimensions: readonly { readonly id: string; readonly codelist: string }[];
  readonly timeDimension: string;
  readonly attributes: readonly DsdAttribute[];
  readonly codelists: Readonly<Record<string, Codelist>>;
}

export const SDG_DSD = dsdJson as SdgDsd;

/** `IAEG-SDGs:DF_SDG_GLH(1.24)` — the DATAFLOW column of SDMX-CSV. */
export function dataflowRef(dsd: SdgDsd = SDG_DSD): string {
  return `${dsd.dataflow.agency}:${dsd.dataflow.id}(${dsd.dataflow.version})`;
}

/** The code list of a dimension or coded attribute, or undefined for a free-text component. */
export function codelistOf(component: string, dsd: SdgDsd = SDG_DSD): Codelist | undefined {
  const id = dsd.dimensions.find((d) => d.id === component)?.codelist ?? dsd.attributes.find((a) => a.id === component)?.codelist;
  return id === undefined ? undefined : dsd.codelists[id];
}
