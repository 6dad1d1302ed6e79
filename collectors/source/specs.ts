import type { SourceSpec } from '../../engine/snapshot/types.js';
import { markdownLines } from './markdown-lines.js';
import { firstLinkTarget, resolveLink } from './markdown-links.js';

/** A supersession notice sits at the top of a spec; further down, "superseded" is prose. */
const NOTICE_WINDOW = 20;
/**
 * `SUPERSEDED:` / `**Superseded** —` (a label), `superseded by …`, `Status: Superseded` (also in a
 * table row or bold), or a line that says only "Superseded". Case-insensitive.
 */
const NOTICE = /\bsuperseded\b\s*(?:\*\*|__|\*|_)?\s*(?::|—|–|-|\bby\b)|\bstatus\b\W{0,8}superseded\b|^\W*superseded\W*$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\](?:\s|$)/;

/**
 * Facts of one markdown spec: the first ATX heading as title; a supersession notice in the first
 * 20 lines and the first link on the notice's paragraph (its line and the non-blank lines after it),
 * resolved to a root-relative path when it is a relative link inside the root; and `- [x]` / `- [ ]`
 * task boxes anywhere (numbered and `*`/`+` lists too). Front matter and fenced code are ignored.
 */
export function specFacts(root: string, file: string, text: string): SourceSpec {
  const lines = markdownLines(text);
  let title: string | null = null;
  let tasksDone = 0;
  let tasksTotal = 0;
  let notice: number | null = null;
  for (const { number, text: line } of lines) {
    if (title === null) {
      const heading = HEADING.exec(line)?.[1]?.trim();
      if (heading) title = heading;
    }
    if (notice === null && number <= NOTICE_WINDOW && NOTICE.test(line)) notice = number;
    const task = TASK.exec(line);
    if (task) {
      tasksTotal++;
      if (task[1] !== ' ') tasksDone++;
    }
  }
  let supersededBy: string | null = null;
  if (notice !== null) {
    const all = text.split(/\r?\n/);
    const paragraph: string[] = [];
    for (let i = notice - 1; i < all.length && i < notice + 10 && !['', '>'].includes(all[i]!.trim()); i++) paragraph.push(all[i]!);
    const target = firstLinkTarget(paragraph, all);
    supersededBy = target === null ? null : resolveLink(file, target);
  }
  return { root, file, title, superseded: notice !== null, supersededBy, tasksDone, tasksTotal };
}
