// Follows the user's own dataset in IndexedDB (this tab or another), for the app shell, which loads
// this module (and the database code with it) only after the first view is on screen.
import { liveQuery } from 'dexie';
import { notesDb } from '../notes/use-notes';
import { loadUserDataset, mergeDatasets, type UserDataset } from './user-dataset';

export { mergeDatasets };

export function watchUserDataset(onChange: (user: UserDataset | null) => void): () => void {
  const subscription = liveQuery(() => loadUserDataset(notesDb()).catch(() => null)).subscribe({ next: onChange, error: () => onChange(null) });
  return () => subscription.unsubscribe();
}
