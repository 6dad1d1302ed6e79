import { SEVERITIES } from '../severity.js';
import { resourceKindNames } from '../snapshot/kinds.js';
import { operators, operatorNames, type OperatorName } from '../operators/index.js';
import { NUMBER_COMPARISONS, numberComparisonSchema } from '../operators/values.js';

const RULE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$';
export const ruleIdPattern = new RegExp(RULE_ID_PATTERN);

const paramRef = {
  type: 'object',
  description: 'Use the value of one of the rule\'s parameters (defaults in `parameters`, overridden in factgate.yaml).',
  properties: { param: { type: 'string', description: 'Parameter name.' } },
  required: ['param'],
  additionalProperties: false,
  examples: [{ param: 'apiRoles' }],
};

const factPath = {
  type: 'string',
  description: 'Dotted fact path inside the resource, e.g. rlsEnabled, minInstances.effective, lastSuccess.start.',
  minLength: 1,
  examples: ['rlsEnabled', 'minInstances.effective', 'lastSuccess.start'],
};

const comparisonWords: Record<(typeof NUMBER_COMPARISONS)[number], string> = {
  equals: 'equal to', notEquals: 'different from', gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most',
};

/** Adds hover text to the equals/gt/… keys of a numeric comparison (shared by length, count and join). */
function describedComparison(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (!properties || !NUMBER_COMPARISONS.every((k) => k in properties)) return schema;
  const described = Object.fromEntries(NUMBER_COMPARISONS.map((k) => [k, { ...properties[k], description: `The number is ${comparisonWords[k]} this value.` }]));
  return { ...schema, properties: { ...properties, ...described }, examples: [{ gte: 1 }, { equals: 0 }] };
}

/**
 * The loader substitutes `{param: NAME}` anywhere inside an operand (`{schedule: schedule, grace:
 * {param: grace}}`, `{gte: {param: minimum}}`), so the schema accepts it there too, or editors would
 * flag rules that load fine.
 */
function acceptingParams(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  const items = schema.items as Record<string, unknown> | undefined;
  return {
    ...schema,
    ...(properties
      ? { properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, { description: v.description, anyOf: [acceptingParams(v), paramRef] }])) }
      : {}),
    ...(items && typeof items === 'object' && !Array.isArray(items) ? { items: { anyOf: [acceptingParams(items), paramRef] } } : {}),
  };
}

/** One operand per operator, shown by editors as a completion and in the hover. */
const operatorExamples: Record<OperatorName, unknown[]> = {
  contains: ['service_role'],
  containsAll: [['TELEGRAM_WEBHOOK_SECRET', 'DATABASE_URL']],
  containsAny: [['public', 'anon', 'authenticated']],
  endsWith: ['.py'],
  equals: [true, 'INSERT'],
  exists: [true, false],
  gt: [0],
  gte: [1],
  in: [['INSERT', 'ALL']],
  length: [{ gte: 1 }],
  lt: [3],
  lte: [300],
  matches: ['auth\\.uid\\(\\)', '(?i)(secret|token)'],
  matchesGlob: [['onboarding/**', 'api/routes/*.py']],
  notEquals: ['false'],
  notIn: [['auth', 'cron', 'storage']],
  ranWithinSchedule: [{ schedule: 'schedule', grace: '5m' }],
  scheduleIntervalAtLeast: ['5m'],
  sqlAlwaysTrue: [true],
  startsWith: ['nikita-'],
  withinLast: ['26h', '7d'],
};

/**
 * schema/rules.schema.json, generated from the operator and resource-kind registries so that editor
 * completion, the loader and the docs cannot drift apart (a test compares the file with this output).
 */
