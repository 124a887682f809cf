/** Letters and upper-case letters in one pass; ASCII by char code, other scripts by whether their case can change. */
export function countCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      const ch = text[i]!;
      const up = ch.toUpperCase();
      if (ch.toLowerCase() === up) continue;
      letters++;
      if (ch === up) upper++;
    }
  }
  return { letters, upper };
}

/**
 * Whether a title shouts (docs/rules.md#shopee-naming-guideline-other-market): most of its longer words in capitals, or
 * no small letter at all. The brand, acronyms of up to 3 letters ("HG", "TV", "LED") and model codes with digits
 * ("QA65S90C") may be in capitals and are left out of the count; "Gundam … HGUC … BANDAI" is a title with a few
 * acronyms, not a shouted one.
 */
export function titleShouts(title: string, brand: string | undefined): boolean {
  const withoutBrand = brand ? title.replaceAll(brand, ' ') : title;
  const words = withoutBrand.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3 && !/\d/.test(w));
  const shouted = words.filter((w) => {
    const { letters, upper } = countCase(w);
    return letters > 0 && upper === letters;
  }).length;
  // A title with no small letters at all ("KIPAS MINI FAN USB") shouts however short its words are.
  const { letters, upper } = countCase(withoutBrand);
  const allCapitals = letters >= 8 && upper === letters;
  return allCapitals || (words.length >= 3 && shouted / words.length > 0.5);
}
