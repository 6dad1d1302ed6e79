import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';
import { FactgateError, FactgateErrors } from '../errors.js';
import { messages } from '../error-messages.js';
import { validatorFor } from '../load/ajv.js';
import { schemaErrorsToFactgate } from '../load/schema-errors.js';
import { readYamlFile, type YamlFile } from '../load/yaml-file.js';
import { builtinRulesDir, schemaDir } from '../package-root.js';
import type { Waiver } from '../gate/waiver.js';
import { emptyConfig, type ProjectConfig } from './project-config.js';

const configSchema = JSON.parse(readFileSync(path.join(schemaDir, 'config.schema.json'), 'utf8')) as object;
const waiversFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['waivers'],
  properties: { waivers: { type: 'array', items: (configSchema as { $defs: { waiver: object } }).$defs.waiver } },
};

type Raw = Record<string, unknown>;

/** `builtin` and `builtin/<pack>` name the packs shipped with factgate; other entries are paths. */
export function resolveRulePath(entry: string, baseDir: string): string {
  if (entry === 'builtin') return builtinRulesDir;
  if (entry.startsWith('builtin/')) return path.join(builtinRulesDir, entry.slice('builtin/'.length));
  return path.resolve(baseDir, entry);
}

function readWaivers(list: Raw[] | undefined, yaml: YamlFile, at: string, origin: Waiver['origin']): Waiver[] {
  return (list ?? []).map((w, i) => ({
    rule: w.rule as string,
    ...(w.resource !== undefined ? { resource: w.resource as string } : {}),
    reason: w.reason as string,
    ...(w.owner !== undefined ? { owner: w.owner as string } : {}),
    expires: w.expires as string,
    origin,
    location: yaml.locate([at, i]),
  }));
}

function validated(yaml: YamlFile, schema: object, subject: string): Raw {
  const validate = validatorFor(schema);
  if (!validate(yaml.value)) throw new FactgateErrors(schemaErrorsToFactgate(validate.errors ?? [], yaml, subject, { code: 'config-invalid' }));
  return yaml.value as Raw;
}

/** Loads factgate.yaml: schema-checked with file:line:col errors, regexes compiled, paths resolved. */
export async function loadConfig(file: string): Promise<ProjectConfig> {
  const yaml = await readYamlFile(file);
  if (yaml.value === null || yaml.value === undefined) return { ...emptyConfig(), file };
  const raw = validated(yaml, configSchema, 'configuration');
  const dir = path.dirname(file);
  const errors: FactgateError[] = [];
  const triage = ((raw.triage as Raw | undefined)?.todos as Raw[] | undefined ?? []).map((t, i) => {
    if (typeof t.text === 'string') {
      try {
        RE2JS.compile(t.text);
      } catch (error) {
        errors.push(new FactgateError('bad-regex', messages.badRegex(t.text, (error as Error).message.replace(/^error parsing regexp: /, '')), { location: yaml.locate(['triage', 'todos', i, 'text']) }));
      }
    }
    if (t.verdict === 'defer' && t.expires === undefined) {
      errors.push(new FactgateError('config-invalid', messages.schemaRequired(`the defer verdict for '${String(t.file)}'`, 'expires'), { location: yaml.locate(['triage', 'todos', i]) }));
    }
    return { ...(t as unknown as ProjectConfig['triage'][number]), location: yaml.locate(['triage', 'todos', i]) };
  });
  if (errors.length) throw new FactgateErrors(errors);
  const parameters: ProjectConfig['parameters'] = {};
  for (const [ruleId, values] of Object.entries((raw.parameters as Record<string, Raw> | undefined) ?? {})) {
    parameters[ruleId] = { values, locate: (name) => yaml.locate(['parameters', ruleId, name]) };
  }
  return {
    file,
    rules: (raw.rules as string[] | undefined)?.map((entry) => resolveRulePath(entry, dir)),
    disable: ((raw.disable as Raw[] | undefined) ?? []).map((d, i) => ({ rule: d.rule as string, reason: d.reason as string, location: yaml.locate(['disable', i]) })),
    failOn: raw.failOn as ProjectConfig['failOn'],
    parameters,
    severity: ((raw.severity as Raw[] | undefined) ?? []).map((s, i) => ({ ...(s as unknown as ProjectConfig['severity'][number]), location: yaml.locate(['severity', i]) })),
    waivers: readWaivers(raw.waivers as Raw[] | undefined, yaml, 'waivers', 'config'),
    triage,
    source: raw.source,
    locateSource: (path) => yaml.locate(['source', ...path]),
  };
}

/** Loads a `--waivers FILE`: a document with a `waivers:` list, in the same form as factgate.yaml's. */
export async function loadWaiversFile(file: string): Promise<Waiver[]> {
  const yaml = await readYamlFile(file);
  const raw = validated(yaml, waiversFileSchema, 'waivers file');
  return readWaivers(raw.waivers as Raw[], yaml, 'waivers', 'waivers-file');
}
