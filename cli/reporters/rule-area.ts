/**
 * The Markdown audit's sections: one per rule pack (the part of a rule id before '/'), titled like
 * the areas of the 2026-02-09 hardening audit. A pack without a title here gets a section of its own.
 */
const areaTitles: Record<string, string> = {
  'cloud-run': 'Cloud Run',
  'pg-cron': 'pg_cron',
  postgres: 'RLS / Postgres',
  source: 'Source: TODOs, webhook probes, specs',
};

/** `postgres/rls-enabled` → `postgres`. */
export const packOf = (ruleId: string): string => ruleId.split('/', 1)[0]!;

export const areaTitle = (pack: string): string => areaTitles[pack] ?? `Rule pack ${pack}`;
