import type { Command } from 'commander';
import { registerEstimate } from './analyze/estimate';
import { registerIndicators } from './analyze/indicators';
import { registerResponseRates } from './analyze/response-rates';
import { registerAdmin } from './analyze/admin';
import { registerTest } from './analyze/test';
import { registerGlm } from './analyze/glm';
import { registerCompare } from './analyze/compare';

export function registerAnalyze(program: Command): void {
  const analyze = program.command('analyze').description('design-based estimates and indicator tables');
  registerEstimate(analyze);
  registerTest(analyze);
  registerGlm(analyze);
  registerCompare(analyze);
  registerIndicators(analyze);
  registerResponseRates(analyze);
  registerAdmin(analyze);
}
