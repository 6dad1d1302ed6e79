import type { LoadedDocument, Position } from './parse-documents.js';
import { obj, readString } from './scalars.js';

/** One service found in an export, in the shape it was written in. */
export interface FoundService {
  shape: 'v1' | 'v2';
  value: unknown;
  position: Position;
  /** `document 2`, `document 1, items[3]`, for messages. */
  label: string;
}

export type FoundServices = { ok: true; services: FoundService[] } | { ok: false; position: Position; label: string; found: string };

/**
 * Finds the services of an export: v1 Knative Services (alone, in a `List`/`ServiceList`, or in a
 * JSON array as `gcloud run services list --format=json` prints), v2 services (alone or as
 * `{services: […]}`). Empty documents are skipped; anything else stops the export.
 */
export function findServices(documents: readonly LoadedDocument[]): FoundServices {
  const services: FoundService[] = [];
  for (const document of documents) {
    const value = document.value;
    if (value === null || value === undefined) continue;
    const label = `document ${document.index}`;
    const members = membersOf(value);
    if (!members) {
      const kind = shapeOf(value);
      if (!kind) return refused(document, [], label, value);
      services.push({ shape: kind, value, position: document.positionOf([]), label });
      continue;
    }
    for (const [index, member] of members.items.entries()) {
      const path = [...members.path, index];
      const itemLabel = `${label}, ${members.path.length > 0 ? `${members.path.join('.')}[${index}]` : `item ${index + 1}`}`;
      const kind = shapeOf(member);
      if (!kind || (members.only && kind !== members.only)) return refused(document, path, itemLabel, member);
      services.push({ shape: kind, value: member, position: document.positionOf(path), label: itemLabel });
    }
  }
  return { ok: true, services };
}

function membersOf(value: unknown): { items: unknown[]; path: string[]; only?: 'v1' | 'v2' } | undefined {
  if (Array.isArray(value)) return { items: value, path: [] };
  const record = obj(value);
  if ((record.kind === 'List' || record.kind === 'ServiceList') && Array.isArray(record.items)) return { items: record.items, path: ['items'], only: 'v1' };
  if (record.apiVersion === undefined && Array.isArray(record.services)) return { items: record.services, path: ['services'], only: 'v2' };
  return undefined;
}

function shapeOf(value: unknown): 'v1' | 'v2' | undefined {
  const record = obj(value);
  const apiVersion = readString(record.apiVersion);
  if (apiVersion !== undefined) return apiVersion.startsWith('serving.knative.dev/') && record.kind === 'Service' ? 'v1' : undefined;
  const name = readString(record.name) ?? '';
  return typeof record.template === 'object' && record.template !== null || /^projects\/[^/]+\/locations\/[^/]+\/services\/[^/]+$/.test(name) ? 'v2' : undefined;
}

function refused(document: LoadedDocument, path: (string | number)[], label: string, value: unknown): FoundServices {
  const record = obj(value);
  const found = Object.keys(record).length === 0
    ? `found ${Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'a string' : `a ${typeof value}`}`
    : `found apiVersion ${JSON.stringify(record.apiVersion ?? null)}, kind ${JSON.stringify(record.kind ?? null)}`;
  return { ok: false, position: document.positionOf(path), label, found };
}
