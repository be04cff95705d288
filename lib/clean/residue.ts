// Template residue: what a spinner or CMS left of its own syntax in the text. Spinners wrap their
// substitutions in braces ("Biden would inform Putin {that a} diplomatic path"); CMSs leave
// shortcodes and placeholders ("[caption id=…]", "{{ad_slot}}", "%%author%%").
import type { RemovedPiece } from "../article.ts";

// {that a}, {the|a}: words inside braces, with `|` alternatives; the first alternative is kept.
const SPIN = /\{([\p{L}\p{N}'’ -]{1,60})(?:\|[\p{L}\p{N}'’ -]{0,60}){0,8}\}/gu;
const PLACEHOLDER = /\{\{[^{}\n]{0,80}\}\}|%%[\w-]{1,40}%%|\[\/?(?:caption|embed|gallery|video|audio|tweet|instagram|youtube|playlist|ad|ads|related|pullquote|sc|shortcode|contact-form[\w-]*)(?:\s[^\]\n]{0,300})?\]/gi;

export function removeTemplateResidue(paragraph: string, removed: RemovedPiece[]): string {
  if (!/[{%[]/.test(paragraph)) return paragraph;
  return paragraph
    .replace(PLACEHOLDER, (m) => {
      removed.push({ kind: "template-residue", text: m });
      return "";
    })
    .replace(SPIN, (m, words: string) => {
      removed.push({ kind: "template-residue", text: m });
      return words;
    })
    .replace(/ {2,}/g, " ")
    .trim();
}
