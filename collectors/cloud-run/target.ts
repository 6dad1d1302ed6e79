/** `PROJECT/REGION` as given to `--cloud-run`. */
export interface ProjectRegion {
  project: string;
  region: string;
}

const PROJECT_REGION = /^([a-z0-9](?:[a-z0-9.:-]*[a-z0-9])?)\/([a-z]+(?:-[a-z0-9]+)+)$/;

/**
 * Splits `PROJECT/REGION`. The project is an ID (or `domain:id`) or a number; the region looks like
 * `us-central1`. Anything else is refused before a request is sent, so a typo never reads as NOT_FOUND.
 */
export function parseProjectRegion(value: string): ProjectRegion | undefined {
  const match = PROJECT_REGION.exec(value.trim());
  return match?.[1] && match[2] ? { project: match[1], region: match[2] } : undefined;
}
