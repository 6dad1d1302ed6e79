/** What an operator sees besides the value: "now" (the snapshot's collectedAt) and the row being tested. */
export interface OperatorContext {
  /** collectedAt of the snapshot, in epoch milliseconds. */
  now: number;
  /** The resource (or list item, inside some/every/none/count) the condition is evaluated on. */
  row: Record<string, unknown>;
  /** Reads a dotted fact path of `row`. */
  get(path: string): unknown;
}

/** A bad operand found while preparing an operator; becomes a located load error. */
export class OperandError extends Error {
  constructor(
    readonly code: 'invalid-operand' | 'bad-regex' | 'bad-glob' | 'bad-duration' | 'bad-cron',
    message: string,
  ) {
    super(message);
  }
}

export type JsonSchema = Record<string, unknown>;

/**
 * An operator: a pure test of one fact value against an operand. "Does not hold" is `false`, never an
 * exception; an exception means a bug and is reported as an error naming rule and resource.
 */
export interface Operator<Prepared = unknown> {
  name: string;
  /** One sentence, shown in docs and as the editor hover text. */
  description: string;
  /** JSON Schema of the operand, checked at load time (after parameters are substituted). */
  operand: JsonSchema;
  /** Turns a valid operand into what `test` needs (compiles regexes, parses durations). Throws OperandError. */
  prepare(operand: unknown): Prepared;
  test(value: unknown, prepared: Prepared, context: OperatorContext): boolean;
}

export const defineOperator = <Prepared>(operator: Operator<Prepared>): Operator<Prepared> => operator;

/** Operators whose operand is used as given. */
export const identity = (operand: unknown): unknown => operand;
