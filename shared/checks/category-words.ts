import type { CategoryId } from '../listing/category-id';
import { PhraseIndex, words } from './phrases';

/**
 * Product nouns sellers put in titles, matched on whole words only ("vas" is not "Vaseline", "kopi" is not "kopiah").
 * Colour words that are also food or cosmetics ("Cream", "Coklat", "Mocca", "Milo") never decide a category on their own.
 */
const WORDS = new PhraseIndex<CategoryId>([
  ['beauty-tools', `penjepit bulu mata | eyelash curler | kuas makeup | kuas make up | make up brush | makeup brush | brush set | spons makeup |
    spons make up | beauty blender | beauty sponge | makeup sponge | spatula masker | sendok masker | mascara wand | spoolers | sisir | kunciran |
    kunciran rambut | ikat rambut | jepit rambut | jedai | bando | pinset | gunting kuku | pemotong kuku | nail clipper | makeup tool | make up tool |
    tool kit | alat cukur | cermin makeup | pouch makeup`],
  ['health', `vitamin | suplemen | kapsul | kaplet | herbal | jamu | obat | probiotik | collagen drink | spirulina | habbatussauda |
    pelangsing | detox | masker medis | minyak kayu putih | koyo | salep | madu hutan obat | kolagen minum`],
  ['fresh-food', `daging | daging sapi | daging ayam | ayam potong | fillet | ikan | ikan segar | udang | cumi | kepiting | kerang |
    telur | sayur | sayuran | bayam | kangkung | wortel | buah segar | jamur tiram | jamur kuping | jamur kancing`],
  ['beauty', `serum | toner | sabun muka | sabun cuci muka | sabun mandi | body wash | lotion | hand body | body lotion | body serum | krim |
    lipstik | lipstick | lip tint | lip cream | lip serum | lip balm | lip gloss | lip therapy | lip care | petroleum jelly | vaseline | bedak | masker wajah | masker organik | face mask | sheet mask |
    masker | parfum | perfume | eau de | shampo | sampo | shampoo | conditioner | skincare | scrub | body butter | deodoran | facial wash | face wash |
    facial foam | sunscreen | sunblock | lulur | cushion | foundation | eyeliner | eyeshadow | mascara | blush on | concealer | micellar | essence |
    moisturizer | pelembab | creambath | hair tonic | minyak rambut | hair serum | face oil | misk | minyak wangi | cat rambut | cat kuku | kutek |
    night cream | day cream | cream wajah | krim wajah | whitening cream | acne cream | face serum`],
  ['food', `kopi | coffee | teh | keripik | kripik | kerupuk | krupuk | rempeyek | peyek | sambal | sambel | madu | gula aren | gula semut |
    gula merah | gula | emping | kue | cookies | brownies | bolu | roti | abon | dendeng | dodol | rendang | nugget | frozen food | bumbu | rempah |
    beras | minyak goreng | minyak kelapa | vco | sirup | susu | snack | camilan | cemilan | basreng | makaroni | seblak | wedang | bandrek | selai |
    kacang | manisan | permen | mie | mi instan | ramen | bihun | sagu | tepung | ikan asin | terasi | petis | kecap | saus | teri | kurma | granola |
    oat | oatmeal | cireng | rengginang | opak | bakpia | lapis legit | pempek | sosis | bakso | baso | baso aci | bakso aci | boci | cuanki | batagor |
    siomay | cimol | kue kering | arabika | arabica | robusta | liberika | espresso | cokelat batang | dark chocolate | kopi bubuk | biji kopi | lidah`],
  ['fashion', `kaos | kaos kaki | t shirt | tshirt | kemeja | baju | dress | gamis | hijab | jilbab | kerudung | pashmina | celana | chino |
    jeans | jogger | kolor | rok | jaket | hoodie | sweater | sepatu | sneakers | sandal | dompet | kebaya | mukena | sarung | topi | piyama | daster |
    tunik | blouse | outer | cardigan | kulot | legging | bodysuit | jumpsuit | overall | blazer | rompi | tas | totebag | tote bag | sling bag | ransel |
    kalung | gelang | cincin | anting | bros | peci | kopiah | songkok | jam tangan | ikat pinggang | belt | kacamata | kain batik | batik |
    kain tenun | seragam | singlet | hem | longdress | setelan`],
  ['electronics', `hp | handphone | smartphone | iphone | galaxy | redmi | charger | kabel data | earphone | headset | earbuds | tws | speaker |
    mouse | keyboard | power bank | powerbank | laptop | notebook pc | mini pc | pc | tv | smart tv | led tv | oled | kamera | webcam | flashdisk |
    flash disk | ssd | hdd | ram | memory card | micro sd | router | modem | smartwatch | tablet android | ipad | monitor | proyektor | projector |
    kipas angin | setrika | blender | rice cooker | magic com | ac | ac split | ac portable | mesin cuci | kulkas | dispenser | printer | tinta printer |
    cartridge | adaptor | amplifier | dac | microphone | mic | soundbar | dj controller | sensor ac | remote tv | stabilizer`],
  ['craft', `vas | vas bunga | keranjang | anyaman | ukiran | gerabah | hiasan | hiasan dinding | dekorasi | lampu hias | taplak | sarung bantal |
    tempat tisu | tempat tissue | rak | meja | kursi | gantungan kunci | souvenir | suvenir | piring | mangkok | mangkuk | cangkir | gelas | nampan |
    tatakan | talenan | lukisan | patung | wayang | miniatur | pot | tikar | karpet | kerajinan | buku tamu | guest book | guestbook | wedding book |
    holy matrimony book | undangan | tasbih | kaligrafi | celengan | hampers`],
  ['other', `gundam | model kit | action figure | figure | mainan | lego | puzzle | diecast | airbrush | gitar | gitar bass | bass elektrik | drum | perkusi |
    cowbell | guiro | biola | ukulele | alat musik | buku | novel | stiker | sticker | pulpen | pensil | alat tulis | helm | oli | ban motor | ban mobil |
    sparepart | talang | pipa | lem | stand base | bandai | launchkey | keyboard controller`],
]);

