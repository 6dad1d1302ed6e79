/**
 * A fake Cloud Run Admin API v2 on 127.0.0.1 for the real `ServicesClient`: gRPC, serving the very
 * protos the client ships (`@google-cloud/run/build/protos/protos.json`), with `ListServices`
 * (page tokens) and `GetService`, services per `projects/P/locations/L`, and injectable errors.
 * Also: a loopback tripwire standing in for the GCE metadata server, and a port known to be closed.
 */
import { createRequire } from 'node:module';
import http from 'node:http';
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import type { protos } from '@google-cloud/run';

export type FakeService = protos.google.cloud.run.v2.IService;
export type FakeMethod = 'ListServices' | 'GetService';

export interface FakeCall {
  method: FakeMethod;
  request: Record<string, unknown>;
  /** The routing header every call carries, e.g. `location=us-central1`. */
  routing: string | undefined;
}

export interface FakeCloudRunOptions {
  /** Services with full names (`projects/P/locations/L/services/S`), listed in this order per location. */
  services: FakeService[];
  /** Locations that exist but hold no service (`projects/P/locations/L`); any other unknown parent is NOT_FOUND. */
  emptyParents?: string[];
  /** Page size when the client sends 0, and the cap otherwise. */
  pageSize?: number;
  /** Locations a (global) list could not reach; sent with every page. */
  unreachable?: string[];
  /** Returns an error to answer with instead of the normal reply. */
  fail?: (call: FakeCall) => { code: grpc.status; details: string } | undefined;
}

export interface FakeCloudRun {
  port: number;
  /** `127.0.0.1:PORT`, the value for FACTGATE_CLOUD_RUN_ENDPOINT. */
  endpoint: string;
  calls: FakeCall[];
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const definition = protoLoader.fromJSON(require('@google-cloud/run/build/protos/protos.json'), {
  keepCase: false, longs: String, enums: String, defaults: true, oneofs: true,
});
type ServiceDefinition = grpc.ServiceDefinition<grpc.UntypedServiceImplementation>;
const loaded = grpc.loadPackageDefinition(definition) as unknown as {
  google: { cloud: { run: { v2: { Services: { service: ServiceDefinition } } } } };
};

export async function startFakeCloudRun(options: FakeCloudRunOptions): Promise<FakeCloudRun> {
  const calls: FakeCall[] = [];
  const parentOf = (name: string | null | undefined): string => (name ?? '').split('/services/')[0] ?? '';
  const knownParents = new Set([...options.services.map((s) => parentOf(s.name)), ...(options.emptyParents ?? [])]);
  const record = (method: FakeMethod, call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>): FakeCall => {
    const routing = call.metadata.get('x-goog-request-params')[0];
    const entry = { method, request: call.request, routing: routing === undefined ? undefined : String(routing) };
    calls.push(entry);
    return entry;
  };
  const server = new grpc.Server();
  server.addService(loaded.google.cloud.run.v2.Services.service, {
    ListServices(call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: grpc.sendUnaryData<unknown>) {
      const failure = options.fail?.(record('ListServices', call));
      if (failure) return callback(failure);
      const parent = String(call.request.parent);
      if (!knownParents.has(parent)) return callback({ code: grpc.status.NOT_FOUND, details: `Location ${parent} was not found.` });
      const all = options.services.filter((s) => parentOf(s.name) === parent);
      const fakeSize = options.pageSize ?? 2;
      const size = Math.min(Number(call.request.pageSize) || fakeSize, fakeSize);
      const start = Number(call.request.pageToken || 0);
      const next = start + size < all.length ? String(start + size) : '';
      callback(null, { services: all.slice(start, start + size), nextPageToken: next, unreachable: options.unreachable ?? [] });
    },
    GetService(call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: grpc.sendUnaryData<unknown>) {
      const failure = options.fail?.(record('GetService', call));
      if (failure) return callback(failure);
      const service = options.services.find((s) => s.name === call.request.name);
      return service ? callback(null, service) : callback({ code: grpc.status.NOT_FOUND, details: `Service ${String(call.request.name)} was not found.` });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))));
  return {
    port,
    endpoint: `127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())).then(() => server.forceShutdown()),
  };
}

/** Client options for the real client against the fake: plaintext, no credentials, no metadata probe. */
export function fakeClientOptions(fake: { port: number }): { apiEndpoint: string; port: number; sslCreds: grpc.ChannelCredentials; universeDomain: string } {
  return { apiEndpoint: '127.0.0.1', port: fake.port, sslCreds: grpc.credentials.createInsecure(), universeDomain: 'googleapis.com' };
}

/** An HTTP listener on loopback that counts every request: point GCE_METADATA_HOST/IP at it. */
export async function startTripwire(): Promise<{ host: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_request, response) => {
    hits += 1;
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
