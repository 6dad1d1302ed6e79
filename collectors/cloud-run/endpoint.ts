import type { ServicesClient } from '@google-cloud/run';
import { grpc } from 'google-gax';
import { ENDPOINT_ENV, liveMessages } from './messages.js';

/** Options of the real `ServicesClient` (apiEndpoint, port, sslCreds, universeDomain, authClient, credentials…). */
export type CloudRunClientOptions = NonNullable<ConstructorParameters<typeof ServicesClient>[0]>;

export const DEFAULT_ENDPOINT = 'run.googleapis.com';

export type EndpointOverride = { ok: true; clientOptions: CloudRunClientOptions; override: boolean } | { ok: false; error: string };

/**
 * The one place that reads FACTGATE_CLOUD_RUN_ENDPOINT=HOST:PORT (emulators, tests; like
 * PUBSUB_EMULATOR_HOST): plaintext gRPC, no credentials sent, and a fixed universe domain so the
 * client never asks the GCE metadata server which universe it is in.
 */
export function endpointOverride(env: NodeJS.ProcessEnv): EndpointOverride {
  const value = env[ENDPOINT_ENV]?.trim();
  if (!value) return { ok: true, clientOptions: {}, override: false };
  const match = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(value);
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port > 0 && port < 65536)) return { ok: false, error: liveMessages.badEndpointOverride(value) };
  return {
    ok: true,
    override: true,
    clientOptions: {
      apiEndpoint: match[1].replace(/^\[|\]$/g, ''),
      port,
      // google-gax's own grpc instance: credentials from another copy would fail its instanceof checks.
      sslCreds: grpc.credentials.createInsecure(),
      universeDomain: 'googleapis.com',
    },
  };
}

/** host:port the client will talk to, for messages. */
export function endpointLabel(options: CloudRunClientOptions): string {
  const host = options.apiEndpoint ?? options.servicePath ?? DEFAULT_ENDPOINT;
  return `${host}:${options.port ?? 443}`;
}
