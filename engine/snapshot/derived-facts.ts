import type { Shape } from './fact-shape.js';
import type { ResourceKindName } from './kinds.js';

type Row = Record<string, unknown>;
const scalar: Shape = { type: 'scalar' };
const names: Shape = { type: 'array', items: scalar };

interface Derivation {
  /** Shape of the added facts, so rules can name them and the loader can check them. */
  shape: Record<string, Shape>;
  /** Computes them from the row's collected facts; undefined when a config supplies them instead. */
  derive?(row: Row): Row;
}

const envNames = (row: Row, source: 'secret' | 'literal'): string[] => {
  const containers = (row.containers as { env?: { name: string; source: string }[] }[] | undefined) ?? [];
  return [...new Set(containers.flatMap((c) => (c.env ?? []).filter((e) => e.source === source).map((e) => e.name)))].sort();
};

/**
 * Facts the engine adds to rows before rules see them. They are never stored in a snapshot: they
 * follow from collected facts (or, for TODO triage, from factgate.yaml), so they cannot disagree.
 */
export const derivedFacts: Partial<Record<ResourceKindName, Derivation>> = {
  'cloudRun.services': {
    shape: { secretEnvNames: names, literalEnvNames: names },
    derive: (row) => ({ ...row, secretEnvNames: envNames(row, 'secret'), literalEnvNames: envNames(row, 'literal') }),
  },
  'source.specs': {
    shape: { tasksOpen: scalar },
    derive: (row) => ({ ...row, tasksOpen: Number(row.tasksTotal ?? 0) - Number(row.tasksDone ?? 0) }),
  },
  // Filled from factgate.yaml `triage.todos` by the gate (see engine/gate/triage.ts).
  'source.todos': {
    shape: {
      triage: { type: 'object', properties: { verdict: scalar, reason: scalar, owner: scalar, expires: scalar } },
    },
  },
};
