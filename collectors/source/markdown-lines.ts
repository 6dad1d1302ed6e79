/** A markdown line that is prose: not inside front matter or a fenced code block. `number` is 1-based. */
export interface ProseLine {
  number: number;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The prose lines of a markdown document, so headings and checkboxes in code samples do not count. */
export function markdownLines(text: string): ProseLine[] {
  const lines = text.split(/\r?\n/);
  const prose: ProseLine[] = [];
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (close > 0) start = close + 1;
  }
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      continue;
    }
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      continue;
    }
    prose.push({ number: i + 1, text: line });
  }
  return prose;
}
