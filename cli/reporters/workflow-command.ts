/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), escaped as the
 * Actions toolkit does: `%`, CR and LF in the message; additionally `:` and `,` in property values.
 */
export type CommandLevel = 'error' | 'warning' | 'notice';

export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One command line; properties in the given order, those without a value left out. */
export function workflowCommand(command: string, properties: [string, string | number | undefined][], message: string): string {
  const props = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
