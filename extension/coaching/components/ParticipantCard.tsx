import { useState } from 'preact/hooks';
import type { Participant } from '../session-ops';
import { COPY } from '../page-copy';
import { usePage, useText } from '../page-context';
import { ManualListingForm } from './ManualListingForm';
import { ParticipantForm } from './ParticipantForm';
import { FormProblems } from './FormParts';
import { ScoreChange } from './ScoreChange';
import { snapshotProvisional } from '../snapshot';
import { SheetImportForm } from './SheetImportForm';

/** A participant: who they are, their listings (start → now, fix, remove), and the ways to add listings. */
export function ParticipantCard({ participant: p }: { participant: Participant }) {
  const { model } = usePage();
  const t = useText();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-remove'>('view');
  const session = model.session.value!;
  const form = `participant:${p.id}`;
  const headingId = `participant-${p.id}`;
  return (
    <section class="participant" aria-labelledby={headingId} data-participant={p.id}>
      <div class="participant-head">
        <h3 id={headingId}>
          {p.name}
          {p.shop && <span class="shop"> · {p.shop}</span>}
        </h3>
        {p.whatsapp && <p class="meta">WhatsApp +{p.whatsapp}</p>}
        <div class="actions">
          <button type="button" onClick={() => model.go({ view: 'report', id: session.id, who: p.id })} aria-label={t(COPY.reportLabel(p.name))}>
            {t(COPY.report)}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('edit')}>
            {t(COPY.editParticipant)}
          </button>
          <button type="button" class="danger" aria-label={t(COPY.removeParticipantLabel(p.name))} onClick={() => setMode('confirm-remove')}>
            {t(COPY.remove)}
          </button>
        </div>
      </div>
      {mode === 'confirm-remove' && (
        <div class="confirm" role="group" aria-label={t(COPY.removeParticipantLabel(p.name))}>
          <p>{t(COPY.confirmRemove(p.name))}</p>
          <button type="button" class="danger" onClick={() => void model.removeParticipant(p.id)}>
            {t(COPY.yesRemove)}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('view')}>
            {t(COPY.cancel)}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <ParticipantForm
          form={form}
          initial={p}
          submitLabel={t(COPY.save)}
          onSubmit={async (input) => {
            const ok = await model.saveParticipant(p.id, input);
            if (ok) setMode('view');
            return ok;
          }}
          onCancel={() => setMode('view')}
        />
      )}
      {mode !== 'edit' && <FormProblems problems={model.problems.value[form]} fields={[]} />}

      {p.listings.length === 0 ? (
        <p class="empty">{t(COPY.noListings)}</p>
      ) : (
        <table class="listings">
          <caption class="visually-hidden">{t(COPY.listingsOf(p.name))}</caption>
          <thead>
            <tr>
              <th scope="col">{t(COPY.product)}</th>
              <th scope="col">{t(COPY.source)}</th>
              <th scope="col">{t(COPY.scoreStartNow)}</th>
              <th scope="col">
                <span class="visually-hidden">{t(COPY.actions)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.listings.map((l) => {
              const title = l.now.listing.title;
              return (
                <tr key={l.id} data-listing={l.id}>
                  <th scope="row" class="listing-title">
                    {title}
                  </th>
                  <td data-label={t(COPY.source)}>
                    {t(COPY.sources[l.source])}
                    {l.origin && l.source === 'sheet' && <span class="hint"> ({l.origin})</span>}
                  </td>
                  <td data-label={t(COPY.scoreStartNow)}>
                    <ScoreChange start={l.start.score} now={l.now.score} provisional={snapshotProvisional(l.now).notMeasured.length > 0} />
                  </td>
                  <td class="row-actions">
                    <button type="button" class="secondary" aria-label={t(COPY.fixLabel(title))} onClick={() => model.go({ view: 'listing', id: session.id, listingId: l.id })}>
                      {t(COPY.fix)}
                    </button>
                    <button type="button" class="danger" aria-label={t(COPY.removeListingLabel(title))} onClick={() => void model.removeListing(p.id, l.id)}>
                      {t(COPY.remove)}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <details class="add-listing">
        <summary>{t(COPY.addManual)}</summary>
        <ManualListingForm participantId={p.id} />
      </details>
      <details class="add-listing">
        <summary>{t(COPY.importSheet)}</summary>
        <SheetImportForm participantId={p.id} />
      </details>
    </section>
  );
}
