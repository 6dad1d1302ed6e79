/** What Supabase's Data API exposes when nothing says otherwise. */
export const DEFAULT_EXPOSED_SCHEMAS: readonly string[] = ['public', 'graphql_public'];

/**
 * The schema list of a pgrst.db_schemas value ("public, api" → ["public", "api"]), or the default
 * when the setting is absent or empty.
 */
export function parseExposedSchemas(setting: string | null): string[] {
  const names = (setting ?? '')
    .split(',')
    .map((name) => name.trim().replace(/^"(.*)"$/, '$1'))
    .filter((name) => name.length > 0);
  return names.length > 0 ? names : [...DEFAULT_EXPOSED_SCHEMAS];
}
