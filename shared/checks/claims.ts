/**
 * Claims the health and beauty rules forbid (docs/rules.md#tokopedia-misleading-claims-in-health-and-beauty): curing or
 * preventing a disease, miracle or permanent results in a set time, "removing" scars or acne, changing the body.
 * Permitted wording stays alone: "anti acne", "membantu", "menyamarkan", "perawatan rambut rontok", "SPF 50".
 */
const DISEASES = String.raw`diabetes|kencing\s+manis|kanker|kolesterol|hipertensi|darah\s+tinggi|asam\s+urat|maag|gerd|jantung|stroke|ginjal|batu\s+ginjal|liver|hepatitis|tbc|asma|covid|corona|kista|tumor|miom|impoten|ejakulasi\s+dini|wasir|ambeien|gula\s+darah|diare|vertigo|rematik|osteoporosis|penyakit`;
const CLAIMS: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])(?:menyembuhkan|mengobati|obat|sembuhkan|cure[sd]?|treats?)\s+(?:[\p{L}-]+\s+){0,3}?(?:${DISEASES})(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}])(?:mencegah|anti)[\s-]?(?:${DISEASES}|virus)(?![\p{L}])`, 'iu'),
  /(?<![\p{L}])(?:pembesar|pengencang|pemancung|pemutih\s+ketiak\s+permanen)\s+(?:payudara|penis|alat\s+vital|bokong|pantat|hidung)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:peninggi\s+badan|penambah\s+tinggi\s+badan|tambah\s+tinggi\s+\d+\s*cm)(?![\p{L}])/iu,
  /(?<![\p{L}])turun\s+\d+\s*(?:kg|kilo)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:putih|hilang|mulus|langsing|sembuh|tumbuh|kencang)\s+(?:\p{L}+\s+){0,1}permanen(?![\p{L}])|(?<![\p{L}])permanen\s+(?:putih|hilang|mulus)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:putih|hilang|sembuh|langsing|mulus|glowing|tumbuh)\s+(?:total\s+)?(?:hanya\s+)?dalam\s+\d+\s*(?:jam|hari|minggu)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:hilang\s+total|tidak\s+kambuh\s+lagi|tanpa\s+efek\s+samping|100\s*%\s*(?:ampuh|sembuh|berhasil|hilang)|dijamin\s+(?:ampuh|sembuh|berhasil|hilang|putih|langsing)|pasti\s+(?:sembuh|berhasil|langsing))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:menghilangkan|penghilang|hilangkan)\s+(?:\p{L}+\s+){0,2}?(?:jerawat|bekas\s+jerawat|flek|bopeng|selulit|stretch\s?marks?|kerutan|keriput|uban|panu|kurap|kutil)(?![\p{L}])/iu,
];

/** The first forbidden claim in the text, as written. */
export function findOverclaim(text: string): string | undefined {
  for (const re of CLAIMS) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}
