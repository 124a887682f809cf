import { parseArgs } from 'node:util';
import type { ProfileId } from '../shared/checks/types';
import { bi } from '../shared/i18n/text';
import { UsageError } from './errors';

const PROFILES_ALLOWED = ['shopee', 'tokopedia', 'generic'] as const;
const LANGS = ['id', 'en'] as const;

export function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      marketplace: { type: 'string' },
      lang: { type: 'string', default: 'id' },
      format: { type: 'string', default: 'text' },
      url: { type: 'string' },
      ocr: { type: 'boolean', default: false },
      'allow-local-photos': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = values.lang as (typeof LANGS)[number];
  if (!LANGS.includes(lang)) throw new UsageError(bi(`--lang harus id atau en, bukan "${values.lang}".`, `--lang must be id or en, not "${values.lang}".`));
  const marketplace = values.marketplace;
  if (marketplace !== undefined && !(PROFILES_ALLOWED as readonly string[]).includes(marketplace)) {
    throw new UsageError(bi(`--marketplace harus shopee, tokopedia atau generic, bukan "${marketplace}".`, `--marketplace must be shopee, tokopedia or generic, not "${marketplace}".`));
  }
  return { ...values, lang, profile: marketplace as ProfileId | undefined, positionals };
}
