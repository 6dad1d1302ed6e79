import { describe, expect, it } from 'vitest';
import { enclosingDeclaration } from '../../../collectors/source/enclosing.js';

/** The enclosing name of the line holding the marker `@`. */
const enclosingOf = (code: string): string | null => {
  const lines = code.split('\n');
  const index = lines.findIndex((l) => l.includes('@here'));
  return enclosingDeclaration(lines, index);
};

describe('enclosing declaration heuristic', () => {
  it.each([
    ['python method under an if', 'class A:\n    async def run(self):\n        if x:\n            pass  # @here', 'run'],
    ['python multi-line signature', 'def f(\n    a,\n    b,\n):\n    # @here', 'f'],
    ['python class body', 'class Settings:\n    # @here\n    x = 1', 'Settings'],
    ['python module level', 'import os\n# @here', null],
    ['typescript method', 'export class Svc {\n  async run(a: number): Promise<void> {\n    // @here\n  }\n}', 'run'],
    ['typescript arrow function', 'export const handler = async (event) => {\n  // @here\n};', 'handler'],
    ['javascript function in a callback', "function outer() {\n  items.forEach((x) => {\n    // @here\n  });\n}", 'outer'],
    ['go method with receiver', 'func (s *Server) Handle(w http.ResponseWriter) {\n\tif ok {\n\t\t// @here\n\t}\n}', 'Handle'],
    ['rust fn in impl', 'impl Parser {\n    pub fn parse(&mut self) -> Result<()> {\n        // @here\n    }\n}', 'parse'],
    ['java method', 'public class Billing {\n    public void charge(int cents) throws IOException {\n        // @here\n    }\n}', 'charge'],
    ['c# Allman braces', 'public class Billing\n{\n    public void Charge(int cents)\n    {\n        // @here\n    }\n}', 'Charge'],
    ['c function', 'static int parse_header(const char *buf)\n{\n    /* @here */\n}', 'parse_header'],
    ['ruby method', 'class User\n  def active?\n    # @here\n  end\nend', 'active?'],
    ['sql function with an indented body', 'CREATE OR REPLACE FUNCTION public.rls_check(uid uuid)\n  RETURNS boolean AS $$\n  BEGIN\n    -- @here\n  END;\n$$;', 'public.rls_check'],
    ['sql function whose body starts at column 0 (a documented limit)', 'CREATE FUNCTION f() RETURNS void AS $$\nBEGIN\n  -- @here\nEND;\n$$;', null],
    ['shell function', 'deploy() {\n  # @here\n}', 'deploy'],
    ['a call spanning lines is not a declaration', 'def main():\n    run(\n        x,\n        # @here\n    )', 'main'],
    ['a previous sibling function does not enclose', 'def a():\n    pass\n\n# @here', null],
  ])('given a %s, should find the expected name', (_, code, expected) => {
    expect(enclosingOf(code)).toBe(expected);
  });
});
