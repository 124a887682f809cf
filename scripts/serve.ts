/**
 * A tiny static file server for the widget demo, the phone page and their e2e tests, with no dependency.
 *   npx tsx scripts/serve.ts [port]      (or PORT=…; default 8080)
 * Serves demo/ at /, the built widget (.output/widget) at /widget/, Rapi di HP (.output/web) at /hp/ and the test
 * feeds (tests/fixtures/feeds, for the XSS page) at /fixtures/. Response headers per path come from
 * demo/_headers (Netlify's format: a path line, then indented "Name: value" lines), which is how the strict-CSP
 * demo page gets its Content-Security-Policy.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DEMO_DIR = path.join(ROOT, 'demo');
export const WIDGET_DIR = path.join(ROOT, '.output/widget');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/feeds');
export const WEB_DIR = path.join(ROOT, '.output/web');
/** Where the phone page is served: a folder, as on any static host (the page uses relative addresses only). */
export const WEB_PATH = '/hp/';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;

export type HeaderRules = { path: string; headers: Record<string, string> }[];

/** Parses a Netlify-style _headers file. A path ending in * matches everything under it. */
export function parseHeaderRules(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function headersFor(rules: HeaderRules, urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*') ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path;
    if (match) Object.assign(out, rule.headers);
  }
  return out;
}

/** The file for a URL path, or undefined when it would leave the served folders. */
function resolveFile(urlPath: string, dirs: Record<string, string>): string | undefined {
  const prefix = Object.keys(dirs).find((p) => p !== '/' && urlPath.startsWith(p)) ?? '/';
  const base = dirs[prefix]!;
  const rest = urlPath.slice(prefix.length);
  const file = path.resolve(base, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
  return file === base || file.startsWith(base + path.sep) ? file : undefined;
}

export interface ServeOptions {
  port?: number;
  host?: string;
  demoDir?: string;
  widgetDir?: string;
  webDir?: string;
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:8080 */
  origin: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const demoDir = options.demoDir ?? DEMO_DIR;
  const widgetDir = options.widgetDir ?? WIDGET_DIR;
  const webDir = options.webDir ?? WEB_DIR;
  const host = options.host ?? '127.0.0.1';
  const headersFile = path.join(demoDir, '_headers');

  const server = createServer(async (req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
    if (urlPath === WEB_PATH.slice(0, -1)) {
      res.writeHead(301, { Location: WEB_PATH }).end();
      return;
    }
    const file = resolveFile(urlPath, { '/': demoDir, '/widget/': widgetDir, [WEB_PATH]: webDir, '/fixtures/': FIXTURES_DIR });
    const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ...headersFor(rules, urlPath) };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    try {
      if (!file || path.basename(file) === '_headers' || !(await stat(file)).isFile()) throw new Error('not found');
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      // Text is sent gzipped when the browser asks, as every static host does (so benches see real sizes).
      const zip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = zip ? gzipSync(await readFile(file)) : await readFile(file);
      res.writeHead(200, {
        ...common,
        'Content-Type': type,
        'Content-Length': body.length,
        ...(zip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const missingWidget = urlPath.startsWith('/widget/') && !existsSync(widgetDir);
      const missingWeb = urlPath.startsWith(WEB_PATH) && !existsSync(webDir);
      res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(
        missingWidget
          ? 'Widget belum dibangun: jalankan "npm run build:widget". / The widget is not built: run "npm run build:widget".\n'
          : missingWeb
            ? 'Rapi di HP belum dibangun: jalankan "npm run build:web". / The phone page is not built: run "npm run build:web".\n'
            : 'Tidak ditemukan / Not found\n',
      );
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const running = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  if (!existsSync(path.join(WIDGET_DIR, 'rapi-etalase.js'))) {
    console.warn('Widget belum dibangun: jalankan "npm run build:widget". / The widget is not built: run "npm run build:widget".');
  }
  console.log(`Demo etalase: ${running.origin}/  (test pages: tests/hostile.html, tests/strict-csp.html, tests/many.html, tests/xss.html)`);
  console.log(`Rapi di HP / on the phone: ${running.origin}${WEB_PATH}`);
}
