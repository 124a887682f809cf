/**
 * Promo and subjective words in titles (docs/rules.md#shopee-naming-guideline-other-market,
 * #tiktok-shop-title-and-description-guideline-southeast-asia). The list is Rapi's; the rule is the marketplaces'.
 * "Free Size", "Sugar Free" and "Gluten Free" are facts, not promotions.
 */
export const PROMO = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:murah(?:\s+meriah)?|murmer|termurah|paling\s+murah|harga\s+(?:pabrik|grosir|distributor|reseller|promo)|grosir|` +
    String.raw`promo|diskon|sale|flash\s+sale|obral|cuci\s+gudang|best\s*seller|terlaris|laris(?:\s+manis)?|` +
    String.raw`ori(?:ginal)?\s*100\s*%|100\s*%\s*ori(?:ginal)?|asli\s+100\s*%|bisa\s+cod|cod|gratis\s+ongkir|free\s+ongkir|free\s+shipping|` +
    String.raw`(?<!(?:sugar|gluten|lactose|alcohol|bpa|paraben|cruelty)\s)free\s+(?!size\b|sugar\b|ongkir\b)\p{L}+|gratis\s+\p{L}+|free\s+gift|` +
    String.raw`ready\s+stock|terbaik|no\.?\s?1|nomor\s+satu|hot\s+item|viral|bonus|cashback|hemat|paket\s+hemat|\d+\s*%\s*off)(?![\p{L}\p{N}])`,
  'giu',
);
