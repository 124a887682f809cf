/**
 * A pattern for whole words and phrases: "vas" matches "Vas Bunga" but not "Vaseline", "jamu" not "jamur".
 * Phrases are separated by "|"; spaces inside a phrase match any run of spaces.
 */
export function phrases(list: string, flags = 'iu'): RegExp {
  const alternatives = list
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, flags);
}
