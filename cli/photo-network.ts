import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { PhotoProblem, PROBLEMS } from '../shared/photos/problems';

/**
 * Photo downloads for `rapi check`. A listing file comes from anyone (a seller's spreadsheet, a page saved from the
 * web), so its photo addresses must not make Rapi read the trainer's own computer or local network (a router's
 * admin page, a printer, a cloud metadata address) behind their back. Every hop is checked: the address as written
 * (including numeric forms such as 2130706433 or 0x7f.1, which the URL parser turns into 127.0.0.1), the addresses
 * a name resolves to (checked at connection time, so a name cannot resolve to a public address for the check and a
 * private one for the connection), and every redirect, which is followed here by hand.
 */

/** Addresses that are not on the public internet (IANA special-purpose registries). */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated): [::127.0.0.1]
  ['100::', 64], // discard
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address carried inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, which routes to it. */
function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (!groups) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return undefined;
}

function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** True for loopback, private, link-local and other addresses that are not on the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return NOT_PUBLIC.check(bare, 'ipv4');
  if (family !== 6) return true; // not an address at all: never connect to it
  if (NOT_PUBLIC.check(bare, 'ipv6')) return true; // also matches IPv4-mapped forms of the IPv4 rules
  const inner = embeddedIpv4(bare);
  return inner !== undefined && NOT_PUBLIC.check(inner, 'ipv4');
}

export interface NetworkOptions {
  /** Name resolution; dns.lookup unless a test stands in for it. */
  lookup?: typeof dnsLookup;
  /**
   * Addresses let through although not public: only for tests, whose stand-in photo host listens on 127.0.0.1.
   * Not reachable from the command line.
   */
  allowAddresses?: readonly string[];
}

export const MAX_REDIRECTS = 5;

class RefusedAddress extends Error {}

/**
 * A fetch for photo addresses that refuses local and private addresses on every hop (see above). It answers a
 * plain Response, or throws a PhotoProblem saying why an address was refused.
 */
export function publicPhotoFetch(options: NetworkOptions = {}): typeof fetch {
  const allowed = new Set(options.allowAddresses ?? []);
  const refused = (address: string) => isNonPublicAddress(address) && !allowed.has(address.replace(/^\[|\]$/g, ''));
  const resolve = options.lookup ?? dnsLookup;
  // Called by the connection itself, so the address checked is the address connected to.
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      if (addresses.length === 0 || addresses.some((a) => refused(a.address))) {
        return callback(new RefusedAddress(hostname), '', 4);
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

  return (async (input: string | URL | Request, init?: RequestInit) => {
    const first = String(input instanceof Request ? input.url : input);
    let url = new URL(first);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PhotoProblem(PROBLEMS.unsupportedAddressHere(url.href));
      // An address written as numbers never goes through name resolution: check it here.
      if (isIP(url.hostname.replace(/^\[|\]$/g, '')) && refused(url.hostname)) throw new PhotoProblem(PROBLEMS.privateAddress(url.href));
      const response = await request(url, guardedLookup, init).catch((error: unknown) => {
        if (error instanceof RefusedAddress || (error as { cause?: unknown }).cause instanceof RefusedAddress) {
          throw new PhotoProblem(PROBLEMS.privateAddress(url.href));
        }
        throw error;
      });
      const location = response.statusCode && response.statusCode >= 300 && response.statusCode < 400 ? response.headers.location : undefined;
      if (!location) return toResponse(response);
      response.destroy();
      if (hop >= MAX_REDIRECTS) throw new PhotoProblem(PROBLEMS.tooManyRedirects(first, MAX_REDIRECTS));
      url = new URL(location, url);
    }
  }) as typeof fetch;
}

function request(url: URL, lookup: LookupFunction, init: RequestInit | undefined): Promise<http.IncomingMessage> {
  const get = url.protocol === 'https:' ? https.get : http.get;
  const headers: Record<string, string> = { accept: 'image/*' };
  new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
  return new Promise((resolve, reject) => {
    // No agent: no connection is kept or reused across hops.
    const req = get(url, { lookup, headers, agent: false, ...(init?.signal ? { signal: init.signal } : {}) }, resolve);
    req.on('error', reject);
  });
}

function toResponse(message: http.IncomingMessage): Response {
  const headers = new Headers();
  for (const [key, value] of Object.entries(message.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(key, one);
  }
  const status = message.statusCode ?? 502;
  const empty = status === 204 || status === 205 || status === 304;
  if (empty) message.resume();
  const body = empty ? null : (Readable.toWeb(message) as ReadableStream<Uint8Array>);
  return new Response(body, { status: status < 200 || status > 599 ? 502 : status, headers });
}
