import { gitFiles } from './git-files.js';
import { walkFiles } from './walk-files.js';
import { compareText } from '../compare-text.js';

export interface Listing {
  lister: 'git' | 'walk';
  /** Candidate paths relative to the root, '/'-separated, sorted. */
  files: string[];
  /** Directories the walk could not open (always 0 for git). */
  unreadableDirs: number;
}

/** What to scan under `root`: git's view when it is (inside) a work tree, else a .gitignore-aware walk. */
export async function listFiles(root: string): Promise<Listing> {
  const fromGit = await gitFiles(root);
  if (fromGit !== null) return { lister: 'git', files: fromGit.sort(compareText), unreadableDirs: 0 };
  const walked = await walkFiles(root);
  return { lister: 'walk', files: walked.files.sort(compareText), unreadableDirs: walked.unreadableDirs };
}
