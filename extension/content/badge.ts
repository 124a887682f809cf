import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeSummary } from '../messaging/protocol';
import { badgeText } from './badge-text';

export const BADGE_TAG = 'rapi-badge';

// px and em only: rem, CSS variables and @font-face from the page pierce the shadow root.
const CSS = `
/* A line of its own below the title, and one line only: a long label is cut with "…" (the full sentence is the
   button's description), never wrapped onto a second line. */
:host { all: initial; display: block; max-width: 100%; }
.badge {
  display: inline-flex; align-items: center; gap: 6px; margin: 6px 0; padding: 4px 10px; max-width: 100%;
  border: 1px solid #1f2937; border-radius: 999px; cursor: pointer; white-space: nowrap;
  font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #ffffff; color: #111827;
}
.label { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.badge:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: #6b7280; }
.good .dot { background: #15803d; } .fair .dot { background: #b45309; } .poor .dot { background: #b91c1c; }
.hint { display: block; margin: 2px 0 6px; font: 12px/1.4 system-ui, sans-serif; color: #374151; }
.floating { position: fixed; right: 16px; bottom: 16px; max-width: calc(100vw - 32px); z-index: 2147483000; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
`;

interface Mounted {
  button: HTMLButtonElement;
  hint: HTMLElement;
}

export interface Badge {
  /** Draws (or redraws) the badge; `anchor` is the element it goes after (the title), or null to float. */
  show(summary: BadgeSummary, anchor: Element | null): Promise<void>;
  hide(): void;
}

export function createBadge(ctx: ContentScriptContext, onOpen: () => Promise<{ opened: boolean; hint?: string }>): Badge {
  let ui: ShadowRootContentScriptUi<Mounted> | undefined;
  let mountedAt: Element | null = null;

  const render = (summary: BadgeSummary) => {
    const mounted = ui?.mounted;
    if (!mounted) return;
    const text = badgeText(summary);
    mounted.button.className = `badge ${text.tone}${mountedAt ? '' : ' floating'}`;
    mounted.button.dataset.score = summary.score === null ? '' : String(summary.score);
    mounted.button.dataset.provisional = String(summary.provisional === true);
    mounted.button.lastChild!.textContent = text.label;
    // The visible text stays the accessible name (label-in-name); the longer sentence is the description.
    mounted.button.title = text.description;
    mounted.button.lang = summary.lang;
  };

  const draw = async (summary: BadgeSummary, anchor: Element | null) => {
    const moved = !ui || mountedAt !== anchor || !ui.shadowHost.isConnected;
    if (moved) {
      ui?.remove();
      mountedAt = anchor;
      ui = await createShadowRootUi<Mounted>(ctx, {
        name: BADGE_TAG,
        position: 'inline',
        anchor: anchor ?? document.body,
        append: anchor ? 'after' : 'last',
        css: CSS,
        isolateEvents: true,
        onMount(container) {
          const button = document.createElement('button');
          button.type = 'button';
          const dot = document.createElement('span');
          dot.className = 'dot';
          dot.setAttribute('aria-hidden', 'true');
          const label = document.createElement('span');
          label.className = 'label';
          button.append(dot, label);
          const hint = document.createElement('span');
          hint.className = 'hint';
          hint.setAttribute('role', 'status');
          button.addEventListener('click', async () => {
            const reply = await onOpen().catch(() => ({ opened: false, hint: undefined }));
            hint.textContent = reply.opened ? '' : (reply.hint ?? '');
          });
          container.append(button, hint);
          return { button, hint };
        },
      });
      ui.mount();
    }
    render(summary);
  };
  // One draw at a time: two quick re-reads must not mount two badges.
  let queue = Promise.resolve();

  return {
    show(summary, anchor) {
      queue = queue.then(() => draw(summary, anchor)).catch(() => {
        // The page removed our anchor mid-draw; the next read draws again.
      });
      return queue;
    },
    hide() {
      queue = queue.then(() => {
        ui?.remove();
        ui = undefined;
        mountedAt = null;
      });
    },
  };
}
