/**
 * The XSS corpus (tests/fixtures/feeds/xss-payloads.json, 150 payloads) in real Chromium, through demo/tests/xss.html:
 * every payload in every text and URL field of an item, in the feed title, curator name and URL, and in every
 * widget attribute. Each payload would call __pwn(n) or alert(n) if it ever ran.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';
import { startRig, type WidgetRig } from './widget-helpers';

const payloads = (JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/feeds/xss-payloads.json'), 'utf8')) as { payloads: string[] }).payloads;

describe('widget: the XSS corpus executes nothing', () => {
  let rig: WidgetRig;
  let page: Page;
  const dialogs: string[] = [];
  const requests: { url: string; type: string }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rig = await startRig();
    page = await rig.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __pwned: number[]; __pwn(n: number): void };
      w.__pwned = [];
      w.__pwn = (n) => w.__pwned.push(n);
    });
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${rig.server.origin}/tests/xss.html`);
    await page.waitForFunction(() => document.getElementById('xss-status')?.textContent?.includes('payload dimuat'), null, { timeout: 30_000 });
    // Every widget settles: cards, or a message.
    await page.waitForFunction(
      () => [...document.querySelectorAll('rapi-etalase')].every((w) => w.shadowRoot?.querySelector('.card, div.notice:not([hidden]), .empty:not([hidden])')),
      null,
      { timeout: 30_000 },
    );
    // Scroll the whole page so every lazy photo loads (or fails) and any handler would have had its chance.
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y < height; y += 2500) await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(1000);
  }, 120_000);
  afterAll(async () => rig?.close());

  it('uses the whole corpus of at least 100 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
  });

  it('control: the detector works (the same payloads put through innerHTML do run)', async () => {
    const control = await rig.browser.newPage();
    let controlDialogs = 0;
    control.on('dialog', async (d) => {
      controlDialogs++;
      await d.dismiss();
    });
    await control.goto(`${rig.server.origin}/demo.css`);
    const ran = await control.evaluate(async (list) => {
      const w = window as unknown as { __pwned: number[]; __pwn(n: number): void };
      w.__pwned = [];
      w.__pwn = (n) => w.__pwned.push(n);
      const div = document.createElement('div');
      document.body.append(div);
      div.innerHTML = list.join('');
      await new Promise((r) => setTimeout(r, 500));
      return w.__pwned.length;
    }, payloads);
    expect(ran + controlDialogs).toBeGreaterThan(5);
    await control.close();
  });

  it('no payload ran: no __pwn call, no dialog, no error, no extra frame', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned: number[] }).__pwned)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(page.frames()).toHaveLength(1);
  });

  it('every payload in a text field is shown as the same text, not as markup', async () => {
    const names = await page.locator('#xss-items .card .name').allTextContents();
    const blurbs = await page.locator('#xss-items .card .blurb').allTextContents();
    for (const p of payloads) {
      expect(names, p).toContain(p);
      expect(blurbs, p).toContain(p);
    }
    const titles = await page.locator('[data-case^="title-"] .heading').allTextContents();
    expect(titles).toEqual(payloads);
    // Nothing that could run or load arrived in any shadow root.
    const dangerous = await page.evaluate(() =>
      [...document.querySelectorAll('rapi-etalase')].flatMap((w) =>
        [
          ...w.shadowRoot!.querySelectorAll(
            'script, iframe, object, embed, svg, math, style, link, meta, form, video, audio, details:not([class="other"]), template, [onerror], [onload], [onclick], [onfocus], [ontoggle], [srcdoc]',
          ),
          // The widget's own "Beli di…" menu is a <details class="other"> with no other attribute.
          ...[...w.shadowRoot!.querySelectorAll('details')].filter((d) => d.attributes.length !== 1),
        ].map((el) => el.outerHTML.slice(0, 80)),
      ),
    );
    expect(dangerous).toEqual([]);
  });

  it('every link is https and every photo https or this page own origin', async () => {
    const { hrefs, srcs } = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('rapi-etalase')];
      return {
        hrefs: hosts.flatMap((w) => [...w.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')),
        srcs: hosts.flatMap((w) => [...w.shadowRoot!.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '')),
      };
    });
    expect(hrefs.length).toBeGreaterThan(payloads.length * 4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/[^\s"<>]+$/);
    for (const src of srcs) expect(src.startsWith('https://') || src.startsWith(`${rig.server.origin}/`), src).toBe(true);
  });

  it('items with a payload in a URL field are skipped and reported, not shown', async () => {
    const shown = await page.locator('#xss-items .card').count();
    // 150 text items always show; of the 900 URL items only those whose payload is a real https URL on the right host can.
    expect(shown).toBeGreaterThanOrEqual(payloads.length);
    expect(shown).toBeLessThan(payloads.length * 2);
  });

  it('the only requests that leave the page are images and the feed URLs the page itself set (blocked by DNS here)', async () => {
    // A `feed` attribute is written by the page's author, so fetching it is right; nothing else may be fetched.
    const feedAttributes = new Set(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-case^="feed-attr-"]')].flatMap((w) => {
          try {
            const url = new URL(w.getAttribute('feed')!.trim(), document.baseURI);
            url.hash = ''; // never sent
            return [url.href];
          } catch {
            return [];
          }
        }),
      ),
    );
    const outside = requests.filter((r) => !r.url.startsWith(rig.server.origin));
    expect(outside.length).toBeGreaterThan(0);
    for (const r of outside) {
      if (r.type === 'fetch') expect(feedAttributes, r.url).toContain(r.url);
      else expect(['image'], `${r.type} ${r.url}`).toContain(r.type);
    }
    const local = requests.filter((r) => r.url.startsWith(rig.server.origin));
    for (const r of local) expect(['document', 'script', 'stylesheet', 'fetch', 'image'], r.url).toContain(r.type);
  });

  it('typing payloads into search runs nothing either', async () => {
    const search = page.locator('#xss-items .search');
    for (const p of payloads.slice(0, 30)) await search.fill(p);
    await search.fill('');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number[] }).__pwned)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
