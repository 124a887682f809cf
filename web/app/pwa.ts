import { signal } from '@preact/signals';

/** The browser's install prompt event (Chrome and Edge on Android); other browsers install from their menu. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED = 'rapi:install-dismissed';

/**
 * The page as an installed app: its service worker (offline, share target), whether a new version took over,
 * whether the phone is online, and the install prompt. Signals, read by the frame's notes.
 */
export function createPwaModel(win: Window = window) {
  const updateReady = signal(false);
  const online = signal(win.navigator.onLine !== false);
  const installPrompt = signal<InstallPromptEvent | null>(null);
  const standalone = win.matchMedia?.('(display-mode: standalone)').matches ?? false;
  const dismissed = signal(readDismissed(win));

  win.addEventListener('online', () => (online.value = true));
  win.addEventListener('offline', () => (online.value = false));
  win.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // shown as Rapi's own card, in the seller's language, instead of the browser's mini-bar
    installPrompt.value = event as InstallPromptEvent;
  });
  win.addEventListener('appinstalled', () => (installPrompt.value = null));

  return {
    updateReady,
    online,
    installPrompt,
    standalone,
    dismissed,
    /** Registers the service worker once the page has shown itself (it must not slow the first screen). */
    async register(): Promise<ServiceWorkerRegistration | null> {
      const workers = win.navigator.serviceWorker;
      if (!workers) return null;
      const hadController = !!workers.controller;
      workers.addEventListener('controllerchange', () => {
        // The first install takes control too; only a replaced worker means a new version.
        if (hadController) updateReady.value = true;
      });
      try {
        return await workers.register('./sw.js', { scope: './' });
      } catch {
        return null; // no offline use (private mode, an old browser): the page still works while online
      }
    },
    async install() {
      const event = installPrompt.peek();
      if (!event) return;
      await event.prompt();
      await event.userChoice.catch(() => undefined);
      installPrompt.value = null;
    },
    dismissInstall() {
      dismissed.value = true;
      try {
        win.localStorage.setItem(DISMISSED, '1');
      } catch {
        // shown again next visit
      }
    },
  };
}

function readDismissed(win: Window): boolean {
  try {
    return win.localStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

export type PwaModel = ReturnType<typeof createPwaModel>;
