/**
 * The Cloud Run collector: live through the Admin API v2, or offline from a `gcloud run services
 * describe` export; both give the same `cloudRun.services` facts. See docs/collectors/cloud-run.md.
 */
export { collectCloudRunLive, type CloudRunLiveOptions } from './live.js';
export { collectCloudRunExport, type CloudRunExportOptions } from './export.js';
export { type CloudRunClientOptions } from './endpoint.js';
export { ENDPOINT_ENV } from './messages.js';
export { parseProjectRegion, type ProjectRegion } from './target.js';
