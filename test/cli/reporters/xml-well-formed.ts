/**
 * A deliberately small XML well-formedness check for the JUnit output (no XML parser is a
 * dependency): prolog, balanced tags, quoted attributes, and only the five entities or character
 * references wherever `&` appears. Returns the problems found, [] when well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkAmpersands = (text: string, where: string) => {
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(text)) problems.push(`bare & in ${where}: ${text.slice(i, i + 12)}`);
    }
  };
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) problems.push('missing XML declaration');
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, closing, name, attrs, selfClosing, text, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text.slice(0, 20)}`);
      checkAmpersands(text, 'text');
      if (text.includes('>') && text.includes(']]>')) problems.push(']]> in text');
    } else if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else {
      checkAmpersands(attrs ?? '', `attributes of <${name}>`);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}
