/**
 * Claims the health and beauty rules forbid (docs/rules.md#tokopedia-misleading-claims-in-health-and-beauty): curing or
 * preventing a disease, miracle or permanent results in a set time, "removing" scars or acne, changing the body.
 * Permitted wording stays alone: "anti acne", "membantu", "menyamarkan", "perawatan rambut rontok", "SPF 50".
 */
export const DISEASES = String.raw`diabetes|kencing\s+manis|kanker|kolesterol|hipertensi|darah\s+tinggi|asam\s+urat|maag|gerd|jantung|stroke|ginjal|batu\s+ginjal|liver|hepatitis|tbc|asma|covid|corona|kista|tumor|miom|impoten|ejakulasi\s+dini|wasir|ambeien|gula\s+darah|diare|vertigo|rematik|osteoporosis|penyakit`;
const CLAIMS: Array<[readonly string[], RegExp]> = [
  [['embuh', 'obat', 'cure', 'treat'], new RegExp(String.raw`\b(?:menyembuhkan|mengobati|obat|sembuhkan|cure[sd]?|treats?)\s+(?:[a-z-]+\s+){0,3}?(?:${DISEASES})\b`, 'i')],
  [['cegah', 'anti'], new RegExp(String.raw`\b(?:mencegah|anti)[\s-]?(?:${DISEASES}|virus)\b`, 'i')],
  [['pembesar', 'pengencang', 'pemancung', 'pemutih'], /\b(?:pembesar|pengencang|pemancung|pemutih\s+ketiak\s+permanen)\s+(?:payudara|penis|alat\s+vital|bokong|pantat|hidung)\b/i],
  [['peninggi', 'tinggi'], /\b(?:peninggi\s+badan|penambah\s+tinggi\s+badan|tambah\s+tinggi\s+\d+\s*cm)\b/i],
  [['turun'], /\bturun\s+\d+\s*(?:kg|kilo)\b/i],
  [['permanen'], /\b(?:putih|hilang|mulus|langsing|sembuh|tumbuh|kencang)\s+(?:[a-z]+\s+){0,1}permanen\b|\bpermanen\s+(?:putih|hilang|mulus)\b/i],
  [['dalam'], /\b(?:putih|hilang|sembuh|langsing|mulus|glowing|tumbuh)\s+(?:total\s+)?(?:hanya\s+)?dalam\s+\d+\s*(?:jam|hari|minggu)\b/i],
  [['total', 'kambuh', 'efek', '100', 'dijamin', 'pasti'], /\b(?:hilang\s+total|tidak\s+kambuh\s+lagi|tanpa\s+efek\s+samping|100\s*%\s*(?:ampuh|sembuh|berhasil|hilang)|dijamin\s+(?:ampuh|sembuh|berhasil|hilang|putih|langsing)|pasti\s+(?:sembuh|berhasil|langsing))\b/i],
  [['hilang'], /\b(?:menghilangkan|penghilang|hilangkan)\s+(?:[a-z]+\s+){0,2}?(?:jerawat|bekas\s+jerawat|flek|bopeng|selulit|stretch\s?marks?|kerutan|keriput|uban|panu|kurap|kutil)\b/i],
];

/** All claims in one pattern: one pass over a long description instead of nine. */
const ANY_CLAIM = new RegExp(CLAIMS.map(([, re]) => `(?:${re.source})`).join('|'), 'i');

/** The first forbidden claim in the text, as written. */
export function findOverclaim(text: string): string | undefined {
  return ANY_CLAIM.exec(text)?.[0].trim();
}
