import type { ServicesClient, protos } from '@google-cloud/run';
import type { ProgressReporter } from '../types.js';

type Service = protos.google.cloud.run.v2.IService;
type ListRequest = protos.google.cloud.run.v2.IListServicesRequest;

/**
 * Per page: no automatic retries (gax would retry UNAVAILABLE for up to 10 minutes; an unreachable
 * endpoint must fail in seconds), a 20 s deadline, and pages fetched one by one so we can count them.
 */
const CALL_OPTIONS = { autoPaginate: false, retry: { retryCodes: [] }, timeout: 20_000 };

/** Thrown when a page says some locations could not be reached: the list would be incomplete. */
export class IncompleteListError extends Error {
  constructor(readonly unreachable: string[]) {
    super(`unreachable: ${unreachable.join(', ')}`);
  }
}

/** Every service of `parent` (`projects/P/locations/L`), following page tokens to the end. */
export async function listAllServices(client: ServicesClient, parent: string, progress: ProgressReporter): Promise<{ services: Service[]; pages: number }> {
  const services: Service[] = [];
  let request: ListRequest | null = { parent };
  let pages = 0;
  while (request) {
    const [page, next, response]: [Service[], ListRequest | null, protos.google.cloud.run.v2.IListServicesResponse] = await client.listServices(request, CALL_OPTIONS);
    pages += 1;
    services.push(...page);
    if (response?.unreachable?.length) throw new IncompleteListError(response.unreachable);
    progress(`cloud run ${parent}: page ${pages}, ${services.length} services`);
    request = next;
  }
  return { services, pages };
}
