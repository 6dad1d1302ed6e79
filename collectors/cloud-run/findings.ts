/**
 * What reading one input taught us besides the facts: `notes` are things we assumed and must say
 * (a placeholder read as absent, a project we could not tell), `problems` are values we cannot read
 * and that make the whole target untrustworthy. Both name fields, never their values when the value
 * could be an environment variable.
 */
export class Findings {
  readonly notes: string[] = [];
  readonly problems: string[] = [];

  note(text: string): void {
    this.notes.push(text);
  }

  problem(text: string): void {
    this.problems.push(text);
  }
}
