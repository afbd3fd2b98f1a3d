export { pufConfigSchema, parsePufConfig, type PufConfig } from './config';
export { frequencies, individualRisk, riskSummary, type KeyRows, type RiskSummary } from './risk';
export { makePuf, type TextTable, type PufReport } from './puf';
