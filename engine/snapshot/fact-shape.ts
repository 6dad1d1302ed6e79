import { derivedFacts } from './derived-facts.js';
import { snapshotSchema } from './snapshot-schema.js';
import { resourceKinds, type ResourceKindName } from './kinds.js';

/** The structure of facts, derived from schema/snapshot.schema.json, used to check fact paths at load time. */
export type Shape =
  | { type: 'object'; properties: Record<string, Shape> }
  | { type: 'array'; items: Shape }
  | { type: 'scalar' };

type JsonSchema = Record<string, unknown>;
const defs = (snapshotSchema as JsonSchema).$defs as Record<string, JsonSchema>;

function toShape(schema: JsonSchema): Shape {
  if (typeof schema.$ref === 'string') return toShape(defs[schema.$ref.replace('#/$defs/', '')]!);
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) {
    // Nullable objects are written oneOf [null, object]: the object's shape is what paths walk into.
    const nonNull = variants.filter((v) => v.type !== 'null');
    if (nonNull.length === 1) return toShape(nonNull[0]!);
  }
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('object') && schema.properties) {
    const properties: Record<string, Shape> = {};
    for (const [key, value] of Object.entries(schema.properties as Record<string, JsonSchema>)) properties[key] = toShape(value);
    return { type: 'object', properties };
  }
  if (types.includes('array')) return { type: 'array', items: toShape((schema.items as JsonSchema | undefined) ?? {}) };
  return { type: 'scalar' };
}

const cache = new Map<ResourceKindName, Shape>();

/** The shape of one row of a resource kind, derived facts included. */
export function rowShape(kind: ResourceKindName): Shape {
  let shape = cache.get(kind);
  if (!shape) {
    const base = toShape(defs[resourceKinds[kind].schemaDef]!);
    shape = base.type === 'object' ? { type: 'object', properties: { ...base.properties, ...derivedFacts[kind]?.shape } } : base;
    cache.set(kind, shape);
  }
  return shape;
}

export type PathLookup = { ok: true; shape: Shape } | { ok: false; prefix: string; segment: string; known: string[] };

/** Walks a dotted fact path through a shape; on failure says which segment is unknown and what exists there. */
export function lookupPath(shape: Shape, dotted: string): PathLookup {
  let current = shape;
  const done: string[] = [];
  for (const segment of dotted.split('.')) {
    if (current.type === 'array' && /^\d+$/.test(segment)) {
      current = current.items;
    } else if (current.type === 'object' && Object.hasOwn(current.properties, segment)) {
      current = current.properties[segment]!;
    } else {
      const known = current.type === 'object' ? Object.keys(current.properties).map((k) => [...done, k].join('.')) : [];
      return { ok: false, prefix: done.join('.'), segment, known };
    }
    done.push(segment);
  }
  return { ok: true, shape: current };
}

/** Every dotted path reachable in a shape (for suggestions), lists not entered. */
export function allPaths(shape: Shape, prefix = ''): string[] {
  if (shape.type !== 'object') return [];
  return Object.entries(shape.properties).flatMap(([key, child]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [here, ...allPaths(child, here)];
  });
}
