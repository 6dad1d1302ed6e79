import { SEVERITIES } from '../severity.js';
import { resourceKindNames } from '../snapshot/kinds.js';
import { operators, operatorNames } from '../operators/index.js';
import { numberComparisonSchema } from '../operators/values.js';

const RULE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$';
export const ruleIdPattern = new RegExp(RULE_ID_PATTERN);

const paramRef = {
  type: 'object',
  description: 'Use the value of one of the rule\'s parameters (defaults in `parameters`, overridden in factgate.yaml).',
  properties: { param: { type: 'string', description: 'Parameter name.' } },
  required: ['param'],
  additionalProperties: false,
};

const factPath = {
  type: 'string',
  description: 'Dotted fact path inside the resource, e.g. rlsEnabled, minInstances.effective, lastSuccess.start.',
  minLength: 1,
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
        operatorNames.map((name) => [name, { description: operators[name].description, anyOf: [operators[name].operand, paramRef] }]),
      ),
    },
    required: ['path'],
    minProperties: 2,
    maxProperties: 2,
    additionalProperties: false,
  };
  const quantifier = (word: string, meaning: string) => ({
    type: 'object',
    description: `{path: <list fact>, ${word}: <condition>}: ${meaning}`,
    properties: { path: factPath, [word]: { $ref: '#/$defs/condition' } },
    required: ['path', word],
    additionalProperties: false,
  });
  const count = {
    type: 'object',
    description: '{path: <list fact>, count: {where: <condition>, gte: 1}}: how many items satisfy `where` (all items without it).',
    properties: {
      path: factPath,
      count: {
        type: 'object',
        properties: { where: { $ref: '#/$defs/condition' }, ...numberComparisonSchema.properties },
        additionalProperties: false,
        minProperties: 1,
      },
    },
    required: ['path', 'count'],
    additionalProperties: false,
  };
  const join = {
    type: 'object',
    description: 'Join rows of another resource kind (hash-indexed on the `on` keys) and count the matches; default: at least one.',
    properties: {
      join: { enum: resourceKindNames, description: 'The resource kind to join.' },
      on: {
        type: 'object',
        description: 'Equality keys: {<fact of the joined kind>: <fact of this resource>}. Empty or absent: every row.',
        additionalProperties: { type: 'string' },
      },
      where: { $ref: '#/$defs/condition', description: 'Keep only joined rows satisfying this condition.' },
      count: { ...numberComparisonSchema, description: 'How many joined rows must match, e.g. {gte: 1} (the default) or {equals: 0}.' },
    },
    required: ['join'],
    additionalProperties: false,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://factgate.dev/schema/rules.schema.json',
    title: 'factgate rule',
    description: 'One factgate rule. Put `# yaml-language-server: $schema=<path>/schema/rules.schema.json` on the first line for completion.',
    type: 'object',
    properties: {
      id: { type: 'string', pattern: RULE_ID_PATTERN, description: "'<pack>/<name>' in kebab-case, unique across loaded rules.", examples: ['postgres/rls-enabled'] },
      title: { type: 'string', minLength: 1, description: 'One line naming what must hold.' },
      severity: { enum: [...SEVERITIES], description: 'critical, high, medium, low or info (the audit\'s P0/P1/P2 are critical/high/medium).' },
      rationale: { type: 'string', minLength: 1, description: 'Why the rule exists: the risk when it is violated.' },
      remediation: { type: 'string', minLength: 1, description: 'How to fix a violation; a template like `message`.' },
      references: { type: 'array', items: { type: 'string' }, description: 'Links to docs, advisories or audit sections.' },
      tags: { type: 'array', items: { type: 'string' }, description: 'Free labels, e.g. rls, security, performance.' },
      resource: { enum: resourceKindNames, description: 'The resource kind the rule checks, one row at a time.' },
      parameters: {
        type: 'object',
        description: 'Named values with defaults; factgate.yaml `parameters: {<rule id>: {<name>: value}}` overrides them.',
        additionalProperties: {
          type: 'object',
          properties: { default: { description: 'Default value; overrides must have the same JSON type.' }, description: { type: 'string' } },
          required: ['default', 'description'],
          additionalProperties: false,
        },
      },
      where: { $ref: '#/$defs/condition', description: 'Which resources the rule applies to (all of the kind when absent).' },
      assert: { $ref: '#/$defs/condition', description: 'What must hold for each selected resource; without it every selected resource is a violation.' },
      message: { type: 'string', minLength: 1, description: 'Violation message; {{fact.path}} and {{params.name}} placeholders are filled from the resource.' },
      evidence: { type: 'array', items: factPath, description: 'Facts copied into each violation as evidence (default: the facts the conditions read).' },
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
