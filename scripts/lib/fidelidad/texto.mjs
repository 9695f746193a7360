// Small text helpers shared by the fidelity check's modules.

/** White space folded to single spaces and trimmed: line breaks of the source are not content. */
export const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Accents and letter case folded, for names compared the way a reader would (Apurímac = APURIMAC). */
export const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Whether `needle` occurs in `haystack` as whole words: not as part of a longer
 * word or number ("2018-1926" is not in "n° 2018-19262").
 */
export function includesWords(haystack, needle) {
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const edgeBefore = !wordChar.test(needle[0]) || before === undefined || !wordChar.test(before);
    const edgeAfter = !wordChar.test(needle.at(-1)) || after === undefined || !wordChar.test(after);
    if (edgeBefore && edgeAfter) return true;
  }
  return false;
}

/** A text quoted for a message, shortened to its first `max` characters. */
export const quote = (text, max = 90) => `«${text.length > max ? `${text.slice(0, max)}…` : text}»`;