export function buildRulesSchema(): Record<string, unknown> {
  const comparison = {
    type: 'object',
    description: 'Compare one fact with an operator: {path: <fact>, <operator>: <operand>}.',
    properties: {
      path: factPath,
      ...Object.fromEntries(
        operatorNames.map((name) => [
          name,
          {
            description: operators[name].description,
            anyOf: [acceptingParams(describedComparison(operators[name].operand)), paramRef],
            examples: operatorExamples[name],
          },
        ]),
      ),
    },
    required: ['path'],
    minProperties: 2,
    maxProperties: 2,
    additionalProperties: false,
    examples: [{ path: 'rlsEnabled', equals: true }, { path: 'roles', containsAny: { param: 'apiRoles' } }],
  };
  const quantifier = (word: string, meaning: string) => ({
    type: 'object',
    description: `{path: <list fact>, ${word}: <condition>}: ${meaning}`,
    properties: {
      path: factPath,
      [word]: { $ref: '#/$defs/condition', description: `The condition for each item (${meaning}); its paths are relative to the item.` },
    },
    required: ['path', word],
    additionalProperties: false,
    examples: [{ path: 'containers', [word]: { path: 'startupCpuBoost', equals: true } }],
  });
  const count = {
    type: 'object',
    description: '{path: <list fact>, count: {where: <condition>, gte: 1}}: how many items satisfy `where` (all items without it).',
    properties: {
      path: factPath,
      count: {
        type: 'object',
        description: 'Which items to count (`where`) and one comparison the number must pass, e.g. {where: <condition>, gte: 1}.',
        properties: {
          where: { $ref: '#/$defs/condition', description: 'Count only the items satisfying this condition (paths relative to the item).' },
          ...(describedComparison(numberComparisonSchema).properties as object),
        },
        additionalProperties: false,
        minProperties: 1,
      },
    },
    required: ['path', 'count'],
    additionalProperties: false,
    examples: [{ path: 'containers', count: { where: { path: 'ports', length: { gte: 1 } }, equals: 1 } }],
  };
  const join = {
    type: 'object',
    description: 'Join rows of another resource kind (hash-indexed on the `on` keys) and count the matches; default: at least one.',
    properties: {
      join: { enum: resourceKindNames, description: 'The resource kind to join.' },
      on: {
        type: 'object',
        description: 'Equality keys: {<fact of the joined kind>: <fact of this resource>}. Empty or absent: every row.',
        additionalProperties: { type: 'string', description: 'The fact of this resource whose value the joined row\'s fact (the key) must equal.' },
        examples: [{ database: 'database', schema: 'schema', table: 'name' }],
      },
      where: { $ref: '#/$defs/condition', description: 'Keep only joined rows satisfying this condition.' },
      count: { ...describedComparison(numberComparisonSchema), description: 'How many joined rows must match, e.g. {gte: 1} (the default) or {equals: 0}.' },
    },
    required: ['join'],
    additionalProperties: false,
    examples: [{ join: 'postgres.policies', on: { database: 'database', schema: 'schema', table: 'name' }, where: { path: 'permissive', equals: true } }],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://factgate.dev/schema/rules.schema.json',
    title: 'factgate rule',
    description: 'One factgate rule. Put `# yaml-language-server: $schema=<path>/schema/rules.schema.json` on the first line for completion.',
    type: 'object',
    properties: {
      id: { type: 'string', pattern: RULE_ID_PATTERN, description: "'<pack>/<name>' in kebab-case, unique across loaded rules.", examples: ['postgres/rls-enabled'] },
      title: { type: 'string', minLength: 1, description: 'One line naming what must hold.', examples: ['Tables exposed to the Data API have row level security enabled'] },
      severity: { enum: [...SEVERITIES], description: 'critical, high, medium, low or info (the audit\'s P0/P1/P2 are critical/high/medium).' },
      rationale: { type: 'string', minLength: 1, description: 'Why the rule exists: the risk when it is violated.' },
      remediation: {
        type: 'string', minLength: 1, description: 'How to fix a violation; a template like `message`.',
        examples: ['ALTER TABLE {{schema}}.{{name}} ENABLE ROW LEVEL SECURITY;'],
      },
      references: { type: 'array', items: { type: 'string' }, description: 'Links to docs, advisories or audit sections.', examples: [['https://www.postgresql.org/docs/15/ddl-rowsecurity.html']] },
      tags: { type: 'array', items: { type: 'string' }, description: 'Free labels, e.g. rls, security, performance.', examples: [['rls', 'security']] },
      resource: { enum: resourceKindNames, description: 'The resource kind the rule checks, one row at a time (docs/reference/facts.md lists the facts of each).' },
      parameters: {
        type: 'object',
        description: 'Named values with defaults; factgate.yaml `parameters: {<rule id>: {<name>: value}}` overrides them.',
        additionalProperties: {
          type: 'object',
          description: 'One parameter: its default value and what it means. Conditions use it as {param: <name>}, templates as {{params.<name>}}.',
          properties: {
            default: { description: 'Default value; overrides must have the same JSON type.' },
            description: { type: 'string', description: 'What the parameter means (shown in docs/reference/rules.md).' },
          },
          required: ['default', 'description'],
          additionalProperties: false,
        },
        examples: [{ apiRoles: { default: ['public', 'anon', 'authenticated'], description: 'Roles requests run as.' } }],
      },
      where: {
        $ref: '#/$defs/condition', description: 'Which resources the rule applies to (all of the kind when absent).',
        examples: [{ all: [{ path: 'command', equals: 'INSERT' }, { path: 'roles', containsAny: { param: 'apiRoles' } }] }],
      },
      assert: {
        $ref: '#/$defs/condition', description: 'What must hold for each selected resource; without it every selected resource is a violation.',
        examples: [{ path: 'rlsEnabled', equals: true }],
      },
      message: {
        type: 'string', minLength: 1, description: 'Violation message; {{fact.path}} and {{params.name}} placeholders are filled from the resource.',
        examples: ['Table {{schema}}.{{name}} has row level security disabled.'],
      },
      evidence: { type: 'array', items: factPath, description: 'Facts copied into each violation as evidence (default: the facts the conditions read).', examples: [['withCheck', 'roles']] },
    },
    required: ['id', 'title', 'severity', 'rationale', 'remediation', 'resource', 'message'],
    additionalProperties: false,
    $defs: {
      condition: {
        description: 'A condition: all/any/not, a comparison, a quantifier over a list, or a join.',
        anyOf: [
          { type: 'object', properties: { all: { type: 'array', items: { $ref: '#/$defs/condition' }, minItems: 1, description: 'Every condition holds.' } }, required: ['all'], additionalProperties: false },
          { type: 'object', properties: { any: { type: 'array', items: { $ref: '#/$defs/condition' }, minItems: 1, description: 'At least one condition holds.' } }, required: ['any'], additionalProperties: false },
          { type: 'object', properties: { not: { $ref: '#/$defs/condition', description: 'The condition does not hold.' } }, required: ['not'], additionalProperties: false },
          comparison,
          quantifier('some', 'at least one item satisfies the condition.'),
          quantifier('every', 'every item satisfies the condition (true for an empty list).'),
          quantifier('none', 'no item satisfies the condition.'),
          count,
          join,
        ],
      },
    },
  };
}
