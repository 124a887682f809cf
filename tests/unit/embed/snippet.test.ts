import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../../shared/feed/parse';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import { PLACEHOLDER_FEED_URL, PLACEHOLDER_SCRIPT_URL, embedSnippet, isSnippetUrl } from '../../../shared/embed/snippet';
import { fixtureText } from '../showcase/helpers';

function kedaiFeed(): ShowcaseFeed {
  const parsed = parseFeedText(fixtureText('showcase/kedai-kuru.json'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.feed;
}

/** The snippet pasted into a page, as a browser parses it (happy-dom runs no scripts from innerHTML). */
function paste(snippet: string) {
  const window = new Window({ url: 'https://kedaikuru.id/' });
  window.document.body.innerHTML = snippet;
  return window.document;
}

describe('the embed snippet', () => {
  it('inline: one script tag and the feed inside the element, which parses back to the same feed', () => {
    const feed = kedaiFeed();
    const snippet = embedSnippet(feed, { mode: 'inline', scriptUrl: 'https://kedaikuru.id/js/rapi-etalase.js' });
    expect(snippet.startsWith('<script src="https://kedaikuru.id/js/rapi-etalase.js" defer></script>\n<rapi-etalase>\n  <script type="application/json">\n')).toBe(true);
    const doc = paste(snippet);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBe(2);
    expect(scripts[0]!.getAttribute('src')).toBe('https://kedaikuru.id/js/rapi-etalase.js');
    expect(scripts[0]!.hasAttribute('defer')).toBe(true);
    const element = doc.querySelector('rapi-etalase')!;
    expect(element.hasAttribute('feed')).toBe(false);
    const inline = element.querySelector(':scope > script[type="application/json"]')!;
    const back = parseFeedText(inline.textContent ?? '');
    expect(back.ok && back.feed).toEqual(feed);
  });

  it('hosted: the feed address in the feed attribute, and plain links that work without JavaScript', () => {
    const feed = kedaiFeed();
    const snippet = embedSnippet(feed, { mode: 'hosted', scriptUrl: '/rapi-etalase.js', feedUrl: 'https://kedaikuru.id/etalase.json' });
    const doc = paste(snippet);
    const element = doc.querySelector('rapi-etalase')!;
    expect(element.getAttribute('feed')).toBe('https://kedaikuru.id/etalase.json');
    expect(doc.querySelector('script')!.getAttribute('src')).toBe('/rapi-etalase.js');
    expect(element.querySelector('script')).toBeNull();
    expect([...element.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Kopi Arabika Gayo 250 gr Biji Sangrai di Shopee', 'https://shopee.co.id/Kopi-Arabika-Gayo-250-gr-Biji-Sangrai-Medium-Roast-i.358812345.24567890123'],
      ['Gula Aren Cetak Lebak 500 gr di Tokopedia', 'https://www.tokopedia.com/arenlestari/gula-aren-cetak-lebak-500-gr'],
      ['Emping Melinjo Pedas Manis 250 gr via WhatsApp', `https://wa.me/6281311112222?text=${encodeURIComponent('Halo Bu Sri, saya mau pesan emping 2 bungkus.')}`],
    ]);
  });

  it('uses the placeholders of docs/embed.md until the curator gives addresses, and refuses unsafe ones', () => {
    const feed = kedaiFeed();
    for (const bad of ['http://kedai.id/x.js', 'javascript:alert(1)', '//evil.example/x.js', 'data:text/javascript,alert(1)', 'a" onload="alert(1)', '']) {
      expect(isSnippetUrl(bad), bad).toBe(false);
      const doc = paste(embedSnippet(feed, { mode: 'hosted', scriptUrl: bad, feedUrl: bad }));
      expect(doc.querySelector('script')!.getAttribute('src')).toBe(PLACEHOLDER_SCRIPT_URL);
      expect(doc.querySelector('rapi-etalase')!.getAttribute('feed')).toBe(PLACEHOLDER_FEED_URL);
    }
    expect(isSnippetUrl('etalase.json')).toBe(true);
    expect(isSnippetUrl('https://kedaikuru.id/etalase.json?v=2')).toBe(true);
  });

  it('keeps hostile product text inside the JSON: nothing closes the script or adds an element', () => {
    const feed = kedaiFeed();
    const payload = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>';
    const hostile: ShowcaseFeed = {
      ...feed,
      title: payload,
      items: feed.items.map((item) => ({ ...item, name: `${item.name} ${payload}`, blurb: payload })),
    };
    for (const mode of ['inline', 'hosted'] as const) {
      const snippet = embedSnippet(hostile, { mode });
      const doc = paste(snippet);
      expect(doc.querySelectorAll('script').length, mode).toBe(mode === 'inline' ? 2 : 1);
      expect(doc.querySelectorAll('img').length, mode).toBe(0);
      expect(doc.querySelectorAll('rapi-etalase').length).toBe(1);
      if (mode === 'inline') {
        const back = parseFeedText(doc.querySelector('rapi-etalase > script')!.textContent ?? '');
        expect(back.ok && back.feed).toEqual(hostile);
      } else {
        expect(doc.querySelector('rapi-etalase a')!.textContent).toContain(payload);
      }
    }
  });
});
