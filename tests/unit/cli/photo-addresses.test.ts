import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../../cli/photo-network';
import { checkPhotos } from '../../../cli/photos';

/**
 * `rapi check` reads the photos a listing file names. That file comes from anyone, so it must not make Rapi read
 * the trainer's computer or local network (issue 14): addresses here, in any spelling, names that resolve here and
 * redirects that lead here are refused without connecting; local files are read only in the listing's folder; and a
 * missing file reads the same as a file that is no photo.
 */
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/photos');
let server: Server;
let port: number;
let hits: string[];
let root: string;
let room: string;
let outside: string;

beforeAll(async () => {
  const clean = await readFile(path.join(fixtures, 'product-clean.jpg'));
  hits = [];
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const to = (location: string) => res.writeHead(302, { location }).end();
    if (req.url === '/ok.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(clean);
    if (req.url === '/to-loopback-v6') return to(`http://[::1]:${port}/ok.jpg`);
    if (req.url === '/to-metadata') return to('http://169.254.169.254/latest/meta-data/');
    if (req.url === '/to-numeric') return to(`http://2130706434:${port}/ok.jpg`);
    if (req.url === '/to-private') return to('http://192.168.1.1/foto.jpg');
    if (req.url === '/to-file') return to('file:///etc/passwd');
    if (req.url === '/to-same-host') return to('/ok.jpg');
    if (req.url === '/loop') return to('/loop');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  root = await mkdtemp(path.join(os.tmpdir(), 'rapi-addresses-'));
  room = path.join(root, 'kelas');
  outside = path.join(root, 'pribadi');
  await mkdir(room);
  await mkdir(outside);
  await copyFile(path.join(fixtures, 'product-clean.jpg'), path.join(room, 'sampul.jpg'));
  await copyFile(path.join(fixtures, 'product-clean.jpg'), path.join(outside, 'rahasia.jpg'));
  await symlink(path.join(outside, 'rahasia.jpg'), path.join(room, 'tautan.jpg'));
  await writeFile(path.join(room, 'catatan.txt'), 'bukan foto');
  await writeFile(path.join(room, 'kosong.jpg'), '');
  await mkdir(path.join(room, 'folder.jpg'));
}, 30_000);

afterAll(async () => {
  server?.close();
  await rm(root, { recursive: true, force: true });
});

const refusedHere = /^Rapi tidak membuka alamat di komputer ini atau di jaringan lokal: /;

describe('photo addresses in rapi check', () => {
  it('refuses this computer and the local network in every spelling, without connecting', async () => {
    const srcs = [
      `http://127.0.0.1:${port}/ok.jpg`,
      `http://localhost:${port}/ok.jpg`,
      `http://2130706433:${port}/ok.jpg`,
      `http://0x7f.1:${port}/ok.jpg`,
      `http://017700000001:${port}/ok.jpg`,
      `http://[::1]:${port}/ok.jpg`,
      `http://[::ffff:127.0.0.1]:${port}/ok.jpg`,
      `http://0.0.0.0:${port}/ok.jpg`,
      'http://10.0.0.7/foto.jpg',
      'http://172.16.5.4/foto.jpg',
      'http://192.168.1.1/foto.jpg',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/foto.jpg',
      'http://[fd12:3456::1]/foto.jpg',
    ];
    const { photos } = await checkPhotos(srcs, { profile: 'shopee', baseDir: room, limits: { fetchTimeoutMs: 1500 } });
    for (const photo of photos) {
      expect(photo.checked, photo.src).toBe(false);
      expect(photo.error?.id, photo.src).toMatch(refusedHere);
      expect(photo.error?.en, photo.src).toMatch(/^Rapi does not open addresses on this computer or the local network/);
    }
    expect(hits).toEqual([]);
  }, 30_000);

  it('refuses a name that resolves to a private address, even when it also resolves to a public one', async () => {
    const names: Record<string, Array<{ address: string; family: number }>> = {
      'foto.toko.test': [
        { address: '203.0.113.9', family: 4 },
        { address: '10.0.0.5', family: 4 },
      ],
      'cdn.toko.test': [{ address: '::ffff:192.168.0.1', family: 6 }],
    };
    const lookup = ((hostname: string, _options: unknown, callback: (e: Error | null, a: unknown) => void) =>
      names[hostname] ? callback(null, names[hostname]) : callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), [])) as never;
    const { photos } = await checkPhotos(['http://foto.toko.test/a.jpg', 'https://cdn.toko.test/b.jpg'], {
      profile: 'shopee',
      baseDir: room,
      network: { lookup },
    });
    for (const photo of photos) expect(photo.error?.id, photo.src).toMatch(refusedHere);
  });

  it('checks every redirect again, and follows only redirects that stay public', async () => {
    const base = `http://127.0.0.1:${port}`;
    // The stand-in photo host itself is let through; nothing else local is.
    const options = { profile: 'shopee' as const, baseDir: room, network: { allowAddresses: ['127.0.0.1'] }, limits: { fetchTimeoutMs: 1500 } };
    const { photos } = await checkPhotos(
      ['/to-loopback-v6', '/to-metadata', '/to-numeric', '/to-private', '/to-file', '/loop', '/to-same-host'].map((p) => base + p),
      options,
    );
    const [v6, metadata, numeric, lan, file, loop, same] = photos;
    for (const photo of [v6, metadata, numeric, lan]) expect(photo!.error?.id, photo!.src).toMatch(refusedHere);
    expect(file!.error?.en).toMatch(/^Unsupported photo address: file:\/\/\/etc\/passwd/);
    expect(loop!.error?.en).toMatch(/keeps redirecting elsewhere \(over 5 times\)/);
    expect(same!.checked).toBe(true);
    // The refused hops were never asked for.
    expect(hits.filter((h) => h === '/ok.jpg')).toHaveLength(1);
  }, 30_000);

  it('reads local photos only inside the listing’s folder, or a folder the trainer allowed', async () => {
    const srcs = [
      'sampul.jpg',
      '../pribadi/rahasia.jpg',
      path.join(outside, 'rahasia.jpg'),
      pathToFileURL(path.join(outside, 'rahasia.jpg')).href,
      'tautan.jpg',
    ];
    const { photos } = await checkPhotos(srcs, { profile: 'shopee', baseDir: room });
    expect(photos[0]!.checked).toBe(true);
    for (const photo of photos.slice(1)) {
      expect(photo.checked, photo.src).toBe(false);
      expect(photo.error?.id, photo.src).toMatch(/^Foto di luar folder listing tidak dibaca: /);
      expect(photo.error?.en, photo.src).toMatch(/--allow-local-photos DIR/);
    }
    const allowed = await checkPhotos(srcs, { profile: 'shopee', baseDir: room, allowLocalPhotos: [outside] });
    expect(allowed.photos.map((p) => p.checked)).toEqual([true, true, true, true, true]);
  });

  it('says the same for a missing file, a folder, an empty file and a file that is no photo', async () => {
    const srcs = ['hilang.jpg', 'folder.jpg', 'kosong.jpg', 'catatan.txt', '/etc/passwd', '/etc/nothing-here'];
    const { photos } = await checkPhotos(srcs, { profile: 'shopee', baseDir: room, allowLocalPhotos: ['/etc'] });
    photos.forEach((photo, i) => {
      const file = path.resolve(room, srcs[i]!);
      expect(photo.error, srcs[i]).toEqual({
        id: `Tidak ada foto JPG, PNG, WEBP, atau GIF di ${file}. Periksa nama dan letak filenya.`,
        en: `There is no JPG, PNG, WEBP or GIF photo at ${file}. Check the file's name and place.`,
      });
      // Nothing else is told about the file either: not its size, not its type.
      expect(photo.photo, srcs[i]).toEqual({ src: srcs[i] });
    });
  });
});

describe('which addresses are this computer or the local network', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.31.255.255', true],
    ['192.168.0.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['::1', true],
    ['::', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:a00:1', true],
    ['::127.0.0.1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['fc00::1', true],
    ['ff02::1', true],
    ['64:ff9b::7f00:1', true],
    ['2002:c0a8:101::1', true],
    ['not-an-address', true],
    ['203.0.113.9', false],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['::ffff:8.8.8.8', false],
    ['2001:4860:4860::8888', false],
    ['64:ff9b::808:808', false],
  ])('%s → %s', (address, local) => {
    expect(isNonPublicAddress(address)).toBe(local);
  });
});
