/**
 * Hand-written service files are often templates: `${VAR}` (envsubst, Terraform), `__VAR__` (sed
 * pipelines) or `{{ expr }}` (Helm, Jinja, gomplate). They must load; where a number or a boolean is
 * expected the placeholder is read as "absent" and noted.
 */
const PLACEHOLDER = /^(?:\$\{[^}]*\}|__[A-Za-z0-9_]+__|\{\{[\s\S]*\}\})$/;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value.trim());
}

/**
 * An unquoted `{{ … }}` at the start of a YAML value is a flow mapping, not text: `max: {{ n }}`
 * would load as `{ '{ n }': null }`. Quote such values (single quotes, YAML-escaped) so they load as
 * the string the author meant. Lines keep their number, so error positions stay right.
 */
const UNQUOTED_TEMPLATE = /^(\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s#'"{[][^#]*?):\s+)?)(\{\{.*?)(\s+#.*)?\s*$/;

export function quoteTemplates(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = UNQUOTED_TEMPLATE.exec(line.replace(/\r$/, ''));
      if (!match) return line;
      const [, head = '', value = '', comment = ''] = match;
      return `${head}'${value.trimEnd().replaceAll("'", "''")}'${comment}`;
    })
    .join('\n');
}
