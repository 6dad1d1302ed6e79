import { readFile } from 'node:fs/promises';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { FactgateError, type SourceLocation } from '../errors.js';
import { messages } from '../error-messages.js';

/** A parsed YAML file that can turn a path inside it back into a file:line:col. */
export interface YamlFile {
  file: string;
  value: unknown;
  /** Location of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly (string | number)[]): SourceLocation;
  /** Location of the key `path[path.length - 1]` itself (for unknown-key errors). */
  locateKey(path: readonly (string | number)[]): SourceLocation;
}

export async function readYamlFile(file: string): Promise<YamlFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FactgateError('file-unreadable', messages.fileUnreadable(file, error), { target: file });
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const first = doc.errors[0];
  if (first) throw new FactgateError('yaml-syntax', messages.yamlSyntax(first.message), { location: at(first.pos[0]) });
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }),
    locate: (path) => at(nodeAt(doc, path, false)?.range?.[0] ?? 0),
    locateKey: (path) => at(nodeAt(doc, path, true)?.range?.[0] ?? 0),
  };
}

/** The deepest node along `path`; with `wantKey`, the key node of the last segment when it exists. */
function nodeAt(doc: Document, path: readonly (string | number)[], wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found = isNode(node) ? node : undefined;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return found;
      if (last && wantKey && isNode(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return found;
    }
    if (isNode(node)) found = node;
    else return found;
  }
  return found;
}
