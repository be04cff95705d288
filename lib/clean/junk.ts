// Lines and sentences that are never the article's own text, whatever format they arrive in: ad
// labels, share prompts, "Read More", copyright notices, reading times, wire-service trailers.
// Every pattern matches a whole line (or sentence) so prose that merely mentions "copyright" or
// "newsletter" is never touched.

const SHARE_WORDS = new Set(
  "share shares sharing this article story post page tweet pin it email e-mail mail print copy link url facebook twitter x linkedin whatsapp reddit telegram pinterest messenger flipboard bluesky threads mastodon on via the partager compartir teilen condividi comments comment save gift".split(" "),
);
const SHARE_REQUIRED = /\b(share|tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|print|copy link|partager|compartir|teilen|condividi|pinterest|reddit|telegram)\b/i;

// A rule may carry a hint: words its pattern cannot match without, found by a quick scan. The patterns
// that allow any text before their key words try every start position of every line, so the hint
// spares them the lines of prose.
const RULES: [kind: string, re: RegExp, hint?: RegExp][] = [
  ["ad", /^(?:advertisement|advertising|ad|ads|sponsored(?: content| post)?|paid (?:content|post)|promoted(?: content)?|story continues below(?: advertisement)?|(?:article|story) continues(?: (?:below|after)(?: (?:this )?(?:ad|advertisement))?)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|publicité|publicidad|anuncio|anzeige|werbung|pubblicità)\.?$/i],
  ["reading-time", /^(?:(?:estimated )?reading time\s*:?\s*)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:min(?:ute)?s?\.?)(?:\s*(?:read|reading|to read|de lecture|de lectura|lesezeit|di lettura))?$/i],
  ["reading-time", /^(?:reading time|temps de lecture|tiempo de lectura|lesezeit|tempo di lettura)\s*:?\s*\d{1,3}\s*(?:min\w*)?$/i],
  ["copyright", /^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4})[^\n]{0,200}$/i],
  // "@ 2019 Example Media": an "@" typed for the "©" sign, then a year.
  ["copyright", /^(?:copyright\s*)?@\s*(?:19|20)\d{2}\b[^\n]{0,200}$/i],
  ["copyright", /^[^\n]{0,160}(?<![\p{L}\p{N}])(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|все права защищены)(?![\p{L}])[^\n]{0,40}$/iu, /rights|droits|derechos|rechte|diritti|direitos|права/iu],
  ["copyright", /^[^\n]{0,60}(?:版权所有|版權所有|著作権|저작권|جميع الحقوق محفوظة)[^\n]{0,100}$/u, /[版著저ج]/u],
  ["copyright", /^[^\n]{0,100}\b(?:may not be (?:published|reproduced), broadcast, rewritten or redistributed|(?:reproduc|republish|redistribut|copied)\w*[^\n]{0,60}without (?:prior )?(?:written )?permission)\b[^\n]{0,80}$/i, /may not be|without/i],
  ["read-more", /^(?:read more|read the (?:full|whole|rest of the) (?:story|article)|continue reading|keep reading|click here to read more|lire la suite|leer más|seguir leyendo|weiterlesen|mehr lesen|continua a leggere|view comments|show more|load more)\s*[.…»›>→]*$/i],
  ["newsletter", /^(?:sign up|subscribe)\b[^\n]{0,120}\b(?:newsletter|inbox|email|alerts|briefing|digest)\b[^\n]{0,60}$/i],
  ["newsletter", /^get (?:our|the)\b[^\n]{0,80}\b(?:newsletter|in your inbox)\b[^\n]{0,60}$/i],
  ["newsletter", /^(?:subscribe(?: now| today| here)?|sign up(?: now| today| here)?|newsletter|abonnez-vous|suscríbete|abonnieren|already a subscriber\??[^\n]{0,60}|subscribe to [^\n]{1,60})[.!]?$/i],
  ["social", /^(?:follow|like|find) (?:us|me|him|her|them|[\p{Lu}][^\n]{0,40}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|mastodon|linkedin|youtube|telegram|whatsapp|substack|medium)[^\n]{0,80}$/iu],
  ["nav", /^(?:skip to (?:main )?(?:content|navigation)|jump to (?:main )?content|back to top|go to top|home|menu|search|close|open menu|toggle navigation|previous (?:article|post|story)|next (?:article|post|story)|log ?in|sign ?in|register|my account|print this (?:article|page))\s*[»›>←→]*$/i],
  ["caption", /^(?:photo|image|picture|foto|photograph|illustration|video|credit|photo credit|image credit|source)s?\s*:[^\n]{0,120}$/i],
  // A caption's label left alone on its line ("Caption", "Image copyright", "Media caption").
  ["caption", /^(?:(?:image|photo|picture|media|video) )?(?:caption|copyright|credit)s?\s*:?$|^(?:expand|enlarge|view) (?:image|photo|caption)$|^hide caption$|^toggle caption$/i],
  // A fact check's verdict label ("Rating: False", "Our ruling: Mostly false").
  ["fact-check-rating", /^(?:our )?(?:rating|verdict|ruling|claim rating)\s*:\s*(?:true|false|mostly (?:true|false)|half[- ]true|misleading|pants on fire!?|unproven|mixture|satire|outdated|miscaptioned|(?:correct|wrong) attribution|misattributed|partly false|missing context|altered(?: photo| video)?|four pinocchios|three pinocchios|two pinocchios|one pinocchio)\.?$/i],
  ["caption", /^\(?(?:[\p{Lu}][\p{L}.'-]+ ){0,3}(?:\/ ?)?(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg|dpa|Xinhua|ANI|PTI)(?: Photo| Images)?(?: ?\/ ?[\p{Lu}][\p{L}.' -]{1,40})?\)?$/u],
  ["tags", /^(?:tags|topics|filed under|categories|category|keywords|mots-clés|etiquetas|schlagworte|themen)\s*:[^\n]{0,300}$/i],
  // A view, like or share count on its own ("438.3K", "1.2M views").
  ["counter", /^\d{1,3}(?:[.,]\d{1,2})?\s?[KkMm](?:\s+(?:views|likes|shares|reads|plays))?$/],
  ["comments", /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$|^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|comments are closed\.?|be the first to comment\.?|commentaires|comentarios|kommentare)$/i],
  // The site speaking about its own cookies, not an article about cookie law.
  ["cookie-banner", /^[^\n]{0,200}(?:\b(?:we|this (?:site|website)|our (?:site|website|partners))\b[^\n]{0,80}\buses? cookies\b|\bcookies?\b[^\n]{0,160}\b(?:by (?:continuing|clicking|using)|you (?:agree|consent|accept))\b)[^\n]{0,300}$/i, /cookie/i],
  ["cookie-banner", /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|settings)|cookie (?:settings|preferences|policy)|i agree|got it|ok)$/i],
  // A live blog's or a feed's bare time stamps: "20:02", "10:20 am EDT", "2 hours ago".
  ["timestamp", /^(?:(?:updated|posted|published)\s*:?\s*)?(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?|\d{1,3}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now|yesterday)$/i],
  ["disclosure", /^[^\n]{0,40}\b(?:contains? affiliate links|as an amazon associate|(?:may|might|could|will) earn (?:a |an )?(?:small )?(?:commission|affiliate)|this (?:post|article) is sponsored by)\b[^\n]{0,200}$/i],
  ["contact", /^(?:got a (?:story|tip)|have a (?:story|news tip|tip)|do you have a (?:story|news tip|tip)|send us your (?:story|stories|tips?|news)|contact (?:us|the newsroom))\b[^\n]{0,150}$/i],
  ["rating", /^(?:[★☆⭐✩✪]+\s*)?\d(?:[.,]\d)?\s*(?:out of 5|\/\s*5|stars?)?\s*(?:from|based on|\()\s*[\d,]+\s*(?:votes|reviews|ratings)\)?$/i],
  ["social", /^[^\n]{0,60}\btag @[\w.]+[^\n]{0,60}$/i, /tag @/i],
  ["byline", /^(?:by )?(?:(?:our )?staff (?:reporter|writer|correspondent)s?|from (?:our )?(?:staff|correspondents?|wire reports|news services)|news desk|web desk|(?:the )?editorial (?:team|staff|board))$/i],
  ["footer", /^(?:[^\n]{0,80}\b(?:webmaster|website (?:design )?by|site (?:design )?by)\b[^\n]{0,100}|(?:proudly )?powered by (?:wordpress|ghost|drupal|joomla|squarespace|wix|blogger|hugo|jekyll)\b[^\n]{0,40})$/i],
];

