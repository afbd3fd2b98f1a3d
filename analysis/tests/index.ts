// Design-based tests and comparisons: R `svychisq`, `svyttest`, `svycontrast` on domains, and
// differences between independent surveys (waves, countries).
export { svyChisq, CHISQ_STATISTICS, type ChisqStatistic, type ChisqTest, type TableCell } from './chisq';
export {
  svyDomainDifferences, independentDifference, differenceTest, COMPARED_STATISTICS,
  type ComparedStatistic, type ComparedEstimate, type Difference, type DomainDifferenceOptions,
} from './difference';
export { solveLinear, invert } from './linear-algebra';
