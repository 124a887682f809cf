import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildEmbed, EmbedError, type EmbedScripts } from '../../../shared/embed';
import { inlineScript } from '../../../shared/embed/html';
import { parseFeedText } from '../../../shared/feed/parse';
import type { ShowcaseFeed } from '../../../shared/feed/schema';
import { fixtureText } from '../showcase/helpers';

function kedaiFeed(): ShowcaseFeed {
  const parsed = parseFeedText(fixtureText('showcase/kedai-kuru.json'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.feed;
}

/** Stand-ins for the built files: only where they land is checked here (the e2e tests run the real ones). */
const scripts: EmbedScripts = { widget: 'window.widgetRan = 1;', page: 'window.pageRan = 1;' };

/** The HTML as a browser parses it (happy-dom runs no scripts from innerHTML or write). */
function parse(html: string) {
  const window = new Window({ url: 'https://kedaikuru.id/' });
  window.document.write(html);
  return window.document;
}

const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>';

describe('the standalone page', () => {
  it('has the café name, an intro, the widget with QR codes and every product, and both scripts inside', () => {
    const feed = kedaiFeed();
    const doc = parse(buildEmbed(feed, { form: 'page', scripts }));
    expect(doc.documentElement.getAttribute('lang')).toBe('id');
    expect(doc.title).toBe('Kedai Kopi Kuru · Produk lokal pilihan Kedai Kopi Kuru');
    expect(doc.querySelector('h1')!.textContent).toBe('Kedai Kopi Kuru');
    expect(doc.querySelector('header p')!.textContent).toContain('Pindai untuk beli');
    const widget = doc.querySelector('rapi-etalase')!;
    expect(widget.hasAttribute('qr')).toBe(true);
    expect(Number(widget.getAttribute('max'))).toBeGreaterThanOrEqual(feed.items.length);
    const back = parseFeedText(widget.querySelector(':scope > script[type="application/json"]')!.textContent ?? '');
    expect(back.ok && back.feed).toEqual(feed);
    const code = [...doc.querySelectorAll('script:not([type])')].map((s) => s.textContent);
    expect(code).toEqual([scripts.widget, scripts.page]);
    expect(doc.querySelectorAll('script[src], link[href], img[src]').length).toBe(0);
    expect(doc.querySelector('footer')!.textContent).toBe('Diperbarui 20 Nov 2026 · Dibuat dengan Rapi');
  });

  it('in English, with the curator own intro', () => {
    const doc = parse(buildEmbed(kedaiFeed(), { form: 'page', scripts, lang: 'en', intro: 'Our favourite local goods.' }));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('rapi-etalase')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('header p')!.textContent).toBe('Our favourite local goods.');
    expect(doc.querySelector('footer')!.textContent).toBe('Updated 20 Nov 2026 · Made with Rapi');
  });

  it('keeps hostile feed text as text, and the feed whole', () => {
    const feed = kedaiFeed();
    const hostile: ShowcaseFeed = { ...feed, title: HOSTILE, curator: { name: HOSTILE }, items: feed.items.map((i) => ({ ...i, name: `${i.name} ${HOSTILE}` })) };
    for (const html of [buildEmbed(hostile, { form: 'page', scripts, intro: HOSTILE }), buildEmbed(hostile, { form: 'block', scripts })]) {
      const doc = parse(html);
      expect(doc.querySelectorAll('img').length).toBe(0);
      expect(doc.querySelectorAll('script:not([type])').length).toBe(html.startsWith('<!doctype') ? 2 : 1);
      const back = parseFeedText(doc.querySelector('rapi-etalase > script')!.textContent ?? '');
      expect(back.ok && back.feed).toEqual(hostile);
    }
    const doc = parse(buildEmbed(hostile, { form: 'page', scripts, intro: HOSTILE }));
    expect(doc.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect(doc.querySelector('header p')!.textContent).toBe(HOSTILE);
  });
});

describe('the one-block snippet', () => {
  it('is the element with the feed inside, then the widget script: one block, no other file', () => {
    const feed = kedaiFeed();
    const snippet = buildEmbed(feed, { form: 'block', scripts });
    const window = new Window({ url: 'https://blog.example/' });
    window.document.body.innerHTML = snippet;
    const body = window.document.body;
    expect([...body.children].map((c) => c.tagName.toLowerCase())).toEqual(['rapi-etalase', 'script']);
    expect(body.querySelector(':scope > script')!.textContent).toBe(scripts.widget);
    expect(body.querySelectorAll('[src], [href^="/"], link').length).toBe(0);
    const back = parseFeedText(body.querySelector('rapi-etalase > script')!.textContent ?? '');
    expect(back.ok && back.feed).toEqual(feed);
    // The feed is one line: editors that turn line breaks into <br> or <p> (WordPress's classic editor) have none.
    expect(body.querySelector('rapi-etalase > script')!.textContent!.trim().split('\n')).toHaveLength(1);
    // Plain links for visitors without JavaScript.
    expect(body.querySelectorAll('rapi-etalase > a').length).toBeGreaterThan(0);
    expect(buildEmbed(feed, { form: 'block', scripts, lang: 'en' })).toContain('<rapi-etalase lang="en">');
  });

  it('the hosted form is unchanged: a script address and the feed inside the tag or at an address', () => {
    const feed = kedaiFeed();
    expect(buildEmbed(feed, { form: 'hosted', mode: 'hosted', feedUrl: 'https://kedaikuru.id/etalase.json' })).toContain(
      '<rapi-etalase feed="https://kedaikuru.id/etalase.json">',
    );
    expect(buildEmbed(feed, { form: 'hosted', mode: 'inline' }).split('\n')[0]).toBe('<script src="https://situs-anda.id/rapi-etalase.js" defer></script>');
  });

  it('refuses to inline a script the HTML parser would cut short', () => {
    for (const js of ['var a = "</script>";', 'x = 1 <!-- 2', 'y = "<SCRIPT>"']) {
      expect(() => inlineScript(js), js).toThrow(EmbedError);
    }
    expect(inlineScript('  a < b && c > d  ')).toBe('<script>a < b && c > d</script>');
  });
});