/** The kind of junk a whole line is, or null when it may be article text. */
export function junkLineKind(line: string): string | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 600) return null;
  for (const [kind, re, hint] of RULES) if ((!hint || hint.test(text)) && re.test(text)) return kind;
  if (isShareBar(text)) return "share";
  return null;
}

// "Share: Facebook | Twitter | Email", "Tweet Share Pin It": only share words and separators.
function isShareBar(text: string): boolean {
  if (text.length > 160 || !SHARE_REQUIRED.test(text)) return false;
  const words = text.toLowerCase().split(/[\s|·•,:/\-–—()]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w));
}

// Headings that open a section after the article. A comment thread or an author bio runs to the end
// of the page; a "Related" list or a share row is short lines, so article text after it resumes.
export interface SectionEnd {
  kind: string;
  toEnd: boolean;
}

const SECTION_END: [kind: string, toEnd: boolean, re: RegExp][] = [
  ["related", false, /^(?:related(?: (?:articles?|stories|posts|news|content|coverage|reading|topics|links|videos|guides))?|more (?:from|on|in|about|stories|news|coverage|to read|like this)\b[^\n]{0,60}|more [^\n]{0,40}\b(?:stories|articles|news|reads|coverage)|(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)[^\n]{0,30}|recommended(?: (?:for you|stories|articles|reading))?|read next|what to read next|up next|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: now| stories| articles)?|don'?t miss|top stories|editor'?s picks|latest (?:news|stories|articles)|also (?:read|see)|see also|further reading|sur le même sujet|à lire aussi|lire aussi|dans la même rubrique|noticias relacionadas|te puede interesar|también te puede interesar|lo más leído|mehr zum thema|相关新闻|相关阅读|延伸阅读|热点排行|関連記事|관련 기사|أخبار ذات صلة|اقرأ أيضا|читайте также|похожие новости|смотрите также|das könnte sie auch interessieren|leggi anche|potrebbe interessarti)\s*[:.…»›]*$/i],
  ["comments", true, /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|thoughts on [^\n]{1,80})(?:\s*\(\d+\))?\s*:?$|^(?:leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|what do you think\??|commentaires|comentarios|kommentare|commenti)(?:\s*\(\d+\))?\s*:?$/i],
  ["share", false, /^(?:share this|share this (?:article|story|post)|like this|share|spread the word)\s*:?$/i],
  // A box of bullet points that restates the story ("Story highlights") before it starts.
  ["highlights", false, /^(?:story |key |the )?(?:highlights|takeaways|key takeaways|at a glance|in brief|tl;?dr|the short version)\s*:?$/i],
  ["author-bio", true, /^(?:about the authors?|about the writer|author bio|à propos de l'auteur|sobre el autor|über den autor)\s*:?$/i],
  ["newsletter", false, /^(?:sign up for (?:our|the)[^\n]{0,60}|get (?:the|our) [^\n]{0,40}newsletter|newsletter)\s*[:.!]*$/i],
];

/** When `line` is a heading that opens a non-article section, what that section is. */
export function sectionEnd(line: string): SectionEnd | null {
  const text = line.trim();
  if (text.length > 90) return null;
  for (const [kind, toEnd, re] of SECTION_END) if (re.test(text)) return { kind, toEnd };
  return null;
}

// Sentences at the end of wire copy that credit or promote, not report.
const TRAILER_SENTENCE = [
  /\b(?:contributed|added|contributed reporting|contributed to) (?:reporting |research )?(?:to|for) this (?:report|story|article)\.?$/i,
  /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by \p{Lu}[^.\n]{1,150}(?:;\s*(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^.\n]{1,100})*\.?$/u,
  /^our standards: the thomson reuters trust principles\.?$/i,
  /^(?:the )?associated press (?:receives|is solely|education|climate|health|religion|coverage)[^\n]{0,300}$/i,
  /^(?:the )?ap is solely responsible for all content\.?$/i,
  /^follow (?:ap|reuters|afp|the ap)'?s? [^\n]{0,120}(?:coverage|at|on)\b[^\n]{0,200}$/i,
  /^(?:this (?:article|story) (?:was|is) (?:originally )?(?:published|produced) (?:by|on|in|as part of)[^\n]{0,200})$/i,
  /^(?:read more|read more at [^\n]{1,80}|read the original article[^\n]{0,80})\s*[.…»›>]*$/i,
  // The site's and the author's own promotion under the story.
  /^join (?:our|the) [^\n]{0,60}\b(?:forums?|community|conversation|discussion|mailing list)\b[^\n]{0,120}$/i,
  /^(?:and )?if you have (?:a |any )?(?:news )?(?:tips?|story|corrections?|feedback)\b[^\n]{0,200}$/i,
  /^[^\n]{0,80}['’]s (?:new |latest )?book\b[^\n]{0,200}\bis (?:out now|available now|on sale now|out)\.?$/i,
];

export const isTrailerSentence = (sentence: string): boolean => {
  const text = sentence.trim();
  return text.length > 0 && text.length < 400 && TRAILER_SENTENCE.some((re) => re.test(text));
};
