/**
 * The enclosing function or class of a line, by indentation alone: walking up, the first line that is
 * indented less than everything seen so far opens the block we are in; if it reads like a declaration
 * its name is the answer, else the search goes on outwards. No parser, so no language to know.
 */

const MODIFIERS = String.raw`(?:(?:export|default|public|private|protected|internal|static|final|abstract|sealed|open|override|async|inline|extern|unsafe|const|local|pub(?:\([^)]*\))?)\s+)*`;
const NAME = String.raw`([A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*[?!]?)`;
const KEYWORDS = new Set(
  'if elif else for foreach while do switch case catch with return try using lock synchronized new await yield throw typeof sizeof until unless match when assert'.split(' '),
);

/** Declarations that start with a keyword: Python, Ruby, Rust, Go (with receiver), Kotlin, Swift, JS, PHP, Perl, Lua, Elixir; types of most languages; SQL routines. */
const KEYWORD_DECLARATIONS: RegExp[] = [
  new RegExp(String.raw`^\s*${MODIFIERS}(?:def|defp|fn|func|fun|function\*?|sub|proc)\s+(?:\([^)]*\)\s*)?${NAME}`),
  new RegExp(String.raw`^\s*${MODIFIERS}(?:class|interface|trait|struct|enum|union|module|object|record|protocol|extension|namespace|mod|impl(?:<[^>]*>)?)\s+${NAME}`),
  /^\s*create\s+(?:or\s+replace\s+)?(?:function|procedure|trigger)\s+([\w."]+)/i,
  /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[A-Za-z_$][\w$]*\s*=>)/,
  /^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*\(\)\s*\{/,
];
/** C-family signatures: `type name(args) {` or a line ending in `)` followed by a lone `{` line (Allman style). */
const SIGNATURE = /^(?:[\w$<>[\],.*&?:@]+\s+)*?([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\([^;]*\)[\w\s<>[\],.?|&:]*(\{)?$/;
/** Longer lines are data or minified code, never a declaration worth the regex time. */
const MAX_DECLARATION_LENGTH = 300;
/**
 * Lines that open no block of their own: a closing bracket continues the block above (`):`, `}`),
 * a lone `{` belongs to the signature above it (Allman style), comments are not code.
 */
const NOT_A_BLOCK = /^\s*(?:[)\]}]|\{\s*$|#|\/\/|\/\*|\*|--|<!--)/;

function declarationName(lines: readonly string[], index: number): string | null {
  const line = lines[index]!;
  if (line.length > MAX_DECLARATION_LENGTH) return null;
  for (const pattern of KEYWORD_DECLARATIONS) {
    const match = pattern.exec(line);
    if (match) return match[1]!.replace(/"/g, '');
  }
  const firstWord = /^\s*([A-Za-z_]\w*)/.exec(line)?.[1];
  if (firstWord !== undefined && KEYWORDS.has(firstWord)) return null;
  const signature = SIGNATURE.exec(line.trim());
  if (!signature || KEYWORDS.has(signature[1]!)) return null;
  if (signature[2] !== undefined || lines[index + 1]?.trim() === '{') return signature[1]!;
  return null;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Name of the nearest declaration above `index` that is indented less than the line itself; null when none. */
export function enclosingDeclaration(lines: readonly string[], index: number): string | null {
  let limit = indentOf(lines[index]!);
  for (let i = index - 1; i >= 0 && limit > 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || NOT_A_BLOCK.test(line)) continue;
    const indent = indentOf(line);
    if (indent >= limit) continue;
    const name = declarationName(lines, i);
    if (name !== null) return name;
    limit = indent;
  }
  return null;
}
