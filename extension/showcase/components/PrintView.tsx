import { useEffect, useState } from 'preact/hooks';
import { formatRupiah } from '../../../shared/feed/format';
import type { ShowcaseFeed, ShowcaseItem } from '../../../shared/feed/schema';
import { safeHttpsHref } from '../../../shared/feed/urls';
import { BADGE_NAMES } from '../../../shared/feed/badge-names';
import { SHOWCASE_COPY as C } from '../copy';
import type { PrintLayout } from '../models/route';
import { qrLinkFor, type QrPreference } from '../../../shared/embed/qr-link';
import { useShowcasePage, useText } from '../page-context';
import { LanguagePicker } from '../../../shared/ui/LanguagePicker';
import { QrCode } from './QrCode';

const PER_PAGE: Record<Exclude<PrintLayout, 'poster'>, number> = { cards4: 4, cards8: 8 };
/** A poster holds this many products; their QR codes stay big enough (about 3 cm) for a phone at arm's length. */
export const POSTER_MAX = 12;

/** A4 pages (print.css: @page A4): table cards 4 or 8 to a page with cut lines, or a one-page poster. */
export function PrintView() {
  const zoom = useSheetZoom();
  const { model } = useShowcasePage();
  const t = useText();
  const route = model.route.value;
  const built = model.built.value;
  if (route.view !== 'print') return null;
  const toolbar = (
    <div class="print-toolbar no-print">
      <a href={`#/s/${encodeURIComponent(route.id)}`} onClick={(e) => (e.preventDefault(), model.go({ view: 'showcase', id: route.id }))}>
        ← {t(C.back)}
      </a>
      <button type="button" onClick={() => window.print()}>
        {t(C.printNow)}
      </button>
      <span class="hint">{t(C.printTip)}</span>
      <LanguagePicker legend={t(C.language)} className="no-print" />
    </div>
  );
  if (model.current.value === null) {
    return (
      <main>
        {toolbar}
        <p class="alert" role="alert">
          {t(C.notFound)}
        </p>
      </main>
    );
  }
  if (!built) return toolbar;
  const { feed } = built;
  return (
    <div class={`print-root ${route.layout}`} data-testid="print-view" data-layout={route.layout} style={{ '--sheet-zoom': String(zoom) }}>
      {toolbar}
      {route.layout === 'poster' ? (
        <Poster feed={feed} qr={route.qr} />
      ) : (
        pages(feed.items, PER_PAGE[route.layout]).map((page, i) => (
          <section class={`sheet ${route.layout}`} key={i} aria-label={`${i + 1}`}>
            {page.map((item) => (
              <Card key={item.id} item={item} feed={feed} qr={route.qr} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}

/** An A4 sheet is 210 mm, about 794 CSS pixels, wide. */
const SHEET_PX = (210 * 96) / 25.4;

/** On a screen narrower than a sheet (a phone), each sheet is shown whole, scaled down; print stays 1:1 (print.css). */
function useSheetZoom(): number {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const fit = () => setZoom(Math.min(1, (document.documentElement.clientWidth - 16) / SHEET_PX));
    fit();
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  }, []);
  return zoom;
}

function pages<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * The photo over the product's initial, as the widget draws it: a missing, broken or not-yet-loaded photo prints
 * as the letter, never as an empty or striped box.
 */
function Photo({ item }: { item: ShowcaseItem }) {
  const [broken, setBroken] = useState(false);
  const src = item.photo ? safeHttpsHref(item.photo.src) : undefined;
  return (
    <div class="photo">
      <span class="initial" aria-hidden="true">
        {Array.from(item.name)[0]}
      </span>
      {src && !broken && <img src={src} alt={item.photo?.alt ?? item.name} referrerpolicy="no-referrer" onError={() => setBroken(true)} />}
    </div>
  );
}

/** Whose table card this is: the café's (the curator's) name, else the showcase's title. */
function ownerOf(feed: ShowcaseFeed): string {
  return feed.curator?.name ?? feed.title;
}

function Card({ item, feed, qr }: { item: ShowcaseItem; feed: ShowcaseFeed; qr: QrPreference }) {
  const t = useText();
  const link = qrLinkFor(item, feed, qr);
  return (
    <article class="card" data-testid="print-card" data-item-id={item.id}>
      <Photo item={item} />
      <div class="text">
        <p class="owner">{ownerOf(feed)}</p>
        <h2 class="name">{item.name}</h2>
        {item.price && (
          <p class="price">
            {formatRupiah(item.price.idr)}
            {item.price.note && <span class="note"> {item.price.note}</span>}
          </p>
        )}
        {item.seller && <p class="seller">{[item.seller.name, item.seller.district, item.seller.city].filter(Boolean).join(' · ')}</p>}
        {item.badges?.length ? <p class="badges">{item.badges.map((b) => t(BADGE_NAMES[b])).join(' · ')}</p> : null}
      </div>
      <div class="scan">
        {link ? (
          <>
            <QrCode href={link.href} label={t(C.scanTo[link.kind])} />
            <p class="scan-label">{t(C.scanTo[link.kind])}</p>
          </>
        ) : (
          <p class="scan-label">{t(C.noQr)}</p>
        )}
      </div>
    </article>
  );
}

function Poster({ feed, qr }: { feed: ShowcaseFeed; qr: QrPreference }) {
  const t = useText();
  const shown = feed.items.slice(0, POSTER_MAX);
  const more = feed.items.length - shown.length;
  return (
    <section class="sheet poster" aria-label={feed.title}>
      <header class="poster-head">
        <h1>{feed.title}</h1>
        {feed.curator && (
          <p>
            {t(C.curatedBy)} {feed.curator.name}
          </p>
        )}
        <p class="poster-scan">{t(C.posterScan)}</p>
      </header>
      <div class={`poster-grid n${Math.min(shown.length, POSTER_MAX)}`}>
        {shown.map((item) => {
          const link = qrLinkFor(item, feed, qr);
          return (
            <article class="poster-item" key={item.id} data-testid="print-card" data-item-id={item.id}>
              <div class="text">
                <h2 class="name">{item.name}</h2>
                {item.price && <p class="price">{formatRupiah(item.price.idr)}</p>}
                {item.seller && <p class="seller">{item.seller.name}</p>}
              </div>
              {link ? <QrCode href={link.href} label={t(C.scanTo[link.kind])} /> : <p class="scan-label">{t(C.noQr)}</p>}
            </article>
          );
        })}
      </div>
      {more > 0 && <p class="poster-more">{t(C.posterMore(more))}</p>}
    </section>
  );
}
