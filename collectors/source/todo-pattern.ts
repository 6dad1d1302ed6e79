import type { TodoTag } from './config.js';

/**
 * The regular expression that finds a tag used as a comment marker, built once per tag set. The tag
 * must be the first word of a comment, in upper case, and end there (TODOS, TODO_LIST, todo do not
 * count). Three ways to be a comment:
 *  - after a marker (`#`, `//`, `/*`, `--`, `<!--`, `;`, `%`, `"""`, `'''`) at the start of a line
 *    or after whitespace or punctuation that ends code (`x = 1  # TODO`), not after a quote or a
 *    letter (so "# TODO" in a string, or http://…#TODO, is not one);
 *  - after `*` at the start of a line (inside a block comment, or a markdown bullet);
 *  - bare at the start of a line when a colon follows (`TODO: …` in docstrings and text files).
 */
export function todoPattern(tags: readonly TodoTag[]): RegExp {
  const tag = `(${tags.join('|')})`;
  const owner = String.raw`(?:\([^)\n]*\))?`;
  const end = String.raw`(?=$|[\s:(!.,*]|-->)`;
  const marker = String.raw`(?:\/\/+!?|\/\*+!?|<!--|--+|#+|;+|%+|"""|''')`;
  const bare = String.raw`^[ \t]*(?:[-+][ \t]+)?(?=(?:${tags.join('|')})${owner}:)`;
  const star = String.raw`^[ \t]*\*+[ \t]*`;
  const afterMarker = String.raw`(?:^|(?<=[\s;,(){}\[\]]))${marker}[ \t]*`;
  return new RegExp(`(?:${bare}|${star}|${afterMarker})${tag}${end}`);
}

const TEXT_MAX = 200;
/** Comment closers and separators that are syntax, not text. */
const CLOSER = /\s*(?:\*+\/|-->|"""|''')\s*$/;
const LEAD = /^\s*(?:\([^)\n]*\))?\s*[:\-–—]?\s*/;

/** The text after the tag: owner `(name)`, separator and comment closer removed, trimmed, at most 200 characters. */
export function todoText(afterTag: string): string {
  const text = afterTag.replace(LEAD, '').replace(CLOSER, '').trim();
  return text.length <= TEXT_MAX ? text : [...text].slice(0, TEXT_MAX).join('');
}
