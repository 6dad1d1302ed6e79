/**
 * Markdown helpers for the audit report and the GitHub job summary. Cells stay on one line, and
 * text from snapshots (resource names, messages) cannot open HTML, links, emphasis or new columns.
 */

const alnum = /[\p{L}\p{N}]/u;

/** Free text in a table cell or paragraph. `_` between letters or digits is left alone: GFM never reads it as emphasis. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`)
    .replace(/_/g, (c, offset: number, whole: string) => (alnum.test(whole[offset - 1] ?? '') && alnum.test(whole[offset + 1] ?? '') ? c : `\\${c}`));
}

/** A code span that survives any content: backtick fences longer than the longest run inside, pipes escaped for tables. */
export function mdCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 || text.startsWith(' ') ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${fence}`;
}

/** A GFM table; cells must already be escaped (mdText/mdCode). */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}
