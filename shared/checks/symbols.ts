/** Emoji, pictographs and decorative symbols; hashtags. Plain punctuation and "×", "%" and "&" stay allowed. */
export const DECORATIVE = /[\p{Extended_Pictographic}\u2600-\u27BF\u2B00-\u2BFF★☆✓✔✅❤♥❗❕⚡🔥💯~^*{}<>¬¦【】「」『』]|#\w+/gu;
