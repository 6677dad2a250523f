// Finds the files to read under the paths a user gives: folders are walked by their real paths,
// so a file reached through several links is read once and a link back up the tree is named as a
// loop instead of followed; dangling links and unreadable entries are named and skipped. The file
// system comes in as a parameter (the CLI passes node:fs), and which names to read as a predicate.
import type { Dirent, Stats } from 'node:fs';
import { join, relative } from 'node:path';

export interface WalkFs {
  realpathSync: (path: string) => string;
  statSync: (path: string) => Stats;
  lstatSync: (path: string) => Stats;
  readdirSync: (path: string, options: { withFileTypes: true }) => Dirent[];
}

export interface FoundFile {
  /** The real path, read once. */
  path: string;
  /** How the dataset cites it: relative to the folder given, or the path as given. */
  name: string;
}
export interface Skipped { path: string; problem: string }
export interface Walked {
  files: FoundFile[];
  /** Entries named and skipped; the walk went on without them. */
  skipped: Skipped[];
  /** Given paths that do not exist or hold nothing to read: a usage error for the caller. */
  refused: Skipped[];
}

/** A short reason for a file-system error: "permission denied", "a broken link"… */
export function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'no such file or folder';
    case 'ELOOP': return 'a link that points back to itself (a loop)';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EISDIR': return 'is a folder';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/**
 * @param inputs absolute paths the user named, with `shown` the way to print each
 * @param accept whether a file name is one to read (by its extension), and those kinds in words (".txt or .md")
 */
export function walkInputs(fs: WalkFs, inputs: readonly { path: string; shown: string }[], accept: { test: (name: string) => boolean; kinds: string }): Walked {
  const files: FoundFile[] = [];
  const skipped: Skipped[] = [];
  const refused: Skipped[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (real: string, name: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path: real, name });
  };

  /** Walks a folder already resolved to `real`; `ancestors` are the real folders above it on this walk. */
  const walkFolder = (real: string, shownAt: string, root: string, ancestors: ReadonlySet<string>): void => {
    seenFolders.add(real);
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(real, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: shownAt, problem: `the folder cannot be read (${reasonOf(error)})` });
      return;
    }
    const inside = new Set([...ancestors, real]);
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(shownAt, entry.name);
      if (!entry.isDirectory() && !entry.isSymbolicLink() && !(entry.isFile() && accept.test(entry.name))) continue;
      let target: string;
      let stats: Stats;
      try {
        target = fs.realpathSync(path);
        stats = fs.statSync(target);
      } catch (error) {
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
        const problem = entry.isSymbolicLink() && code === 'ENOENT' ? 'a broken link (its target does not exist)' : reasonOf(error);
        skipped.push({ path, problem: `skipped: ${problem}` });
        continue;
      }
      if (stats.isDirectory()) {
        if (inside.has(target)) { skipped.push({ path, problem: `skipped: a link back to ${target}, which holds it (a loop)` }); continue; }
        if (seenFolders.has(target)) continue;
        walkFolder(target, path, root, inside);
      } else if (stats.isFile() && accept.test(entry.name)) {
        addFile(target, relative(root, path));
      }
    }
  };

  for (const { path, shown } of inputs) {
    let real: string;
    let stats: Stats;
    try {
      real = fs.realpathSync(path);
      stats = fs.statSync(real);
    } catch (error) {
      let problem = reasonOf(error);
      try { if (fs.lstatSync(path).isSymbolicLink()) problem = 'a broken link (its target does not exist)'; } catch { /* not there at all */ }
      refused.push({ path: shown, problem });
      continue;
    }
    if (stats.isDirectory()) {
      const before = files.length;
      const skippedBefore = skipped.length;
      if (!seenFolders.has(real)) walkFolder(real, path, path, new Set());
      if (files.length === before && skipped.length === skippedBefore) refused.push({ path: shown, problem: `the folder holds no ${accept.kinds} files` });
    } else {
      addFile(real, shown.replace(/^.*[\\/]/, ''));
    }
  }
  return { files, skipped, refused };
}
