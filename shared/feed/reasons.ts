/**
 * Why a feed or an item was refused, in Bahasa Indonesia and English. Works on zod's issues and on the
 * widget validator's issues alike (the same shape), so a café admin reads the same words either way.
 */
import type { BilingualText } from '../i18n/text';
import { isCheckKey, type CheckKey } from './checks';

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
  readonly format?: string;
}

const checkReasons: Record<CheckKey, BilingualText> = {
  blank: { id: 'tidak boleh kosong', en: 'must not be empty' },
  https: { id: 'harus tautan yang diawali https://', en: 'must be a link starting with https://' },
  shopee: { id: 'harus tautan https:// ke shopee.co.id', en: 'must be an https:// link to shopee.co.id' },
  tokopedia: { id: 'harus tautan https:// ke tokopedia.com', en: 'must be an https:// link to tokopedia.com' },
  instagram: { id: 'harus tautan https:// ke instagram.com', en: 'must be an https:// link to instagram.com' },
  photo: {
    id: 'harus tautan https:// atau nama file di samping feed',
    en: 'must be an https:// link or a file name next to the feed',
  },
  whatsapp: {
    id: 'nomor WhatsApp tidak valid (contoh: 0812-3456-7890)',
    en: 'not a valid WhatsApp number (example: 0812-3456-7890)',
  },
};

const typeNames: Record<string, BilingualText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  array: { id: 'daftar [ ]', en: 'a list [ ]' },
  object: { id: 'objek { }', en: 'an object { }' },
};

/** A value quoted in a message: short, one line. */
export function quote(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  s = s.replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function issueReason(issue: FeedIssue): BilingualText {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { id: 'wajib diisi', en: 'is required' };
  }
  if (isCheckKey(issue.message)) return checkReasons[issue.message];
  switch (issue.code) {
    case 'invalid_type': {
      const name = typeNames[issue.expected ?? ''] ?? { id: String(issue.expected), en: String(issue.expected) };
      return { id: `harus berupa ${name.id}`, en: `must be ${name.en}` };
    }
    case 'too_big':
      if (issue.origin === 'string') {
        return { id: `terlalu panjang (maks. ${issue.maximum} huruf)`, en: `too long (max ${issue.maximum} characters)` };
      }
      if (issue.origin === 'array') {
        return { id: `terlalu banyak (maks. ${issue.maximum})`, en: `too many (max ${issue.maximum})` };
      }
      return { id: `terlalu besar (maks. ${issue.maximum})`, en: `too large (max ${issue.maximum})` };
    case 'too_small':
      return { id: `terlalu kecil (min. ${issue.minimum})`, en: `too small (min ${issue.minimum})` };
    case 'invalid_value': {
      const choices = (issue.values ?? []).map(String).join(', ');
      return {
        id: `nilai "${quote(issue.input)}" tidak dikenal (pilihan: ${choices})`,
        en: `unknown value "${quote(issue.input)}" (choices: ${choices})`,
      };
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? { id: 'tanggal harus seperti 2026-11-20T09:00:00+07:00', en: 'date must look like 2026-11-20T09:00:00+07:00' }
        : { id: 'format tidak valid', en: 'wrong format' };
    default:
      return { id: 'tidak valid', en: 'not valid' };
  }
}

/** "kolom links.shopee: harus tautan …". The first problem is enough: once fixed, the next one shows. */
export function describeIssues(issues: readonly FeedIssue[]): BilingualText {
  const first = issues[0];
  if (!first) return { id: 'tidak valid', en: 'not valid' };
  const reason = issueReason(first);
  const path = first.path.map(String).join('.');
  return path ? { id: `kolom ${path}: ${reason.id}`, en: `field ${path}: ${reason.en}` } : reason;
}