/** Words that are colours as often as products: they only count when nothing else in the title names a category. */
const WEAK = new Set('cream krem coklat cokelat mocca moka mocha milo salem olive mustard coffee caramel karamel peach lemon mint'.split(' '));

/** Words that make meat, fish or vegetables a processed, packaged food (P-IRT) rather than fresh. */
const PROCESSED = new PhraseIndex<true>([[true, `keripik | kripik | kerupuk | krupuk | abon | dendeng | rendang | nugget | sosis | bakso | baso | frozen | olahan | kering | bumbu |
  sambal | sambel | crispy | goreng | asin | asap | kaleng | instan | siap saji | kemasan | vakum | rica | balado | pepes | presto`]]);

export interface TitleCategory {
  id: CategoryId;
  confidence: number;
}

const COLOUR_SECOND_WORD = new Set(['susu', 'tua', 'muda', 'gelap', 'terang', 'pastel', 'army', 'navy', 'dusty']);

/** Word positions that name a colour ("warna kopi susu", "warna cream"): a colour named after a food is still a colour. */
function colourWords(tokens: readonly string[]): Set<number> {
  const taken = new Set<number>();
  tokens.forEach((t, i) => {
    if (t !== 'warna' || i + 1 >= tokens.length) return;
    taken.add(i + 1);
    if (COLOUR_SECOND_WORD.has(tokens[i + 2] ?? '')) taken.add(i + 2);
  });
  return taken;
}

/**
 * A guess from the title. One category named: fairly sure (0.8). Several: the product noun that comes first wins, but
 * Rapi is unsure (0.55) and asks. A longer phrase beats a word inside it ("mascara wand" is a tool, not mascara). Fresh
 * words in a processed food ("Rendang Daging") make it packaged food. Colour-like words alone never decide.
 */
export function titleCategory(title: string): TitleCategory | undefined {
  const tokens = words(title);
  const colours = colourWords(tokens);
  const all = WORDS.find(tokens, (i) => colours.has(i));
  const strong = all.filter((h) => !(h.end - h.at === 1 && WEAK.has(tokens[h.at]!)));
  const firstOf = new Map<CategoryId, number>();
  for (const h of strong.length ? strong : all) if (!firstOf.has(h.value)) firstOf.set(h.value, h.at);
  if (firstOf.has('fresh-food') && PROCESSED.find(tokens).length) {
    const at = firstOf.get('fresh-food')!;
    firstOf.delete('fresh-food');
    if (!firstOf.has('food')) firstOf.set('food', at);
  }
  if (firstOf.size === 0) return undefined;
  const [first] = [...firstOf].sort((a, b) => a[1] - b[1])[0]!;
  return { id: first, confidence: firstOf.size === 1 ? 0.8 : 0.55 };
}
