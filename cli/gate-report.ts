import path from 'node:path';
import { loadWaiversFile } from '../engine/config/load-config.js';
import { evaluate } from '../engine/evaluate/evaluate.js';
import { applyGate } from '../engine/gate/apply-gate.js';
import { loadBaseline } from '../engine/gate/baseline.js';
import { configuredFacts, triageWaivers } from '../engine/gate/triage.js';
import type { Report } from '../engine/report/report.js';
import type { Snapshot } from '../engine/snapshot/types.js';
import type { Io } from './io.js';
import type { Project } from './load-project.js';

/**
 * The report `check` would build for a snapshot: rules evaluated with the TODO triage, then severity
 * overrides, waivers (factgate.yaml, --waivers FILE, deferred TODOs) and an optional baseline.
 * `baseline` and `diff` use it so that their fingerprints are exactly those `check` compares.
 */
export async function gateReport(project: Project, snapshot: Snapshot, io: Io, flags: { waivers?: string | undefined; baseline?: string | undefined } = {}): Promise<Report> {
  const triage = project.config.triage;
  const evaluation = evaluate(project.rules, snapshot, configuredFacts(triage));
  const waivers = [
    ...project.config.waivers,
    ...(flags.waivers ? await loadWaiversFile(path.resolve(io.cwd, flags.waivers)) : []),
    ...triageWaivers(snapshot, triage),
  ];
  const baseline = flags.baseline ? await loadBaseline(path.resolve(io.cwd, flags.baseline)) : undefined;
  return applyGate(evaluation, snapshot, { severity: project.config.severity, waivers, ...(baseline ? { baseline } : {}) });
}
