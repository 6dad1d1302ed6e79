import type { Probe } from '../../engine/snapshot/types.js';
import type { Findings } from './findings.js';
import { readInt, readString } from './scalars.js';
import type { V2Probe } from './v2-types.js';

/** Kubernetes/Cloud Run probe defaults, applied when a field is absent or 0 (proto3 cannot tell them apart). */
export const PROBE_DEFAULTS = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, failureThreshold: 3 } as const;

/** Cloud Run's $PORT when a container declares no port. */
export const DEFAULT_CONTAINER_PORT = 8080;

/**
 * A probe with its defaults applied, and `windowSeconds = initialDelay + period × failureThreshold`:
 * how long a container may take before the probe gives up on it. A probe without a handler is read
 * as TCP, the handler of the startup probe Cloud Run adds by default. A port of 0 or absent is the
 * container's first port (then 8080); an HTTP path defaults to `/`.
 */
export function normalizeProbe(probe: V2Probe | null | undefined, containerPort: number, field: string, findings: Findings): Probe | null {
  if (probe === null || probe === undefined || typeof probe !== 'object') return null;
  const number = (key: keyof typeof PROBE_DEFAULTS): number => {
    const value = readInt(probe[key], `${field}.${key}`, findings);
    return value === undefined || (value === 0 && key !== 'initialDelaySeconds') ? PROBE_DEFAULTS[key] : value;
  };
  const handler = probe.httpGet ? 'http' : probe.grpc ? 'grpc' : 'tcp';
  const handlerPort = (probe.httpGet ?? probe.grpc ?? probe.tcpSocket ?? {}).port;
  const port = readInt(handlerPort, `${field}.port`, findings) || containerPort;
  const initialDelaySeconds = number('initialDelaySeconds');
  const periodSeconds = number('periodSeconds');
  const failureThreshold = number('failureThreshold');
  return {
    type: handler,
    port,
    path: handler === 'http' ? (readString(probe.httpGet?.path) ?? '/') : null,
    initialDelaySeconds,
    timeoutSeconds: number('timeoutSeconds'),
    periodSeconds,
    failureThreshold,
    windowSeconds: initialDelaySeconds + periodSeconds * failureThreshold,
  };
}
