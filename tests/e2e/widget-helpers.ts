/**
 * Shared pieces for the widget's e2e tests: the built widget must exist, the demo is served by scripts/serve.ts
 * on a free port, Chromium runs headless without the extension, and axe-core runs inside the page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve';
import { ARTIFACTS, CHROMIUM, ROOT } from './harness';

export const WIDGET_FILE = path.join(ROOT, '.output/widget/rapi-etalase.js');

export function requireWidgetBuild(): void {
  if (!existsSync(WIDGET_FILE)) {
    throw new Error(
      `No widget build at ${WIDGET_FILE}. Run "npm run build" (or "npm run build:widget") first. / Widget belum dibangun.`,
    );
  }
}

/** The harness's Chromium flags without the extension. Every host but localhost fails to resolve: nothing leaves the box. */
export const WIDGET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export interface WidgetRig {
  browser: Browser;
  server: RunningServer;
  close(): Promise<void>;
}

export async function startRig(): Promise<WidgetRig> {
  requireWidgetBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: WIDGET_CHROMIUM_ARGS });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/** Waits until the widget shows cards, a message, or "no products" (not "loading"). */
export async function waitForWidget(page: Page, selector = 'rapi-etalase'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const hosts = [...document.querySelectorAll(sel)];
      // "No products" counts only once the feed is shown: while loading, the (empty) list sits in a hidden body.
      const done = (root: ShadowRoot | null) =>
        !!root && (!!root.querySelector('.card, .notice:not([hidden])') || (!!root.querySelector('.empty:not([hidden])') && root.querySelector<HTMLElement>('.status')?.hidden === true));
      return hosts.length > 0 && hosts.every((h) => done(h.shadowRoot));
    },
    selector,
    { timeout: 20_000 },
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core in the page on one widget (its shadow tree included) and returns serious and critical violations. */
export async function seriousA11yViolations(page: Page, hostSelector: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[]; passes: { id: string }[] }> } }).axe;
    const result = await axe.run({ include: [sel] }, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
      passes: result.passes.map((p) => p.id),
    };
  }, hostSelector);
  // The check must really have looked at colours and names inside the shadow root, or it proves nothing.
  if (!violations.passes.includes('color-contrast') && !violations.violations.some((v) => v.id === 'color-contrast')) {
    throw new Error(`axe did not check color contrast in ${hostSelector}`);
  }
  return violations.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function demoFeed(): { title: string; items: { id: string; name: string; category?: string; links: Record<string, unknown> }[] } {
  return JSON.parse(readFileSync(path.join(ROOT, 'demo/etalase.json'), 'utf8'));
}
