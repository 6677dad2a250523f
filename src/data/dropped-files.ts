// The files a user picked or dropped, folders included, each named by its path inside what was
// given (as the CLI names files inside a folder). Hidden files (.DS_Store) are left out.
import type { NamedFile } from './extract-client';

const hidden = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

/** Files from an <input type="file"> (multiple, or webkitdirectory for a whole folder). */
export function pickedFiles(list: FileList | null): NamedFile[] {
  return Array.from(list ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file })).filter((f) => !hidden(f.name));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: NamedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // a directory reader hands out its entries in batches until it returns none
    for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
      for (const child of batch) await walk(child, into);
    }
  }
}

/** Files and folders dropped on the page; folders are walked to the bottom. */
export async function droppedFiles(transfer: DataTransfer): Promise<NamedFile[]> {
  const entries = Array.from(transfer.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null)).filter((e): e is FileSystemEntry => e !== null);
  if (!entries.length) return pickedFiles(transfer.files);
  const files: NamedFile[] = [];
  for (const entry of entries) await walk(entry, files);
  return files.filter((f) => !hidden(f.name));
}
