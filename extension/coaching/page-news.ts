import { bi } from '../../shared/i18n/text';

/** What the "Sesi pelatihan" page announces after each change (screen readers hear it too). */
export const PAGE_NEWS = {
  created: (name: string) => bi(`Sesi "${name}" dibuat.`, `Session "${name}" created.`),
  saved: bi('Detail sesi disimpan.', 'Session details saved.'),
  participantAdded: (name: string) => bi(`${name} ditambahkan ke sesi.`, `${name} was added to the session.`),
  participantSaved: (name: string) => bi(`Data ${name} disimpan.`, `${name}'s details were saved.`),
  participantRemoved: (name: string) => bi(`${name} dihapus dari sesi.`, `${name} was removed from the session.`),
  listingAdded: (title: string, name: string) => bi(`"${title}" ditambahkan untuk ${name}.`, `"${title}" was added for ${name}.`),
  listingRemoved: (title: string) => bi(`"${title}" dihapus dari sesi.`, `"${title}" was removed from the session.`),
  imported: (added: number, name: string) => bi(`${added} produk dari spreadsheet ditambahkan untuk ${name}.`, `${added} products from the spreadsheet were added for ${name}.`),
  sessionDeleted: (name: string) => bi(`Sesi "${name}" dihapus.`, `Session "${name}" was deleted.`),
  sessionRestored: (name: string) => bi(`Sesi "${name}" dikembalikan.`, `Session "${name}" is back.`),
  csvSaved: (file: string) => bi(`Sesi diekspor ke file ${file}.`, `The session was exported to the file ${file}.`),
  listFailed: bi('Rapi tidak bisa membaca daftar sesi.', 'Rapi could not read the list of sessions.'),
  deleteFailed: bi('Rapi tidak bisa menghapus sesi ini. Coba lagi.', 'Rapi could not delete this session. Try again.'),
} as const;
