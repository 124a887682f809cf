/**
 * A drawing of a browser toolbar: the address bar, the Extensions (puzzle) button, and the Rapi button pinned next
 * to it. Sellers look for a picture faster than they read "puzzle-piece icon". Decorative shapes only; the
 * description is the figure's caption.
 */
export function ToolbarPicture({ caption }: { caption: string }) {
  return (
    <figure class="toolbar-picture">
      <svg viewBox="0 0 360 64" width="360" height="64" aria-hidden="true">
        <rect x="1" y="1" width="358" height="62" rx="10" fill="#f3f4f6" stroke="#9ca3af" />
        <rect x="14" y="16" width="228" height="32" rx="16" fill="#ffffff" stroke="#9ca3af" />
        <text x="32" y="37" font-size="13" fill="#4b5563" font-family="system-ui, sans-serif">tokopedia.com/…</text>
        {/* The Extensions button: a puzzle piece, circled. */}
        <circle cx="276" cy="32" r="19" fill="none" stroke="#1d4ed8" stroke-width="3" />
        <path
          d="M267 26 h5 a4 4 0 1 1 8 0 h5 v5 a4 4 0 1 1 0 8 v5 h-18 z"
          fill="#374151"
        />
        {/* The Rapi button, pinned. */}
        <rect x="314" y="18" width="28" height="28" rx="7" fill="#1d4ed8" />
        <path d="M320 33 l5 5 l11 -12" fill="none" stroke="#ffffff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
