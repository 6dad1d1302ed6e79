/**
 * Bad input is a FactgateError: a code from a closed set, where it happened (a file position or a
 * target) and one paragraph for the user. Violations are data and never travel on this channel.
 * Every user-facing error text is built in `engine/error-messages.ts`.
 */
export type ErrorCode =
  | 'usage'
  | 'file-unreadable'
  | 'yaml-syntax'
  | 'json-syntax'
  | 'schema-violation'
  | 'unknown-key'
  | 'unknown-operator'
  | 'unknown-resource-kind'
  | 'unknown-fact-path'
  | 'invalid-operand'
  | 'bad-regex'
  | 'bad-glob'
  | 'bad-duration'
  | 'bad-cron'
  | 'unknown-parameter'
  | 'unknown-placeholder'
  | 'duplicate-rule-id'
  | 'unknown-rule'
  | 'snapshot-version'
  | 'snapshot-invalid'
  | 'config-invalid'
  | 'operator-threw'
  | 'collector-failed'
  | 'missing-facts'
  | 'rule-test-invalid';

/** 1-based, as editors, ESLint and SARIF count. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

export class FactgateError extends Error {
  readonly code: ErrorCode;
  readonly location: SourceLocation | undefined;
  readonly target: string | undefined;

  constructor(code: ErrorCode, message: string, where: { location?: SourceLocation; target?: string } = {}) {
    super(message);
    this.name = 'FactgateError';
    this.code = code;
    this.location = where.location;
    this.target = where.target;
  }

  /**
   * `file:line:col: message` or `target: message`, the one line-leading form the CLI prints. With
   * `cwd`, a file inside it is shown relative to it, as the user most likely named it.
   */
  format(cwd?: string): string {
    const shown = (file: string) => (cwd && file.startsWith(`${cwd.replace(/\/+$/, '')}/`) ? file.slice(cwd.replace(/\/+$/, '').length + 1) : file);
    if (this.location) return `${shown(this.location.file)}:${this.location.line}:${this.location.col}: ${this.message}`;
    if (this.target) return `${shown(this.target)}: ${this.message}`;
    return this.message;
  }
}

/** Several errors found in one pass (all loader errors of a run are reported at once). */
export class FactgateErrors extends Error {
  readonly errors: FactgateError[];
  constructor(errors: FactgateError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'FactgateErrors';
    this.errors = errors;
  }
}

export const isFactgateError = (e: unknown): e is FactgateError => e instanceof FactgateError;
