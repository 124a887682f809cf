/**
 * How a share reaches the page: the manifest's share_target POSTs multipart form data to SHARE_TARGET_PATH; the
 * service worker (web/sw.ts) keeps what came in the share inbox (share/inbox.ts) and sends the page to
 * `./?share=<id>`, where it becomes a draft. Both sides and the manifest read the names from here.
 */
export const SHARE_TARGET_PATH = 'share-target';
export const SHARE_PARAM = 'share';
/** The form fields of a share: Android apps fill `text` (with the link inside), some also `title` or `url`. */
export const SHARE_FIELDS = { title: 'title', text: 'text', url: 'url', files: 'photos' } as const;
/** What a share may carry: more is dropped with a note, so a huge share cannot fill the phone's storage. */
export const SHARE_LIMITS = { files: 10, fileBytes: 30 * 1024 * 1024, textChars: 20_000 } as const;
