export { SDG_DSD, dataflowRef, codelistOf, type SdgDsd, type Codelist, type DsdAttribute } from './dsd';
export { SERIES, DIMENSIONS, M49, type SeriesMapping, type DimensionMapping } from './mapping';
export {
  sdgObservations, renderSdmxCsv, sdmxCsvHeader, validateSdmxCsv, refArea,
  type SdgExportOptions, type SdgExport, type SdmxObservation, type SdmxIssue,
} from './sdmx-csv';
