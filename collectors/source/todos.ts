import type { SourceTodo } from '../../engine/snapshot/types.js';
import type { TodoTag } from './config.js';
import { enclosingDeclaration } from './enclosing.js';
import { todoText } from './todo-pattern.js';

/**
 * The todos of one file. `lines` is computed lazily by the caller; most files hold no tag at all,
 * so a substring test saves splitting them.
 */
export function findTodos(
  root: string,
  file: string,
  text: string,
  lines: () => string[],
  tags: readonly TodoTag[],
  pattern: RegExp,
): SourceTodo[] {
  if (!tags.some((tag) => text.includes(tag))) return [];
  const all = lines();
  const todos: SourceTodo[] = [];
  all.forEach((line, index) => {
    const match = pattern.exec(line);
    if (!match) return;
    const tag = match[1] as TodoTag;
    const body = todoText(line.slice(match.index + match[0].length));
    todos.push({ root, file, line: index + 1, tag, text: body, enclosing: enclosingDeclaration(all, index) });
  });
  return todos;
}
