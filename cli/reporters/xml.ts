// XML 1.0 allows only these characters; anything else (other C0 controls, lone surrogates,
// U+FFFE/U+FFFF) would make the whole JUnit file unreadable, so it is replaced.
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Character data: `&`, `<`, `>` escaped, characters XML cannot carry replaced by U+FFFD. */
export const xmlText = (text: string): string => text.replace(INVALID, '\uFFFD').replace(/[&<>]/g, (c) => TEXT[c]!);

/** An attribute value for `"…"`: also quotes, and whitespace kept as character references (parsers would fold it). */
export const xmlAttribute = (text: string): string => text.replace(INVALID, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE[c]!);
