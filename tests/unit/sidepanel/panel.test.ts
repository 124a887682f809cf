// liveQuery runs only where a global indexedDB exists (Dexie #2046); each test still gets its own fake database.
import 'fake-indexeddb/auto';
import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PhotoFinding } from '../../../shared/photos/types';
import { coachingPanelSection } from '../../../extension/coaching/panel-section';
import { createSessionStore } from '../../../extension/coaching/store';
import type { AddToSessionModel } from '../../../extension/coaching/models/add-to-session';
import { storageJournal } from '../../../shared/drafts/journal';
import type { PanelDrafts } from '../../../extension/drafts/models/panel-drafts';
import { draftsPanelSection } from '../../../extension/drafts/panel-section';
import { type DraftKey } from '../../../shared/drafts/service';
import { createExtensionDraftService } from '../../../extension/drafts/service';
import type { EditorBase } from '../../../shared/ui/listing-editor';
import type { PanelListing, PanelSection } from '../../../extension/kit/panel-section';
import type { TabState } from '../../../extension/messaging/protocol';
import { envelope } from '../../../extension/messaging/service';
import type { AddToShowcaseModel } from '../../../extension/showcase/models/add-to-showcase';
import { showcasePanelSection } from '../../../extension/showcase/panel-section';
import { createShowcaseService } from '../../../extension/showcase/service';
import { createPanelModel } from '../../../extension/sidepanel/models/panel';
import { saveSettings } from '../../../extension/storage/settings';
import { freshDB, memoryStorage } from '../storage/helpers';
import { sleep, until } from '../helpers/wait';

const TAB = 7;
const FORM_KEY = 'shopee:form:shopee-seller:new' as DraftKey;

function formState(title: string, revision: number): TabState {
  return {
    tabId: TAB,
    url: 'https://seller.shopee.co.id/portal/product/new',
    page: { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' },
    extraction: {
      page: { site: 'shopee', kind: 'seller-form', form: 'shopee-seller' },
      listing: { marketplace: 'shopee', title, price: 45000 },
      fields: { title: 'read', price: 'read' },
      problems: [],
      loginWall: false,
      read: true,
    },
    revision,
    readAt: revision,
  };
}

/** The background telling open panels about the tab (sendToPanels), delivered the way the browser does. */
async function tabUpdated(state: TabState) {
  // Rapi's listeners answer through sendResponse, which the fake browser's trigger does not pass by itself.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  // Sent by the background, as messaging/senders.ts requires of tab:updated.
  const fromBackground = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
  await trigger(envelope('tab:updated', { tabId: TAB, state }), fromBackground, () => {});
}

/** The background's answer to the panel's "tab:get": what it last read in the tab. */
function backgroundKnows(state: TabState) {
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => ((raw as { name?: string }).name === 'tab:get' ? Promise.resolve({ ok: true, data: state }) : undefined));
}

const otherPage = (key: string): EditorBase => ({
  key,
  listing: { marketplace: 'shopee', title: 'Produk lain' },
  fields: { title: 'read' },
  problems: [],
  loginWall: false,
});

/** A side panel with the real drafts, showcase and session sections over one fresh database. */
function openPanel() {
  const db = freshDB();
  const drafts = createExtensionDraftService(db);
  const photosDisposed = { count: 0 };
  const seen: PanelListing[] = [];
  const panel = createPanelModel({
    fixedTabId: TAB,
    sections: {
      photos: () => ({
        findings: signal<PhotoFinding[]>([]),
        measuredIndexes: signal<number[]>([]),
        View: () => null,
        dispose: () => void photosDisposed.count++,
      }),
      drafts: draftsPanelSection({ service: drafts, journal: storageJournal(memoryStorage()), timing: { debounceMs: 10, maxWaitMs: 100 } }),
      more: [
        showcasePanelSection(createShowcaseService(db)),
        coachingPanelSection(() => createSessionStore(db)),
        (listing): PanelSection => {
          seen.push(listing);
          return { View: () => null, dispose: () => {} };
        },
      ],
    },
  });
  // The sections keep their model beside their view; the panel itself only knows View and dispose.
  const [showcase, session] = panel.more as unknown as [{ model: AddToShowcaseModel }, { model: AddToSessionModel }];
  const draft = (panel.drafts as unknown as { model: PanelDrafts }).model;
  return { panel, drafts, draft, photosDisposed, seen, showcase: showcase.model, session: session.model };
}

