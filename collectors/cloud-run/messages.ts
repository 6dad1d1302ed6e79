/**
 * Every user-facing text of the Cloud Run collector, one paragraph each, naming the target. None
 * may carry a token, a key or an environment variable's value: callers pass names, codes, paths and
 * server details only.
 */
export const ENDPOINT_ENV = 'FACTGATE_CLOUD_RUN_ENDPOINT';
const ADC_FIX = 'factgate uses Application Default Credentials: run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to the path of a service-account key file';
const EXPORT_HINT = 'Export the service again with `gcloud run services describe SERVICE --region REGION --format=yaml`';

export interface LiveContext {
  target: string;
  project: string;
  region: string;
  /** host:port the client talked to. */
  endpoint: string;
  /** FACTGATE_CLOUD_RUN_ENDPOINT was in use. */
  override: boolean;
}

const cannotList = (c: LiveContext): string => `Could not list the Cloud Run services of ${c.target}`;

export const liveMessages = {
  badTarget: (target: string): string =>
    `Cloud Run target "${target}" is not PROJECT/REGION: give a project ID and a Cloud Run region separated by a slash, e.g. my-project/us-central1.`,
  badEndpointOverride: (value: string): string =>
    `${ENDPOINT_ENV} is "${value}", which is not HOST:PORT (e.g. 127.0.0.1:8085). Unset it to talk to run.googleapis.com, or point it at a Cloud Run emulator.`,
  notFound: (c: LiveContext, details: string): string =>
    `${cannotList(c)}: the Cloud Run Admin API at ${c.endpoint} answered NOT_FOUND${detail(details)}. Check that the project "${c.project}" exists and that "${c.region}" is a Cloud Run region (gcloud run regions list).`,
  permissionDenied: (c: LiveContext, details: string, principal: string | undefined): string =>
    `${cannotList(c)}: the Cloud Run Admin API at ${c.endpoint} answered PERMISSION_DENIED${detail(details)}. ` +
    `${principal ? `The service account ${principal}` : 'The principal of the Application Default Credentials in use (`gcloud auth list` shows it)'} ` +
    `needs the permission run.services.list on project "${c.project}", e.g. through the role roles/run.viewer (Cloud Run Viewer). Google also answers PERMISSION_DENIED when the project does not exist.`,
  unauthenticated: (c: LiveContext, details: string): string =>
    `${cannotList(c)}: the Cloud Run Admin API at ${c.endpoint} refused the credentials (UNAUTHENTICATED${details ? `: ${details}` : ''}). ${ADC_FIX}.`,
  credentialsRefused: (c: LiveContext): string =>
    `${cannotList(c)}: Google refused to refresh the Application Default Credentials (they expired, were revoked or need re-authentication). ${ADC_FIX}.`,
  credentialsMissing: (c: LiveContext, keyFile: string | undefined): string =>
    `${cannotList(c)}: no Google credentials were found. ${ADC_FIX}` +
    (keyFile ? ` (GOOGLE_APPLICATION_CREDENTIALS is set to "${keyFile}", which could not be read).` : '.'),
  unreachable: (c: LiveContext, code: string, reason: string): string =>
    `${cannotList(c)}: the Cloud Run Admin API at ${c.endpoint} could not be reached (${code}: ${reason}). ` +
    (c.override
      ? `${ENDPOINT_ENV} points there: is the emulator running?`
      : 'Check the network connection, proxy settings (HTTPS_PROXY) and firewall rules for run.googleapis.com.'),
  incomplete: (c: LiveContext, unreachable: string[]): string =>
    `${cannotList(c)}: the Cloud Run Admin API could not reach ${unreachable.join(', ')} in time, so the list is incomplete. Try again later.`,
  other: (c: LiveContext, what: string): string => `${cannotList(c)}: ${what}.`,
};

export const exportMessages = {
  unreadable: (file: string, reason: string): string => `Could not read the Cloud Run export ${file}: ${reason}.`,
  syntax: (file: string, line: number, col: number, reason: string): string =>
    `${file}:${line}:${col}: the Cloud Run export is not valid YAML or JSON: ${reason}. ${EXPORT_HINT}.`,
  empty: (file: string): string =>
    `The Cloud Run export ${file} holds no service (it is empty or only comments). ${EXPORT_HINT}.`,
  notAService: (file: string, line: number, col: number, label: string, found: string): string =>
    `${file}:${line}:${col}: ${label} is not a Cloud Run service (${found}). factgate reads the output of \`gcloud run services describe --format=yaml|json|export\` ` +
    '(apiVersion serving.knative.dev/v1, kind Service), a v1 List of them, or a Cloud Run Admin API v2 service or {"services": […]} list.',
  invalidValues: (file: string, line: number, col: number, service: string, problems: string[]): string =>
    `${file}:${line}:${col}: service ${service}: ${problems.join('; ')}.`,
  duplicate: (file: string, service: string): string =>
    `The Cloud Run export ${file} describes the service ${service} more than once; keep one description per service.`,
};

/** Server details as one short line, or nothing. */
function detail(details: string): string {
  return details ? ` (${details})` : '';
}
