import { describe, expect, it } from 'vitest';
import { todoPattern } from '../../../collectors/source/todo-pattern.js';
import { findTodos } from '../../../collectors/source/todos.js';
import type { TodoTag } from '../../../collectors/source/config.js';

const ALL: TodoTag[] = ['TODO', 'FIXME', 'XXX', 'HACK'];
const todoIn = (line: string, tags: TodoTag[] = ALL) => {
  const found = findTodos('r', 'f', line, () => [line], tags, todoPattern(tags));
  return found.length === 0 ? null : { tag: found[0]!.tag, text: found[0]!.text };
};

describe('todo comments', () => {
  it.each([
    ['# TODO: Implement database lookup', 'TODO', 'Implement database lookup'],
    ['        # TODO: Implement database lookup', 'TODO', 'Implement database lookup'],
    ['x = 1  # FIXME(bob): off by one', 'FIXME', 'off by one'],
    ['email=None,  # TODO: Fetch from auth.users', 'TODO', 'Fetch from auth.users'],
    ['#TODO tighten this', 'TODO', 'tighten this'],
    ['// TODO: handle errors', 'TODO', 'handle errors'],
    ['foo(); // HACK - works around a driver bug', 'HACK', 'works around a driver bug'],
    ['/* XXX: remove after migration */', 'XXX', 'remove after migration'],
    ['/** TODO document */', 'TODO', 'document'],
    [' * TODO: split this function', 'TODO', 'split this function'],
    ['-- TODO: add an index on user_id', 'TODO', 'add an index on user_id'],
    ['<!-- TODO: screenshots -->', 'TODO', 'screenshots'],
    ['; TODO: bump the version', 'TODO', 'bump the version'],
    ['% FIXME citation', 'FIXME', 'citation'],
    ['    TODO: describe the return value', 'TODO', 'describe the return value'],
    ['- TODO(ana): write the runbook', 'TODO', 'write the runbook'],
    ['"""TODO: docstring"""', 'TODO', 'docstring'],
    ['# TODO', 'TODO', ''],
    ['key: value  # TODO: move to secrets', 'TODO', 'move to secrets'],
  ])('given %j, should report %s with text %j', (line, tag, text) => {
    expect(todoIn(line)).toEqual({ tag, text });
  });

  it.each([
    ['todo_list = []'],
    ['TODOS = load()'],
    ['# TODOS are tracked elsewhere'],
    ['# todo: lower case is prose'],
    ['# NOTE: TODO is not the first word'],
    ['s = "# TODO not a comment"'],
    ['url = "http://example.com/#TODO"'],
    ['MY_TODO = 1'],
    ['TODO_LIST: list[str] = []'],
    ['# XXXL size'],
    ['print(TODO)'],
    ['TODO = 3'],
    ['a * TODO'],
  ])('given %j, should report nothing', (line) => {
    expect(todoIn(line)).toBeNull();
  });

  it('given a configured subset of tags, should ignore the others', () => {
    expect(todoIn('# HACK: x', ['TODO'])).toBeNull();
    expect(todoIn('# TODO: x', ['TODO'])).toEqual({ tag: 'TODO', text: 'x' });
  });

  it('given a very long text, should keep its first 200 characters', () => {
    expect(todoIn(`# TODO: ${'a'.repeat(300)}`)!.text).toBe('a'.repeat(200));
  });

  it('given several tags on one line, should report the first', () => {
    expect(todoIn('x()  # FIXME: y  # TODO: z')).toEqual({ tag: 'FIXME', text: 'y  # TODO: z' });
  });
});
