// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../../extension/messaging/service';
import { sleep, until } from '../helpers/wait';
import { FORM_KEY, NEW_DESCRIPTION, NEW_TITLE, device, formBase, formListing, openPanel, statusOf } from './panel-helpers';

describe('"Terapkan ke formulir"', () => {
  it('sends the draft\'s title, description, price, stock and weight, stored first; edits settle once the form holds them', async () => {
    const dev = device();
    const panel = openPanel(dev, { debounceMs: 10_000 });
    panel.editor.edit('title', NEW_TITLE);
    panel.editor.edit('description', NEW_DESCRIPTION);
    panel.editor.edit('weightGrams', '1,5 kg');
    await panel.drafts.applyToForm();
    expect(dev.writes).toEqual([{ title: NEW_TITLE, description: NEW_DESCRIPTION, price: 45000, stock: 120, weightGrams: 1500 }]);
    // Stored before it went into the form, without waiting for the autosave pause.
    expect((await panel.service.findDraft(FORM_KEY))?.listing).toMatchObject({ title: NEW_TITLE, weightGrams: 1500 });
    expect(panel.drafts.applyOutcome.value).toMatchObject({ kind: 'written', applied: ['title', 'description', 'price', 'stock', 'weightGrams'] });

    // Until the form is read again the edits stay (the panel never shows the form's old values meanwhile).
    expect(panel.editor.stateOf('title')).toBe('edited');
    panel.editor.load({ ...formBase, listing: { ...formListing, title: NEW_TITLE, description: NEW_DESCRIPTION, weightGrams: 1500 } });
    expect(panel.editor.stateOf('title')).toBe('read');
    expect(panel.editor.stateOf('weightGrams')).toBe('read');
    await sleep(80);
    expect((await panel.service.findDraft(FORM_KEY))?.listing).toMatchObject({ title: NEW_TITLE, description: NEW_DESCRIPTION, weightGrams: 1500 });
    panel.drafts.dispose();
  });

  it('names the fields the form does not have, as the content script reports them', async () => {
    const dev = device();
    const missing = { id: 'Rapi tidak menemukan kolom harga dan stok di formulir ini.', en: 'Rapi did not find the price and stock field in this form.' };
    const panel = openPanel(dev, {
      write: async (values) => ({ applied: Object.keys(values).filter((f) => f !== 'price' && f !== 'stock'), missing: ['price', 'stock'], problems: [missing] }),
    });
    panel.editor.edit('title', NEW_TITLE);
    await panel.drafts.applyToForm();
    expect(panel.drafts.applyOutcome.value).toEqual({
      kind: 'written',
      applied: ['title', 'description', 'weightGrams'],
      missing: ['price', 'stock'],
      problems: [missing],
    });
    panel.drafts.dispose();
  });

  it('says plainly when the form could not be reached, and keeps the seller\'s text', async () => {
    const dev = device();
    const refused = { id: 'Tab ditutup.', en: 'The tab was closed.' };
    const panel = openPanel(dev, {
      write: async () => {
        throw new MessageError(refused);
      },
    });
    panel.editor.edit('title', NEW_TITLE);
    await panel.drafts.applyToForm();
    expect(panel.drafts.applyOutcome.value).toMatchObject({ kind: 'written', applied: [], problems: [refused] });
    expect(panel.editor.text('title')).toBe(NEW_TITLE);

    const broken = openPanel(device(), {
      write: async () => {
        throw new TypeError('boom');
      },
    });
    broken.editor.edit('title', NEW_TITLE);
    await broken.drafts.applyToForm();
    expect(broken.drafts.applyOutcome.value).toMatchObject({ problems: [{ id: expect.stringMatching(/tidak bisa mengisi formulir/) }] });
    panel.drafts.dispose();
    broken.drafts.dispose();
  });

  it('on an offered draft, applies that draft (continuing it first)', async () => {
    const dev = device();
    const first = openPanel(dev);
    first.editor.edit('title', NEW_TITLE);
    first.editor.edit('price', 'Rp52.000');
    await until(() => statusOf(first) === 'saved');
    first.drafts.dispose();

    const again = openPanel(dev);
    await until(() => again.drafts.offer.value !== null);
    await again.drafts.applyToForm();
    expect(dev.writes.at(-1)).toMatchObject({ title: NEW_TITLE, price: 52000 });
    expect(again.drafts.session.value?.key).toBe(FORM_KEY);
    again.drafts.dispose();
  });
});
