import { signal, type ReadonlySignal } from '@preact/signals';
import type { BilingualText } from '../../../shared/i18n/text';
import type { Marketplace } from '../../../shared/listing/schema';
import { PAGE_NEWS } from '../page-news';
import { addEntries, entryFor, type FieldProblem, type OpResult, type Session } from '../session-ops';
import { importSpreadsheet, type RejectedRow } from '../sheet-import';

/** What a spreadsheet import did, shown under the participant's import form until the next one. */
export type ImportOutcome =
  | { ok: true; fileName: string; added: number; rejected: RejectedRow[]; notes: BilingualText[] }
  | { ok: false; fileName: string; problem: BilingualText };

/** A participant's listings from their Shopee or Tokopedia spreadsheet, with what was left out and why. */
export function createSheetImports(deps: {
  session: ReadonlySignal<Session | null>;
  problems: ReadonlySignal<Record<string, FieldProblem[]>>;
  /** Runs a change on the open session (see the page model): true when it was stored. */
  change: (form: string, op: (s: Session, now: number) => OpResult, news?: (s: Session) => BilingualText) => Promise<boolean>;
}) {
  const { session, problems, change } = deps;
  const imports = signal<Record<string, ImportOutcome>>({});
  const importing = signal<string | null>(null);
  return {
    imports: imports as ReadonlySignal<Record<string, ImportOutcome>>,
    importing: importing as ReadonlySignal<string | null>,
    async importSheet(participantId: string, file: File, marketplace?: Marketplace): Promise<void> {
      importing.value = participantId;
      try {
        const read = await importSpreadsheet(file, { marketplace, fileName: file.name });
        let outcome: ImportOutcome;
        if (!read.ok) outcome = { ok: false, fileName: file.name, problem: read.problem };
        else {
          const name = session.peek()?.participants.find((p) => p.id === participantId)?.name ?? '';
          const added = read.rows.length
            ? await change(
                `import:${participantId}`,
                (s, now) =>
                  addEntries(
                    s,
                    participantId,
                    read.rows.map((r) => entryFor({ listing: r.listing, source: 'sheet', origin: `${file.name}, baris ${r.row}` }, now)),
                    now,
                  ),
                () => PAGE_NEWS.imported(read.rows.length, name),
              )
            : true;
          outcome = added
            ? { ok: true, fileName: file.name, added: read.rows.length, rejected: read.rejected, notes: read.notes }
            : { ok: false, fileName: file.name, problem: problems.peek()[`import:${participantId}`]?.[0]?.text ?? PAGE_NEWS.listFailed };
        }
        imports.value = { ...imports.peek(), [participantId]: outcome };
      } finally {
        importing.value = null;
      }
    },
  };
}
