import type { SkipReason } from './read-source-file.js';

/** The counters a source entry's `stats` carries; the key order is fixed so snapshots stay byte-identical. */
export interface ScanStats {
  /** 'git' when git listed the files, 'walk' when the directory was walked honouring .gitignore files. */
  lister: 'git' | 'walk';
  /** Files read and scanned. */
  files: number;
  skippedBinary: number;
  skippedTooLarge: number;
  skippedNotUtf8: number;
  /** Files (or, when walking, directories) that could not be read: vanished, permission denied, I/O error. */
  skippedUnreadable: number;
  /** Symbolic links, never followed. */
  skippedSymlink: number;
  /** FIFOs, sockets and devices: reading them could block or never end. */
  skippedSpecial: number;
  /** Files matched by the config's `exclude`. */
  skippedExcluded: number;
}

export const emptyStats = (lister: ScanStats['lister']): ScanStats => ({
  lister,
  files: 0,
  skippedBinary: 0,
  skippedTooLarge: 0,
  skippedNotUtf8: 0,
  skippedUnreadable: 0,
  skippedSymlink: 0,
  skippedSpecial: 0,
  skippedExcluded: 0,
});

export const statOf: Record<SkipReason, Exclude<keyof ScanStats, 'lister' | 'files'>> = {
  binary: 'skippedBinary',
  tooLarge: 'skippedTooLarge',
  notUtf8: 'skippedNotUtf8',
  unreadable: 'skippedUnreadable',
  symlink: 'skippedSymlink',
  special: 'skippedSpecial',
};
