import { useState } from 'preact/hooks';
import type { Marketplace } from '../../../shared/listing/schema';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';

/** A spreadsheet of one participant's listings: the file, the marketplace to check for, and what came of it. */
export function SheetImportForm({ participantId }: { participantId: string }) {
  const { model } = usePage();
  const t = useText();
  const [marketplace, setMarketplace] = useState<'' | Marketplace>('');
  const busy = model.importing.value === participantId;
  const outcome = model.imports.value[participantId];
  const id = (field: string) => `import-${participantId}-${field}`.replace(/[^\w-]/g, '_');
  return (
    <div class="sheet-import">
      <p class="hint" id={id('hint')}>
        {t(COPY.importHint)}
      </p>
      <div class="field-row">
        <div class="field">
          <label for={id('marketplace')}>{t(COPY.importMarketplace)}</label>
          <select id={id('marketplace')} value={marketplace} onChange={(e) => setMarketplace(e.currentTarget.value as '' | Marketplace)}>
            <option value="">{t(COPY.auto)}</option>
            <option value="shopee">Shopee</option>
            <option value="tokopedia">Tokopedia</option>
            <option value="other">{t(COPY.otherShop)}</option>
          </select>
        </div>
        <div class="field">
          <label for={id('file')}>{t(busy ? COPY.importing : COPY.chooseFile)}</label>
          <input
            id={id('file')}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={id('hint')}
            disabled={busy}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) await model.importSheet(participantId, file, marketplace || undefined);
              input.value = ''; // the same file can be chosen again after a fix
            }}
          />
        </div>
      </div>
      <div role="status" aria-live="polite" class="import-outcome" data-testid={`import-outcome-${participantId}`}>
        {outcome &&
          (outcome.ok ? (
            <>
              <p class="done">{t(COPY.importDone(outcome.fileName, outcome.added))}</p>
              {outcome.rejected.length > 0 && (
                <div class="rejected">
                  <p>{t(COPY.importRejected(outcome.rejected.length))}</p>
                  <ul>
                    {outcome.rejected.map((r) => (
                      <li key={r.row}>{t(COPY.rowProblem(r.row, r.errors.map((e) => t(e)).join(' ')))}</li>
                    ))}
                  </ul>
                </div>
              )}
              {outcome.notes.map((n, i) => (
                <p key={i} class="hint">
                  {t(n)}
                </p>
              ))}
            </>
          ) : (
            <p class="alert">
              {outcome.fileName}: {t(outcome.problem)}
            </p>
          ))}
      </div>
    </div>
  );
}
