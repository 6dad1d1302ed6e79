import { execFile } from 'node:child_process';

/**
 * The files git lists under `dir`, relative to it: tracked ones plus untracked ones that no ignore
 * rule covers (a local run before `git add` sees new files; a CI checkout has none, so there it is
 * exactly the tracked files). Run from `dir`, git lists only that subtree, relative to it, which is
 * what a --source pointing inside a bigger repository needs.
 * @returns null when `dir` is not in a git work tree or git cannot run; the caller walks instead.
 */
export function gitFiles(dir: string): Promise<string[] | null> {
  // core.fsmonitor=false: a repository's own config must not make the scan run a program.
  const args = ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  // Inside a git hook these point at the hook's repository, often relative to another directory;
  // the scan must find the repository from `dir` itself.
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) delete env[name];
  return new Promise((resolve) => {
    execFile('git', args, { cwd: dir, env, encoding: 'buffer', maxBuffer: 1 << 30, windowsHide: true }, (error, stdout) => {
      if (error) return resolve(null);
      const names = stdout.toString('utf8').split('\0').filter((name) => name !== '' && !name.endsWith('/'));
      resolve([...new Set(names)]);
    });
  });
}
