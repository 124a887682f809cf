import { bi } from '../../i18n/text';
import { titleExample } from '../../suggest/examples';
import { finding, registerCheck } from '../registry';
import { SOURCES } from '../sources';

const SUFFIX = /\s+(?:official\s+(?:store|shop)|official|store|shop|id|indonesia)$/i;
const norm = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

export const titleShopName = registerCheck({
  id: 'title-shop-name',
  area: 'judul',
  severity: 'quality',
  profiles: ['shopee', 'tokopedia', 'generic'],
  input: 'text',
  source: SOURCES.ttsSeaTitle,
  name: bi('Nama toko di judul', 'Shop name in the title'),
  examples: {
    failing: { profile: 'tokopedia', listing: { title: 'Keripik Tempe Renyah 250 gr Dapur Bu Sri Malang', shopName: 'Dapur Bu Sri' } },
    passing: { profile: 'tokopedia', listing: { title: 'Dapur Bu Sri Keripik Tempe Renyah 250 gr', shopName: 'Dapur Bu Sri', brand: 'Dapur Bu Sri' } },
  },
  exampleIn: 'title',
  run(ctx) {
    const { listing, profile, facts } = ctx;
    const shop = facts.shopName?.replace(SUFFIX, '').trim();
    if (!shop || shop.replace(/[^\p{L}\p{N}]/gu, '').length < 4) return [];
    const title = norm(facts.title);
    const name = norm(shop);
    const at = title.indexOf(name);
    // At the start, the shop's name is the brand (brand first is the rule); elsewhere it is a stuffed keyword.
    if (at < 0 || at === 0 || (listing.brand && norm(listing.brand) === name)) return [];
    return [
      finding(
        this,
        {
          message: bi(`Judul memuat nama toko "${shop}".`, `The title has the shop's name "${shop}".`),
          why:
            profile === 'tokopedia'
              ? bi(
                  'Panduan judul TikTok Shop (berlaku untuk Tokopedia) melarang nama penjual di judul: judul untuk nama produk dan spesifikasinya.',
                  "TikTok Shop's title guide (which Tokopedia follows) forbids seller names in titles: the title is for the product and its specifics.",
                )
              : bi(
                  'Shopee melarang kata kunci yang tidak relevan di judul; nama toko sudah tampil di halaman produk.',
                  'Shopee forbids irrelevant keywords in titles; the shop name already shows on the product page.',
                ),
          fix: bi(
            'Hapus nama toko dari judul. Jika nama toko adalah merek produk Anda, tulis di depan dan isi kolom Merek.',
            'Remove the shop name from the title. If it is your product brand, write it first and fill in the Brand field.',
          ),
          example: () => titleExample(this.id, ctx),
        },
        {
          source: profile === 'shopee' ? SOURCES.shopeeInspirasiName : SOURCES.ttsSeaTitle,
          severity: profile === 'generic' ? 'advice' : 'quality',
          outcome: 'search',
        },
      ),
    ];
  },
});
