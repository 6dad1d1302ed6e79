import { readFile } from 'node:fs/promises';
import type { CloudRunService } from '../../engine/snapshot/types.js';
import type { CollectorResult, ProgressReporter } from '../types.js';
import { type FoundService, findServices } from './find-services.js';
import { Findings } from './findings.js';
import { V1_CONTAINERS_FIELD, fromV1 } from './from-v1.js';
import { exportMessages } from './messages.js';
import { normalizeService } from './normalize.js';
import { parseDocuments } from './parse-documents.js';
import { duplicateService, failedResult, okResult } from './result.js';
import { obj, readString } from './scalars.js';

export interface CloudRunExportOptions {
  progress?: ProgressReporter;
}

/**
 * Reads a `gcloud run services describe --format=yaml|json|export` file (several documents, a v1
 * List, or a v2 service / `{services: […]}` as the API returns it) and normalizes every service in it.
 * Unreadable files, syntax errors (with line:col), documents that are not services and values that
 * cannot be read give a `failed` result: nothing of a half-read file is kept.
 */
export async function collectCloudRunExport(file: string, options: CloudRunExportOptions = {}): Promise<CollectorResult> {
  const started = performance.now();
  options.progress?.(`cloud run: reading ${file}`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return failedResult(file, exportMessages.unreadable(file, fileError(error)), started);
  }
  const parsed = parseDocuments(text);
  if (!parsed.ok) return failedResult(file, exportMessages.syntax(file, parsed.position.line, parsed.position.col, parsed.reason), started);
  const found = findServices(parsed.documents);
  if (!found.ok) return failedResult(file, exportMessages.notAService(file, found.position.line, found.position.col, found.label, found.found), started);
  if (found.services.length === 0) return failedResult(file, exportMessages.empty(file), started);
  const services: CloudRunService[] = [];
  const notes: string[] = [];
  for (const candidate of found.services) {
    const findings = new Findings();
    const service = readService(candidate, findings);
    const name = service.name || '(unnamed)';
    if (findings.problems.length > 0) {
      const { line, col } = candidate.position;
      return failedResult(file, exportMessages.invalidValues(file, line, col, name, findings.problems), started);
    }
    notes.push(...findings.notes.map((note) => `service ${name}: ${note}`));
    services.push(service);
  }
  const duplicate = duplicateService(services);
  if (duplicate) return failedResult(file, exportMessages.duplicate(file, duplicate), started);
  return okResult(file, services, { documents: parsed.documents.length, services: services.length }, notes, started);
}

function readService(candidate: FoundService, findings: Findings): CloudRunService {
  if (candidate.shape === 'v1') {
    const { project, region, service } = fromV1(candidate.value, findings);
    return normalizeService(service, { project, region, origin: 'export', containersField: V1_CONTAINERS_FIELD }, findings);
  }
  const value = obj(candidate.value);
  const [, project, region] = /^projects\/([^/]+)\/locations\/([^/]+)\/services\/[^/]+$/.exec(readString(value.name) ?? '') ?? [];
  if (!project || !region) findings.note('name is not projects/PROJECT/locations/REGION/services/NAME, project and region read as "unknown"');
  if (readString(value.name) === undefined) findings.problem('name is missing');
  return normalizeService(value, { project: project ?? 'unknown', region: region ?? 'unknown', origin: 'export', containersField: 'template.containers' }, findings);
}

function fileError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return typeof code === 'string' ? code : 'unknown error';
}
