import type { CloudRunService } from '../../engine/snapshot/types.js';
import type { Findings } from './findings.js';

/**
 * v2 enums to fact values. Inputs come as names (the Node client, proto3 JSON) or numbers (proto3
 * JSON allows both); the tables are indexed by the proto enum number. A value factgate does not know
 * (Google added one) reads as the table's fallback and is noted rather than failing the collection.
 */
type EnumTable<T extends string> = { names: readonly string[]; values: readonly T[]; fallback: T };

const table = <T extends string>(entries: readonly (readonly [string, T])[], fallback: T): EnumTable<T> => ({
  names: entries.map(([name]) => name),
  values: entries.map(([, value]) => value),
  fallback,
});

export const INGRESS = table<CloudRunService['ingress']>([
  ['INGRESS_TRAFFIC_UNSPECIFIED', 'unspecified'],
  ['INGRESS_TRAFFIC_ALL', 'all'],
  ['INGRESS_TRAFFIC_INTERNAL_ONLY', 'internal'],
  ['INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', 'internal-and-cloud-load-balancing'],
  ['INGRESS_TRAFFIC_NONE', 'none'],
], 'unspecified');

export const EXECUTION_ENVIRONMENT = table<CloudRunService['executionEnvironment']>([
  ['EXECUTION_ENVIRONMENT_UNSPECIFIED', 'unspecified'],
  ['EXECUTION_ENVIRONMENT_GEN1', 'gen1'],
  ['EXECUTION_ENVIRONMENT_GEN2', 'gen2'],
], 'unspecified');

export const VPC_EGRESS = table<'unspecified' | 'all-traffic' | 'private-ranges-only'>([
  ['VPC_EGRESS_UNSPECIFIED', 'unspecified'],
  ['ALL_TRAFFIC', 'all-traffic'],
  ['PRIVATE_RANGES_ONLY', 'private-ranges-only'],
], 'unspecified');

/** `unspecified` has no fact value: Cloud Run treats an untyped target as "latest". */
export const TRAFFIC_TYPE = table<'latest' | 'revision'>([
  ['TRAFFIC_TARGET_ALLOCATION_TYPE_UNSPECIFIED', 'latest'],
  ['TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', 'latest'],
  ['TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', 'revision'],
], 'latest');

export const CONDITION_STATE = table<CloudRunService['ready']>([
  ['STATE_UNSPECIFIED', 'unknown'],
  ['CONDITION_PENDING', 'unknown'],
  ['CONDITION_RECONCILING', 'unknown'],
  ['CONDITION_FAILED', 'false'],
  ['CONDITION_SUCCEEDED', 'true'],
], 'unknown');

export function readEnum<T extends string>(value: unknown, enumTable: EnumTable<T>, field: string, findings: Findings): T {
  if (value === undefined || value === null || value === '') return enumTable.values[0] ?? enumTable.fallback;
  const index = typeof value === 'number' ? value : enumTable.names.indexOf(String(value));
  const known = enumTable.values[index];
  if (known !== undefined) return known;
  findings.note(`${field} ${JSON.stringify(value)} is not a value factgate knows, read as ${enumTable.fallback}`);
  return enumTable.fallback;
}
