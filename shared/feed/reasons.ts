/**
 * Why a feed or an item was refused, in Bahasa Indonesia and English. Works on zod's issues and on the
 * widget validator's issues alike (lite.ts makes the same shape), so a café admin reads the same words either
 * way. Kept short: every byte here is in the widget's 12 KB.
 */
import type { BilingualText } from '../i18n/text';
import { CHECKS } from './checks';

/** The part of a zod issue that the reasons use; lite.ts produces exactly these. */
export interface FeedIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly values?: readonly unknown[];
}

const link = (where: string): [string, string] => [
  `harus tautan https:// ${where}`,
  `must be an https:// link ${where.replace('ke', 'to')}`,
];

/** [Bahasa Indonesia, English] for each custom check in checks.ts. */
const CHECK_REASONS: Record<keyof typeof CHECKS, [string, string]> = {
  blank: ['tidak boleh kosong', 'must not be empty'],
  https: link(''),
  shopee: link('ke shopee.co.id'),
  tokopedia: link('ke tokopedia.com'),
  instagram: link('ke instagram.com'),
  photo: ['harus tautan https:// atau nama file di samping feed', 'must be an https:// link or a file name next to the feed'],
  whatsapp: ['nomor WhatsApp tidak valid (contoh: 0812-3456-7890)', 'not a valid WhatsApp number (example: 0812-3456-7890)'],
  date: ['tanggal harus seperti 2026-11-20T09:00:00+07:00', 'the date must look like 2026-11-20T09:00:00+07:00'],
};

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'text'],
  number: ['angka', 'a number'],
  int: ['bilangan bulat', 'a whole number'],
  array: ['daftar [ ]', 'a list [ ]'],
  object: ['objek { }', 'an object { }'],
};

/** A value quoted in a message: one short line. */
export function quote(value: unknown): string {
  const s = String(typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Why one value was refused: [Bahasa Indonesia, English], without the field's name. */
export function issueReason(issue: FeedIssue): [string, string] {
  const { code, input, maximum: max } = issue;
  if (input === undefined && (code === 'invalid_type' || code === 'invalid_value')) return ['wajib diisi', 'is required'];
  if (Object.hasOwn(CHECK_REASONS, issue.message)) return CHECK_REASONS[issue.message as keyof typeof CHECKS];
  if (code === 'invalid_type') {
    // An unforeseen type gets no name rather than zod's (the names come from zod's and lite.ts's own types).
    const type = TYPE_NAMES[issue.expected!];
    return type ? [`harus berupa ${type[0]}`, `must be ${type[1]}`] : ['jenis isinya salah', 'has the wrong kind of value'];
  }
  if (code === 'too_big') {
    return issue.origin === 'string'
      ? [`terlalu panjang (maks. ${max} huruf)`, `too long (max ${max} characters)`]
      : [`terlalu banyak atau besar (maks. ${max})`, `too many or too large (max ${max})`];
  }
  if (code === 'too_small') return [`terlalu kecil (min. ${issue.minimum})`, `too small (min ${issue.minimum})`];
  if (code === 'invalid_value') {
    const q = quote(input);
    const choices = issue.values!.join(', ');
    return [`nilai "${q}" tidak dikenal (pilihan: ${choices})`, `unknown value "${q}" (choices: ${choices})`];
  }
  return ['tidak valid', 'not valid'];
}

/** "kolom links.shopee: harus tautan …". The first problem is enough: once fixed, the next one shows. */
export function describeIssues(issues: readonly FeedIssue[]): BilingualText {
  const [id, en] = issues[0] ? issueReason(issues[0]) : ['tidak valid', 'not valid'];
  const path = issues[0]?.path.join('.');
  return path ? { id: `kolom ${path}: ${id}`, en: `field ${path}: ${en}` } : { id, en };
}
