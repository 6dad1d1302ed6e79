import { describe, expect, it } from 'vitest';
import { describeLiveError } from '../../../collectors/cloud-run/live-errors.js';

const context = { target: 'nikita-prod/us-central1', project: 'nikita-prod', region: 'us-central1', endpoint: 'run.googleapis.com:443', override: false };
const LEAD = 'Could not list the Cloud Run services of nikita-prod/us-central1';
const ADC_FIX = 'factgate uses Application Default Credentials: run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to the path of a service-account key file';
const grpcError = (code: number, details: string, message = `${code} ${details}`) => Object.assign(new Error(message), { code, details });

describe('describeLiveError', () => {
  it('given gRPC status 16, should say the credentials were refused and how to renew them', () => {
    expect(describeLiveError(grpcError(16, 'Request had invalid authentication credentials. Expected OAuth 2 access token.'), context)).toBe(
      `${LEAD}: the Cloud Run Admin API at run.googleapis.com:443 refused the credentials (UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token.). ${ADC_FIX}.`);
  });

  it('given a credentials plugin failure reported as UNAVAILABLE, should read it as missing credentials, not as network', () => {
    expect(describeLiveError(grpcError(14, 'Getting metadata from plugin failed with error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.'), context)).toBe(
      `${LEAD}: no Google credentials were found. ${ADC_FIX}.`);
  });

  it('given an expired refresh token (invalid_grant), should say the credentials must be renewed', () => {
    expect(describeLiveError(grpcError(14, 'Getting metadata from plugin failed with error: invalid_grant'), context)).toBe(
      `${LEAD}: Google refused to refresh the Application Default Credentials (they expired, were revoked or need re-authentication). ${ADC_FIX}.`);
  });

  it.each([
    [4, 'Deadline exceeded after 20.001s', 'DEADLINE_EXCEEDED: no answer before the deadline'],
    [14, 'Name resolution failed for target dns:run.googleapis.com:443', 'UNAVAILABLE: the host name could not be resolved'],
    [14, 'No connection established. Last error: connect ETIMEDOUT 142.250.1.95:443', 'UNAVAILABLE: the connection timed out'],
    [14, 'read ECONNRESET', 'UNAVAILABLE: the connection was reset'],
  ])('given code %d (%s), should report the endpoint as unreachable: %s', (code, details, reason) => {
    expect(describeLiveError(grpcError(code, details), context)).toBe(
      `${LEAD}: the Cloud Run Admin API at run.googleapis.com:443 could not be reached (${reason}). Check the network connection, proxy settings (HTTPS_PROXY) and firewall rules for run.googleapis.com.`);
  });

  it('given PERMISSION_DENIED and a known service account, should name it', () => {
    expect(describeLiveError(grpcError(7, ''), { ...context, principal: 'sa@p.iam.gserviceaccount.com' })).toBe(
      `${LEAD}: the Cloud Run Admin API at run.googleapis.com:443 answered PERMISSION_DENIED. The service account sa@p.iam.gserviceaccount.com needs the permission run.services.list `
      + 'on project "nikita-prod", e.g. through the role roles/run.viewer (Cloud Run Viewer). Google also answers PERMISSION_DENIED when the project does not exist.');
  });

  it('given multi-line details, should keep one paragraph', () => {
    expect(describeLiveError(grpcError(13, 'first line\n  second line'), context)).toBe(
      `${LEAD}: the Cloud Run Admin API at run.googleapis.com:443 answered INTERNAL (first line second line).`);
  });

  it('given something that is not a gRPC error, should give its message', () => {
    expect(describeLiveError(new TypeError('fetch failed'), context)).toBe(`${LEAD}: fetch failed.`);
    expect(describeLiveError('boom', context)).toBe(`${LEAD}: boom.`);
  });
});
