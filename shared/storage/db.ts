import { Dexie, type EntityTable } from 'dexie';
import type { DraftRow } from './drafts-table';
import type { PhotoResultRow } from './photo-results-table';
import type { RevisionRow } from './revisions-table';
import type { SessionRow } from './sessions-table';
import type { SettingRow } from './settings-table';
import type { ShowcaseItemRow } from './showcase-items-table';
import type { ShowcaseRow } from './showcases-table';
import { declareVersions } from './versions';

export const DB_NAME = 'rapi';

/**
 * Rapi's one IndexedDB database, in the app's own origin: the extension's (its pages and background) or the phone
 * page's. In the extension, never from a content script: there IndexedDB belongs to the marketplace's page
 * (Dexie issue #233); content scripts ask the background through extension/messaging.
 */
export class AppDB extends Dexie {
  drafts!: EntityTable<DraftRow, 'id'>;
  revisions!: EntityTable<RevisionRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  photoResults!: EntityTable<PhotoResultRow, 'hash'>;
  sessions!: EntityTable<SessionRow, 'id'>;
  /** Showcase items (each with its showcaseId); the showcases themselves are in `showcases`. */
  showcaseItems!: EntityTable<ShowcaseItemRow, 'id'>;
  showcases!: EntityTable<ShowcaseRow, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareVersions(this);
  }
}

let shared: AppDB | undefined;

/** The page's one connection (opened on first use). */
export function appDB(): AppDB {
  shared ??= new AppDB();
  return shared;
}
