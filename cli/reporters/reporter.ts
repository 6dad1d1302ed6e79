import type { Report, ReportContext } from '../../engine/report/report.js';

/** A format: a pure function of an already sorted report. No clock, no environment, no sorting here. */
export type Reporter = (report: Report, context: ReportContext) => string;
