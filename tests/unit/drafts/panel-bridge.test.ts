import { describe, expect, it } from 'vitest';
import { Listing } from '../../../shared/listing/schema';
import { editsFromDraft } from '../../../extension/drafts/panel-bridge';
import { createListingEditor, type EditableField } from '../../../shared/ui/listing-editor';

describe('continuing a draft in the side panel', () => {
  const page = Listing.parse({ marketplace: 'shopee', title: 'KOPI GAYO MURAH!!!', price: 85000, weightGrams: 250, categoryPath: ['Makanan & Minuman', 'Kopi'] });
  const draft = Listing.parse({ ...page, title: 'Kopi Arabika Gayo 250 gr', description: 'Biji sangrai medium.\nBerat bersih 250 gr.', weightGrams: 1500 });

  it('turns only the fields the seller changed into edits', () => {
    expect(editsFromDraft(draft, page)).toEqual({ title: 'Kopi Arabika Gayo 250 gr', description: 'Biji sangrai medium.\nBerat bersih 250 gr.', weightGrams: '1,5 kg' });
    expect(editsFromDraft(page, page)).toEqual({});
  });

  it('gives the panel\'s editor back the draft\'s listing, with those fields marked as edited', () => {
    const editor = createListingEditor();
    editor.load({ key: 'tab|shopee|product|1', listing: page, fields: { title: 'read', price: 'read' }, problems: [], loginWall: false });
    for (const [field, text] of Object.entries(editsFromDraft(draft, page))) editor.edit(field as EditableField, text);
    expect(editor.listing.value).toEqual(draft);
    expect(editor.stateOf('title')).toBe('edited');
    expect(editor.stateOf('price')).toBe('read');
  });
});
