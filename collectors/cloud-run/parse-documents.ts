import { type Document, LineCounter, isNode, parseAllDocuments } from 'yaml';
import { quoteTemplates } from './templates.js';

/** 1-based, as editors count. */
export interface Position {
  line: number;
  col: number;
}

export interface LoadedDocument {
  /** 1-based. */
  index: number;
  value: unknown;
  /** Where a node sits (`['items', 3]`), else where the document starts. */
  positionOf(path: readonly (string | number)[]): Position;
}

export type ParsedText = { ok: true; documents: LoadedDocument[] } | { ok: false; position: Position; reason: string };

/**
 * Parses YAML (one or several `---` documents) or JSON (YAML's flow subset, so positions come from
 * the same LineCounter). Syntax errors are described without quoting the source: yaml's messages end
 * with the offending line, which may hold an environment variable's value.
 */
export function parseDocuments(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(quoteTemplates(text.replace(/^\uFEFF/, '')), { lineCounter, prettyErrors: false });
  const position = (offset: number): Position => lineCounter.linePos(offset);
  const loaded: LoadedDocument[] = [];
  for (const [index, document] of (Array.isArray(documents) ? documents : []).entries()) {
    const error = document.errors[0];
    if (error) return { ok: false, position: position(error.pos[0]), reason: describeYamlError(error.code, error.message) };
    const start = position(document.contents?.range[0] ?? document.range[0]);
    try {
      const value: unknown = document.toJS({ maxAliasCount: 100 });
      loaded.push({ index: index + 1, value, positionOf: (path) => nodePosition(document, path, position) ?? start });
    } catch {
      return { ok: false, position: start, reason: 'an alias refers to an anchor that is not defined, or aliases expand too much' };
    }
  }
  return { ok: true, documents: loaded };
}

function nodePosition(document: Document, path: readonly (string | number)[], position: (offset: number) => Position): Position | undefined {
  const node: unknown = document.getIn(path, true);
  return isNode(node) && node.range ? position(node.range[0]) : undefined;
}

/** yaml codes whose message is fixed text (no source quoted); others get our own words. */
const SAFE_MESSAGES = new Set([
  'BAD_INDENT', 'MISSING_CHAR', 'DUPLICATE_KEY', 'BLOCK_IN_FLOW', 'MULTILINE_IMPLICIT_KEY', 'TAB_AS_INDENT',
  'BLOCK_AS_IMPLICIT_KEY', 'KEY_OVER_1024_CHARS', 'MULTIPLE_ANCHORS', 'MULTIPLE_TAGS', 'ALIAS_PROPS', 'NON_STRING_KEY', 'MULTIPLE_DOCS',
]);
const OWN_WORDS: Record<string, string> = {
  BAD_SCALAR_START: 'a plain value starts with a reserved character (quote the value)',
  BAD_DQ_ESCAPE: 'invalid escape sequence in a double-quoted string',
  UNEXPECTED_TOKEN: 'unexpected token',
  TAG_RESOLVE_FAILED: 'unknown tag',
  BAD_COLLECTION_TYPE: 'a tag used on the wrong kind of collection',
  BAD_PROP_ORDER: 'anchor or tag in the wrong place',
  BAD_DIRECTIVE: 'bad directive',
};

export function describeYamlError(code: string, message: string): string {
  if (SAFE_MESSAGES.has(code)) return message.split(' at line ')[0]?.replace(/:$/, '') ?? code;
  return OWN_WORDS[code] ?? `syntax error (${code})`;
}
