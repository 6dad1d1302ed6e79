import { type LiveContext, liveMessages } from './messages.js';

/** What the failure handler knows besides the error: the principal, when the credentials name one. */
export interface FailureContext extends LiveContext {
  principal?: string | undefined;
  /** GOOGLE_APPLICATION_CREDENTIALS, when set. */
  keyFile?: string | undefined;
}

const CODE_NAMES: Record<number, string> = {
  1: 'CANCELLED', 2: 'UNKNOWN', 3: 'INVALID_ARGUMENT', 4: 'DEADLINE_EXCEEDED', 5: 'NOT_FOUND', 6: 'ALREADY_EXISTS',
  7: 'PERMISSION_DENIED', 8: 'RESOURCE_EXHAUSTED', 9: 'FAILED_PRECONDITION', 10: 'ABORTED', 11: 'OUT_OF_RANGE',
  12: 'UNIMPLEMENTED', 13: 'INTERNAL', 14: 'UNAVAILABLE', 15: 'DATA_LOSS', 16: 'UNAUTHENTICATED',
};

/** google-auth-library's words for "no ADC", whichever transport or wrapper carries them. */
const MISSING_CREDENTIALS = /Could not load the default credentials|GOOGLE_APPLICATION_CREDENTIALS|does not exist, or it is not a file|Unable to detect a Project Id/i;
const REFUSED_CREDENTIALS = /invalid_grant|invalid_rapt|reauth|has been expired or revoked/i;

/**
 * One paragraph for a failed live listing. Credential problems are recognised by text first because
 * grpc-js reports a failing credentials plugin as UNAVAILABLE, which would otherwise read as "network".
 */
export function describeLiveError(error: unknown, context: FailureContext): string {
  const { code, details, message } = parts(error);
  const text = `${message} ${details}`;
  if (MISSING_CREDENTIALS.test(text)) return liveMessages.credentialsMissing(context, context.keyFile);
  if (REFUSED_CREDENTIALS.test(text)) return liveMessages.credentialsRefused(context);
  switch (code) {
    case 5: return liveMessages.notFound(context, details);
    case 7: return liveMessages.permissionDenied(context, details, context.principal);
    case 16: return liveMessages.unauthenticated(context, details);
    case 4: return liveMessages.unreachable(context, 'DEADLINE_EXCEEDED', 'no answer before the deadline');
    case 14: return liveMessages.unreachable(context, 'UNAVAILABLE', unavailableReason(details));
    case undefined: return liveMessages.other(context, oneLine(message) || 'unknown error');
    default: return liveMessages.other(context, `the Cloud Run Admin API at ${context.endpoint} answered ${CODE_NAMES[code] ?? `code ${code}`}${details ? ` (${details})` : ''}`);
  }
}

function parts(error: unknown): { code: number | undefined; details: string; message: string } {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const code = typeof record.code === 'number' && record.code in CODE_NAMES ? record.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return { code, details: oneLine(typeof record.details === 'string' ? record.details : ''), message };
}

/** grpc-js details carry timestamps and resolver notes; keep the cause users can act on. */
function unavailableReason(details: string): string {
  if (/ECONNREFUSED/.test(details)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN|Name resolution failed|DNS resolution failed/i.test(details)) return 'the host name could not be resolved';
  if (/ETIMEDOUT|timed out/i.test(details)) return 'the connection timed out';
  if (/ECONNRESET|socket hang up/i.test(details)) return 'the connection was reset';
  return details || 'no connection';
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
