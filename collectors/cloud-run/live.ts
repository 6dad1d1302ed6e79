import { ServicesClient } from '@google-cloud/run';
import type { CloudRunService } from '../../engine/snapshot/types.js';
import { type CollectorResult, type ProgressReporter, silentProgress } from '../types.js';
import { type CloudRunClientOptions, endpointLabel, endpointOverride } from './endpoint.js';
import { Findings } from './findings.js';
import { IncompleteListError, listAllServices } from './list-services.js';
import { describeLiveError } from './live-errors.js';
import { type LiveContext, liveMessages } from './messages.js';
import { normalizeService } from './normalize.js';
import { duplicateService, failedResult, okResult } from './result.js';
import { parseProjectRegion } from './target.js';

export interface CloudRunLiveOptions {
  /** Passed to `ServicesClient` over the FACTGATE_CLOUD_RUN_ENDPOINT override: apiEndpoint, port, sslCreds, universeDomain, authClient, credentials… */
  clientOptions?: CloudRunClientOptions;
  progress?: ProgressReporter;
}

/**
 * Lists every Cloud Run service of one `PROJECT/REGION` through the Admin API v2 (all pages) with
 * Application Default Credentials, and normalizes them into `cloudRun.services` facts. Never throws
 * for a failure of the target: NOT_FOUND, PERMISSION_DENIED, missing credentials or an unreachable
 * endpoint give a `failed` result with one paragraph. The client is always closed.
 */
export async function collectCloudRunLive(projectRegion: string, options: CloudRunLiveOptions = {}): Promise<CollectorResult> {
  const started = performance.now();
  const target = parseProjectRegion(projectRegion);
  if (!target) return failedResult(projectRegion, liveMessages.badTarget(projectRegion), started);
  const override = endpointOverride(process.env);
  if (!override.ok) return failedResult(projectRegion, override.error, started);
  const clientOptions = { ...override.clientOptions, ...options.clientOptions };
  const context: LiveContext = { target: projectRegion, ...target, endpoint: endpointLabel(clientOptions), override: override.override };
  let client: ServicesClient | undefined;
  try {
    client = new ServicesClient(clientOptions);
    // Credentials are resolved here. Each call also starts initialize() and rethrows its failure
    // from a .catch, an unhandled rejection; succeeding first makes those calls harmless.
    await client.initialize();
    const parent = `projects/${target.project}/locations/${target.region}`;
    const { services, pages } = await listAllServices(client, parent, options.progress ?? silentProgress);
    const notes: string[] = [];
    const problems: string[] = [];
    const facts: CloudRunService[] = services.map((service) => {
      const findings = new Findings();
      const fact = normalizeService(service, { ...target, origin: 'api', containersField: 'template.containers' }, findings);
      notes.push(...findings.notes.map((note) => `service ${fact.name}: ${note}`));
      problems.push(...findings.problems.map((problem) => `service ${fact.name}: ${problem}`));
      return fact;
    });
    const duplicate = duplicateService(facts);
    if (problems.length > 0 || duplicate) {
      const what = duplicate ? `the API listed ${duplicate} twice` : `the API returned values factgate cannot read: ${problems.join('; ')}`;
      return failedResult(projectRegion, liveMessages.other(context, what), started);
    }
    return okResult(projectRegion, facts, { services: facts.length, pages }, notes, started);
  } catch (error) {
    if (error instanceof IncompleteListError) return failedResult(projectRegion, liveMessages.incomplete(context, error.unreachable), started);
    const principal = client?.auth?.jsonContent && 'client_email' in client.auth.jsonContent ? client.auth.jsonContent.client_email : undefined;
    const failure = { ...context, principal, keyFile: process.env.GOOGLE_APPLICATION_CREDENTIALS };
    return failedResult(projectRegion, describeLiveError(error, failure), started);
  } finally {
    await client?.close().catch(() => undefined);
  }
}