describe('side panel model', () => {
  beforeEach(() => fakeBrowser.reset());

  it('builds its sections itself, from one outline of what it shows', async () => {
    backgroundKnows(formState('Kopi Gayo', 1));
    const { panel, seen } = openPanel();
    await until(() => panel.editor.listing.value.title === 'Kopi Gayo');
    expect(seen).toHaveLength(1);
    const [shown] = seen;
    expect(shown.editor).toBe(panel.editor);
    expect(shown.report.value?.score).toBe(panel.checks.report.value?.score);
    expect(shown.origin.value).toBe('seller-form');
    expect(shown.url.value).toBe('https://seller.shopee.co.id/portal/product/new');
    expect(shown.page.value).toEqual({ site: 'shopee', kind: 'seller-form', form: 'shopee-seller' });
    panel.chooseManual();
    expect(shown.origin.value).toBe('manual');
    expect(shown.url.value).toBeUndefined();
    expect(shown.page.value).toBeNull();
    panel.dispose();
  });

  it('once disposed, stops every effect: page reads, autosave, the showcase and session resets, the language', async () => {
    backgroundKnows(formState('Kopi Gayo', 1));
    const { panel, drafts, draft, photosDisposed, showcase, session } = openPanel();
    await until(() => panel.editor.listing.value.title === 'Kopi Gayo');

    // Alive: an edit autosaves, another product closes the showcase form and clears the session's problem.
    panel.editor.edit('title', 'Kopi Arabika Gayo 250 gr');
    await until(() => draft.session.value?.status.value === 'saved');
    expect((await drafts.findDraft(FORM_KEY))?.listing.title).toBe('Kopi Arabika Gayo 250 gr');
    await showcase.open();
    await session.add();
    expect(showcase.status.value.kind).not.toBe('closed');
    expect(session.problem.value).not.toBeNull();
    panel.editor.load(otherPage('tab7|other-a'));
    expect(showcase.status.value.kind).toBe('closed');
    expect(session.problem.value).toBeNull();
    await tabUpdated(formState('Kopi Gayo', 2));
    await until(() => panel.editor.listing.value.title === 'Kopi Gayo');
    panel.editor.edit('title', 'Kopi Arabika Gayo 250 gr');
    await until(() => draft.session.value?.status.value === 'saved');

    panel.dispose();
    expect(photosDisposed.count).toBe(1);

    // A new read of the page no longer reaches the editor.
    await tabUpdated(formState('Dibaca setelah panel ditutup', 3));
    await sleep(30);
    expect(panel.editor.listing.value.title).toBe('Kopi Arabika Gayo 250 gr');
    // Typing saves nothing into the draft.
    panel.editor.edit('title', 'Diketik setelah panel ditutup');
    await sleep(60);
    expect((await drafts.findDraft(FORM_KEY))?.listing.title).toBe('Kopi Arabika Gayo 250 gr');
    // Another product no longer closes the showcase form or clears the session's problem.
    await showcase.open();
    await session.add();
    panel.editor.load(otherPage('tab7|other-b'));
    expect(showcase.status.value.kind).not.toBe('closed');
    expect(session.problem.value).not.toBeNull();
    // The language no longer follows the settings.
    const lang = panel.lang.lang.value;
    await saveSettings({ lang: lang === 'id' ? 'en' : 'id' });
    await sleep(10);
    expect(panel.lang.lang.value).toBe(lang);
  });
});
