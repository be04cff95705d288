// Finds actor mentions in cleaned text: gazetteer names (states, capitals and seats of power as
// metonyms, demonyms, organisations), "the Biden administration", and capitalised sequences classified
// as people or organisations by titles, role phrases, apposition, first names and organisation words.
import { memoize } from "./memo.ts";
import type { ActorKind } from "../../schema/summary.ts";
import type { ArticleMetadata } from "../../article.ts";
import { LEGAL_SUFFIX, type TextSpan } from "../../text/sentences.ts";
import { wholeWordOffsets } from "../../text/tokens.ts";
import { escapeRegExp } from "../../text/regexp.ts";
import {
  LOCATIVE_BEFORE,
  MEDIA_WORDS,
  NEVER_ACTORS,
  NEWS_AGENCIES,
  ORGANISATION_ENTRIES,
  ORG_WORDS,
  PERSON_TITLES,
  ROLE_NOUNS,
  STATE_AGENTS,
  STATE_ENTRIES,
  US_PRESIDENTS,
  WEST,
  demonymPlural,
  sameGivenName,
  type GazetteerEntry,
} from "./gazetteer.ts";
import { isAdjective, isCommonWord, isDemonym, isFirstName, isNameWord, isOrganizationName, isPastTense, isPlaceName, isRoleNoun, isVerbForm } from "./lexicon.ts";
import { SPEECH } from "./demand-words.ts";

export interface Mention {
  start: number;
  end: number;
  /** As written, without a possessive; seats of power keep their article ("the Kremlin"). */
  surface: string;
  /** Entity key; people are re-keyed when surnames are merged. */
  key: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  /** Whether `surface` is worth keeping among the actor's aliases. */
  alias: boolean;
  /** Contribution to salience. */
  weight: number;
  /** A stand-in ("Russian officials") that counts for agency but is not a name. */
  indirect?: boolean;
  /** An organisation named as a place ("near Millbrook Elementary School"). */
  locative?: boolean;
  /** The state whose government this body is ("Clinton administration" → United States), kept as the actor's alias. */
  state?: string;
}

export interface MentionResult {
  mentions: Mention[];
  /** Sentence indices that are teasers, credits, bylines or copyright lines. */
  junkSentences: Set<number>;
}

// ---------------------------------------------------------------------------------------------
// Gazetteer index: first word → phrases starting with it, longest first.

type PhraseType = "name" | "capital" | "metonym" | "demonym" | "demonymPlural";
interface Phrase {
  text: string;
  entry: GazetteerEntry;
  type: PhraseType;
}

const firstWord = (s: string) => /^[\p{L}\p{N}]+/u.exec(s)?.[0] ?? s;
const INDEX = new Map<string, Phrase[]>();
const DEMONYMS = new Map<string, GazetteerEntry>();
function addPhrase(text: string, entry: GazetteerEntry, type: PhraseType) {
  const key = firstWord(text);
  const list = INDEX.get(key) ?? [];
  list.push({ text, entry, type });
  INDEX.set(key, list);
}
for (const entry of [...STATE_ENTRIES, ...ORGANISATION_ENTRIES]) {
  for (const n of entry.names) addPhrase(n, entry, "name");
  for (const c of entry.capitals) addPhrase(c, entry, "capital");
  for (const m of entry.metonyms) addPhrase(m, entry, "metonym");
  for (const d of entry.demonyms) {
    DEMONYMS.set(d, entry);
    addPhrase(d, entry, "demonym");
    const plural = demonymPlural(d);
    if (plural) addPhrase(plural, entry, "demonymPlural");
  }
}
for (const n of WEST.names) if (n !== "the West") addPhrase(n, WEST, "name");
addPhrase("West", WEST, "name");
for (const list of INDEX.values()) list.sort((a, b) => b.text.length - a.text.length);

export const UNITED_STATES = STATE_ENTRIES.find((e) => e.name === "United States")!;
export const stateByDemonym = (word: string): GazetteerEntry | undefined => DEMONYMS.get(word);

// Nouns after a demonym that make it the state acting: "Russian officials", "Chinese authorities", "the Russian side".
const AGENT_AFTER_DEMONYM = new RegExp(
  String.raw`^\s+(?:${[...STATE_AGENTS, ..."government leader leadership president side state ministry embassy regime administration spokesman spokeswoman spokesperson envoy ambassador".split(" "), "security services", "border guards"].join("|")})\b`,
);
/** Whether the words after a state's name (one or two modifiers allowed) name its agents: "’s foreign ministry", " officials". */
export function agentFollows(after: string): boolean {
  for (let n = 0; n <= 2; n++, after = after.replace(/^\s+\p{Ll}[\p{Ll}-]*/u, "")) if (AGENT_AFTER_DEMONYM.test(after)) return true;
  return false;
}

// One to three capitalised words (not after another) before "government" or "authorities".
// "the Essex County task force" is that place's body too.
const GOVERNMENT_NOUN = /\b(?:government|authorities|task force)\b/g;
const PLACE_BEFORE = /(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}.'’-]*\s)((?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*)\s$/u;

const PLACE_PREFIX = /(?:^|[^\p{L}])(?:Little|East|West|North|South|Old|Greater|Upper|Lower|Downtown|Central) $/u;
const LEADING_FUNCTION_WORDS = /^(?:The|But|And|Or|So|Yet|A|An|This|That|Then|When|While|If|As|In|On|At|For|Now|Meanwhile|However|Still|Also|After|Before|Since|Under|With|Without)$/;
const REGION_ADJECTIVES = /^(?:European|African|Asian|Arab|Western|Eastern|Northern|Southern|Latin|Nordic|Balkan|Gulf|Middle|Federal|Local|State|Central|Provincial|Regional|National|Interim|Transitional|Military|Democratic|Communist|Islamic|Coalition|Unity|Caretaker|New)$/;

// "the offices of the Agency for …", "the opening of the Holocaust Museum", "a stop at Walmart": a building or a shop.
const ORG_AS_PLACE = /\b(?:(?:offices|headquarters|premises|grounds|compound|gates|steps|lobby|opening|reopening|dedication) of|(?:stop|stopped|shop|shopped|shopping|bought|available|sold) at)\s+(?:the\s+)?$/;
const NAMED_CAPITAL = /^(?:National|Federal) Capital(?: (?:Region|Territory|District))?$/;
// "went to Indiana University", "graduated from Yale College": a school one attended.
const SCHOOLING_BEFORE = /\b(?:went to|attended|attending|graduated from|graduate of|studied at|enrolled (?:at|in)|dropped out of|degree from|alumnus of|alumna of)\s+(?:the\s+)?$/;
const ORG_LOCATIVE = /\b(?:(?:taken|rushed|admitted|flown|airlifted|transported|brought|driven) to|in|near|outside|inside|past|into|toward|towards|behind|opposite|across from|next to|miles? from|away from|through)\s+(?:the\s+)?(?:former\s+)?$/i;
// A place name ("Newark, N.J., ") may stand between the preposition and the name it locates.
const PLACE_CHAIN = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*,\s+){0,2}`;
// "at the Muhimbili Medical Center", "at Newark, N.J., International Airport": a building or site, as a place
// (and one left: "before leaving Andrews Air Force Base").
// "declared dead at nearby Millard Fillmore Suburban Hospital", "cut off access to the Port of Miami": a site, also after "to".
// (A case taken "to the Supreme Court" goes to the court as a body.)
const SITE_LOCATIVE = new RegExp(String.raw`\b(?:at|in|near|outside|inside|from|leaving|left|leaves|departing|departed|departs)\s+(?:the\s+)?(?:nearby\s+)?${PLACE_CHAIN}$`, "u");
const PLACE_QUALIFIES = /^(?:\p{Lu}\p{Ll}+ )?(?:University|College|School|Hospital|Airport|Museum|Library|Zoo|Stadium|Port|Station)$/u;
// "Hong Kong Polytechnic University was besieged by police": a site things are done to (a campus too, which after
// "at" is an affiliation: "a scientist at Florida International University").
const SITE_UNDER_ATTACK = /^\s+(?:was|were|is|are|has been|had been|have been)\s+(?:besieged|surrounded|stormed|raided|occupied|attacked|bombed|shelled|evacuated|sealed off|cordoned off|locked down|closed|damaged|destroyed)\b/;
const SITE_DESTINATION = /\bto\s+(?:the\s+)?(?:nearby\s+)?$/;
const SITE_WORDS = /\b(?:Hospital|Center|Centre|Clinic|Airport|Port|Museum|Library|Zoo|Stadium|Arena|Hall|Palace|Square|Park|Station|Hotel|Prison|Jail|Camp|Base|Campus|Court|Courthouse|Club|Embassy)$|^(?:Port|Airport) of /;
const STATE_LOCATIVE = new RegExp(
  String.raw`\b(?:in|In|at|At|near|inside|outside|into|across|around|through|throughout|within|via|(?:is|was|are|were|comes|hails) from|(?:flew|flown|fly|flying|travell?ed|travel|return|returns|homecoming|returned|returning|went|moved|fled|deported|extradited|extended|taken|brought|headed|trip|visit|visits|journey|way|back|arrived|landed|tickets?|flights?|ambassador|envoy) to|(?:embassy|embassies) in|visit(?:s|ed|ing)?|(?:returned|returning|flown|fled|came|arrived|deported|extradited) from|(?:leav(?:e|es|ing)|left|bound|head(?:s|ed|ing)|depart(?:s|ed|ing)|emigrat(?:e|es|ed|ing)) for|emigrat(?:e|es|ed|ing) to|(?:border|borders|frontier) with|extradition (?:from|to))\s+(?:the\s+)?(?:(?:his|her|their|its)\s+)?(?:(?:northern|southern|eastern|western|central|rural|neighbouring|neighboring|native|home)\s+)?${PLACE_CHAIN}(?:\p{Lu}[\p{L}.'’-]*\s+and\s+(?:the\s+)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|other|a dozen)\s+(?:states|countries|nations|cities|provinces|towns)\s+and\s+(?:in\s+)?(?:the\s+)?)?$`,
  "u",
);
// "countries such as Mexico and Peru", "cities like Lima", "to a third country, probably Peru or Chile": examples or
// guesses of a kind of place, not parties.
const EXAMPLE_PLACE = /\b(?:(?:[Cc]ountries|[Nn]ations|[Ss]tates|[Cc]ities|[Cc]apitals|[Pp]laces|[Ee]conomies)\s+(?:such as|like|including)|(?:country|nation),\s+(?:probably|possibly|perhaps|maybe|likely|either))\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?:,|\s+and|\s+or)\s+){0,4}(?:the\s+)?$/u;
// "24 hours from the USA", "since the breakup of the Soviet Union": a distance's origin, a state's end in history.
// "the former Soviet Union", "the former Yugoslavia": the lands of a state that is gone.
const STATE_IN_HISTORY = /\b(?:(?:trip|flight|journey|drive|miles|kilometres|kilometers|hours?|away) from|(?:breakup|break-up|collapse|fall|dissolution|disintegration|demise|end) (?:of|for))\s+(?:the\s+)?$|\bthe\s+former\s+$/;
// "Karachi, Pakistan", "ADDIS ABABA, Ethiopia (AP)", "Dar es Salaam, Tanzania": a state after the town it locates.
const TOWN_BEFORE = /(?:^|[^\p{L}\p{N}'’.,-]\s*)(\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|es|de|al|el|la|da|do))*),\s+$/u;
// "the Kenya embassy bombing", "the U.S. candy market", "a UK man", "the first U.S. polystyrene recycling plant": a state's name modifying a thing, a
// place or a person of it, not the state acting (officials, troops, the government are read as the state); nor is
// a federal court's or prosecutor's ("U.S. District Judge …", "U.S. Attorney …"): they speak for themselves.
const STATE_AS_ATTRIBUTE =
  /^\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|and|or|a|an|the|to|in|on|of|for|its|their|said|says)\s)[a-z-]+\s+){0,2}(?:commonwealth|territory|territories|markets?|economy|economies|population|soil|stocks?|shares|sales|operations|subsidiary|subsidiaries|units?|dollars?|currency|man|woman|men|women|boy|girl|couple|family|consumers|companies|company|firms?|industry|industries|(?:auto|car|chip|steel|drug)?makers?|manufacturers?|producers?|giants?|bombings?|attacks?|blasts?|explosions?|team|coast|mainland|cities|city|town|villages?|tourists?|residents?|citizens?|students?|patients?|fugitives?|plants?|factory|factories|crisis|conflict|province|region|border|borders|competitions?|contests?|charts|versions?|editions?|pricing|prices|range|cars?|models?|tour|release|attorneys?(?! general)|marshals?|courts?|judges?|headquarters|clearance)\b|^\s+embass(?:y|ies)\s+(?:bombings?|attacks?|blasts?)\b|^ (?:District|Circuit|Bankruptcy|Magistrate) (?:Judge|Court)\b|^ (?:Attorney|Attorneys|Marshals?)\b(?! General)/;

// "Reiss & Co. B.V. of the Netherlands": where a company is based.
const COMPANY_OF = new RegExp(String.raw`\b(?:${LEGAL_SUFFIX}),? of (?:the )?$`);
const MARKET_HEAD = /^\s+(?:markets?|industry|industries|economy|sales|stocks?|shares|companies|company|firms?)\s/;
const EMBASSY_ATTACK = /^\s+embass(?:y|ies)\s+(?:bombings?|attacks?|blasts?)\b/;
const EVENT_AFTER = /^(?: \p{Lu}[\p{L}-]*){0,4} (?:Summit|Conference|Forum|Games|Cup|Championships?|Festival|Awards?|Prize|Olympics)\b/u;
const TOWN_STATE_BEFORE = /(?<![\p{L}\p{N}'’.-]|\p{Lu}[\p{L}.'’-]*\s)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), (?:\p{Lu}[\p{L}]*\.(?:\p{Lu}\.)?|\p{Lu}{2}), $/u;
// ("Smith Barney, Harris Upham & Co.": a partner may have two names.)
const FIRM_PARTNER_BEFORE = /(?<![\p{L}\p{N}'’.-]|\p{Lu}[\p{L}.'’-]*\s|,\s)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), $/u;
const MOVEMENT_AFTER = /^(?: \p{Lu}[\p{L}'’-]*){1,2} (?:Army|Front|Party|Movement|Brigades?)\b/u;
const BODY_OF_BEFORE =
  /\b(?:Bank|University|Institute|College|School|Academy|Museum|Church|Council|Association|Federation|Union|Chamber|Corporation|Company|Authority|Society) of (?:the )?$/;

// "the Soviets invaded Czechoslovakia", "its invasion of Kuwait", "withdraws from Lebanon": the land a force enters or leaves.
const STATE_INVADED = /\b(?:invad(?:e|es|ed|ing)|invasion of|occup(?:y|ies|ied|ying)|occupation of|annex(?:es|ed|ing)?|annexation of|withdr(?:aw|aws|awn|ew|awing|awal)(?: (?:\p{Ll}+ ){0,3}?)?from|pull(?:s|ed|ing)? (?:\p{Ll}+ ){0,2}?out of)\s+(?:the\s+)?$/u;
// "Israel withdraws from the West Bank and Syria from Lebanon": the verb left out of the second pair.
const STATE_LEFT = /\bwithdr(?:aw|aws|awn|ew|awing|awal)\b[^.;:]{0,80}\band\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+from\s+(?:the\s+)?$/u;
// "Rayna Kolt of Peru", "Jo Marr, 44, of Chile": where a person (with no office) is from.
const PERSON_OF = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+)(?:,\s+\d{1,3},)?\s+of\s+(?:the\s+)?$/u;
// "Brazil star Vadim Orel", "a U.S. swimmer, Kay Doyle": a person of the state, no agent of it ("U.S. envoy …" is).
const PERSON_AFTER = /^\s+((?:[\p{Ll}-]+\s+){1,2})(\p{Lu}\p{Ll}+)/u;
const NOT_A_NOUN = /^(?:never|ever|after|later|over|under|rather|other|either|whether|further|together|and|or|but|of|to|in|on|at|for|from|with|by|as|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|says|also|not|that|which|who|the|a|an|its|their|his|her|\p{Ll}+ly)$/u;
// "Peru's main tourist attraction", "Chile's Pacific port": a state's possession that is a place or a thing, not its act.
const LEGISLATURE = /(?:Senate|House|Congress|Parliament|Assembly|Legislature|Council|Duma|Knesset|Bundestag)$/;
const SEAT_SOUGHT = /\b(?:(?:race|run|running|ran|runs|bid|campaign|campaigning|candidate|candidates|candidacy|nomination|seat|seats|contest|primary) (?:for|in|to)|elected to|election to|reelection to|re-election to)\s+(?:the\s+)?$/;
const STATE_POSSESSION = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(?:tourist )?attractions?|landmarks?|ports?|harbou?rs?|coast(?:line)?|beaches|mountains|border|borders|capital|history|culture|landscape|scenery|cuisine|wildlife)\b/u;

function stateAsPlace(text: string, at: number, end: number, claimed: Uint8Array): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (STATE_LOCATIVE.test(before) || EXAMPLE_PLACE.test(before) || STATE_IN_HISTORY.test(before) || STATE_INVADED.test(before)) return true;
  if (STATE_LEFT.test(text.slice(Math.max(0, at - 140), at))) return true;
  // "a former Indian ambassador", "former U.S. President …": no longer the state's voice.
  if (/\bformer\s+(?:the\s+)?$/.test(before)) return true;
  const person = before.endsWith("of ") || before.endsWith("of the ") ? PERSON_OF.exec(before)?.[1] : undefined;
  const personWords = person?.split(/\s/) ?? [];
  if (person && !isTitle(person) && personWords.every((w) => !ORG_WORDS.has(w) && !TITLE_HEAD_WORDS.has(w) && !INDEX.has(w)) && (!isCommonWord(personWords[personWords.length - 1]!) || isFirstName(personWords[0]!))) return true;
  if (STATE_POSSESSION.test(text.slice(end, end + 50))) return true;
  const personAfter = PERSON_AFTER.exec(text.slice(end, end + 50));
  if (personAfter && !AGENT_AFTER_DEMONYM.test(text.slice(end, end + 40)) && !AGENT_AFTER_DEMONYM.test(text.slice(end, end + 40).replace(/^\s+\S+/, ""))) {
    const [, lower, name] = personAfter;
    const nouns = lower!.trim().split(/\s+/);
    const personName = (!isCommonWord(name!) || isFirstName(name!)) && !INDEX.has(name!) && !NEVER_ACTORS.has(name!.toLowerCase()) && !isPlaceName(name!);
    const head = nouns[nouns.length - 1]!;
    const personNoun = ROLE_NOUNS.has(head) || isRoleNoun(head) || /^(?:star|ace|great|legend|icon|idol|native|international)$/.test(head) || /(?:ist|er|or)$/.test(head);
    if (personName && personNoun && nouns.every((w) => !NOT_A_NOUN.test(w) && !isVerbForm(w))) return true;
  }
  // Cheap guards first: each pattern below needs "of " or ", " just before, or a lower-case word just after.
  if ((before.endsWith("of ") || before.endsWith("of the ")) && COMPANY_OF.test(before)) return true;
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && text.charCodeAt(end + 1) <= 122) {
    const after = text.slice(end, end + 40);
    // "U.S. military attacks": the state acting through its agents; "the Kenya embassy bombing" is a place's.
    // ("the U.S. market leader": the leader of a market, not the state's.)
    const shifted = MARKET_HEAD.test(after) ? "" : after.replace(/^\s+\S+/, "");
    if (STATE_AS_ATTRIBUTE.test(after) && ((!AGENT_AFTER_DEMONYM.test(after) && !AGENT_AFTER_DEMONYM.test(shifted)) || EMBASSY_ATTACK.test(after))) return true;
  } else if (/^ (?:District|Circuit|Bankruptcy|Magistrate|Attorneys?|Marshals?) /.test(text.slice(end, end + 12)) && STATE_AS_ATTRIBUTE.test(text.slice(end, end + 40))) return true;
  if (!before.endsWith(", ")) return false;
  const town = TOWN_BEFORE.exec(before);
  if (!town) return false;
  // "Kenya, Tanzania and the United States": a list of states, each one a party.
  const townStart = at - before.length + town.index + town[0].indexOf(town[1]!);
  return claimed[townStart] !== 1;
}

const CITY_ITSELF =
  /^(?:['’]s)?[^.;:!?"“”]{0,60}?\b(?:smog|air quality|dirty air|(?:its|the) air|polluted|pollution|traffic|streets|skyline|subway|metro system|commuters|weather|heat ?wave|flooding|rainfall|snowfall)\b/;

// ("Tokyo stock prices", "London share prices", "Frankfurt traders": the city's market, not the state.)
const CAPITAL_AS_ATTRIBUTE = /^ (?:summit|conference|talks|meeting|accords?|agreement|treaty|declaration|process|protocol|court|airport|suburbs?|district|office|bureau|marathon|stocks?|shares?|market|markets|exchange|bourse|index|trading|traders|dealers|brokers)\b/;
// "prices closed lower in Paris, Zurich, Amsterdam and Stockholm": every place of a list after a locative preposition.
const PLACE_LIST_BEFORE = /(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:, | and |, and | or ))+$/u;

const NICKNAME_AFTER = /^ (?:``|"|“|‘)(\p{Lu}[\p{L}.'’-]*)(?:''|"|”|’) (\p{Lu}[\p{L}'’-]+)(?![\p{L}])/u;
const FIELD_LIST = /^(?:, \p{Lu}\p{Ll}+)+,? and \p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u;

const entryKey = (e: GazetteerEntry) => `${e.kind}:${e.name}`;

const STATE_NAMES = new Set(STATE_ENTRIES.flatMap((e) => e.names.concat(e.name)));
const COURT_AFTER = /^ (?:(?:Circuit|District|Bankruptcy|Appeals|Tax|Claims) Court|Court of (?:Appeals|International Trade|Federal Claims))\b/;
const WORD_AFTER = /^ (\p{Lu}[\p{L}'’-]+)/u;
const WORD_BEFORE_NAME = /(?:^|[^\p{L}\p{N}.,'’])(\p{Lu}[\p{L}'’-]+) $/u;
/** Whether a capitalised word may belong to one name with a state's name beside it: no title, date, function word or name of ours. */
const nameWordBeside = (w: string) =>
  !INDEX.has(w) && !NEVER_ACTORS.has(w.toLowerCase()) && !isTitle(w) && !TITLE_HEAD_WORDS.has(w) && !LEADING_FUNCTION_WORDS.test(w) && !stateByDemonym(w) && !isDemonym(w);
/** "Kenya Airways", "Rwanda Hutus" (a word after the state), "Unicorp Canada" (a company's word before it). */
function stateInName(text: string, at: number, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (next && nameWordBeside(next) && !isFirstName(next) && !isTitle(text.slice(end + 1, end + 40))) return true;
  const prev = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!prev || !nameWordBeside(prev) || isCommonWord(prev) || isFirstName(prev) || isPlaceName(prev)) return false;
  // Not a sentence's first word, capitalised by position ("Later Canada said").
  const p0 = at - 1 - prev.length;
  return !/(?:^|[.!?:]["”’)]?\s+)$/.test(text.slice(Math.max(0, p0 - 6), p0));
}

// ---------------------------------------------------------------------------------------------
// Sentences that are not the article's prose.

const TEASER = /^(?:ALSO READ|READ MORE|READ ALSO|MUST READ|READ|SEE|WATCH|RELATED|MORE|RECOMMENDED|SPONSORED|ADVERTISEMENT|LISTEN|PHOTOS?|VIDEO|TRENDING)\b\s*[:|-]?/;
const CREDIT =
  /\b(?:contributed (?:to )?(?:this )?(?:report|story|article)|contributed reporting|added to this report|Reporting by|Editing by|Writing by|Additional reporting|Compiled by|Edited by)\b/i;
const COPYRIGHT = /©|\bAll Rights Reserved\b|^Copyright\b|\bmin read\b/i;
const BYLINE = /^(?:By|BY)\s+\p{Lu}/u;
// A broadcast reporter's hand-over and sign-off: "Here's ABC's Jim Roe.", "For The World, I'm Ann Poe in Washington.",
// "VOA's Jim Roe has details.", "Jim Roe, ABC News, Hong Kong.", "Jim Roe, NPR news, Boston." (a transcript's case),
// "And in just a moment Ann Poe will have some other news.".
const SIGN_OFF =
  /^(?:Here['’]s\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s*[.:]?$|(?:For\s.{1,40},?\s)?I['’]m\s+\p{Lu}[\p{L}.'’-]*\s\p{Lu}[\p{L}.'’-]*\b.{0,40}$|(?:\p{Lu}[\p{L}]*['’]s\s+)?\p{Lu}[\p{L}.'’-]*\s\p{Lu}[\p{L}.'’-]*\s(?:has|have)\s(?:details|more|the story|this report)\b|(?:And\s+)?(?:[Ii]n\s+(?:just\s+)?a\s+(?:moment|minute),?\s+)?\p{Lu}[\p{L}.'’-]*\s\p{Lu}[\p{L}.'’-]*\swill\shave\s(?:some\s+)?(?:other\s+|more\s+)?(?:news|details|more|the story)\b|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2}(?:,|\s+for)\s+\p{Lu}[\p{L}]*\s+(?:[Nn]ews|Radio|Television|TV)\b[^.!?]{0,40}\.?$|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2}\s+reports\s+from\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\.$)/u;

// The line naming the writer of an analysis box: "Jane Roe, BBC diplomatic correspondent". The publisher's own staff
// writing the piece are its byline, never actors of the story (issue 11's audit; gold.json agrees).
const AUTHOR_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2},\s+(?:[\p{L}'’.-]+\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|bureau chief|analyst)$/u;

export function junkSentenceIndices(sentences: TextSpan[]): Set<number> {
  const junk = new Set<number>();
  sentences.forEach((s, i) => {
    const t = s.text;
    if (TEASER.test(t) || CREDIT.test(t) || COPYRIGHT.test(t) || AUTHOR_LINE.test(t) || (t.length < 100 && SIGN_OFF.test(t)) || (BYLINE.test(t) && t.split(/\s+/).length < 14)) junk.add(i);
    // A title-case line with no sentence punctuation: a headline or a navigation item.
    else if (!/[.!?"”:]$/.test(t)) {
      const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
      const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      if (words.length >= 3 && caps / words.length > 0.6) junk.add(i);
      if (words.length <= 3) junk.add(i);
    }
  });
  return junk;
}

// ---------------------------------------------------------------------------------------------

const SPEECH_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:has|had|have|is|was|also|then|later|previously|again|on \w+|last \w+)\s+)*(?:${SPEECH}|states|notes|stresses|claimed|claims|asked|asks|demanded|demands|urged|urges|called|calls|replied|responded|acknowledged|admitted|confirmed|denied|tweeted|posted|testified|recalled|suggested|instructed|informed|famous|kept in mind|believes|thinks|hopes|wants|spoke|met|visited|signed|ordered|ruled|filed|sued|requested|pleaded|vowed|promised|threatened|refused|rejected|accused|criticized|criticised|advised|desires|desired|insisted|pressed|sought|seeks|wanted|needs|required|requires|planned|plans|proposed|offered|called)\b`,
);
// Before a name only the verbs that invert ('…," said Roe'): most speech verbs take their object there ("warned Russia").
const SPEECH_BEFORE = /\b(?:said|says|according to|told|by|wrote|asked|added)\s+$/;
const ADDRESSED_BEFORE = /\b(?:warn|warns|warned|warning|urge|urges|urged|urging|tell|tells|telling|ask|asks|asking|remind|reminds|reminded|reminding|assure|assures|assured|assuring|advise|advises|advised|advising|persuade|persuaded|persuading|convince|convinced|convincing|implore|implored|begged|pressed|pressing)\s+$/;

// A run of capitalised words, possibly joined by name particles ("Bank of England", "Security and Defense Council").
// ("Dunkin' Donuts": a word cut after "in'" carries the name on, as a plural possessive does; "Guber/Peters
// Entertainment Co.": partners' names joined by a slash are one word of the name.)
// Built twice: with Unicode property classes, and with Latin ranges for Latin-script text (most articles),
// which V8 runs several times faster.
const word = (Lu: string, L: string, M: string, N: string) =>
  String.raw`(?:(?:St|Mt|Ft|Jr|Sr|Dr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|Mr|Mrs|Ms)\.|${NAME_SUFFIX_INSIDE}|${Lu}\.(?:${Lu}\.)*|${Lu}[${L}${M}${N}]*(?:['’]${Lu}[${L}${M}]*)?(?:-[${L}${N}][${L}${M}${N}]*)*(?:[/&]${Lu}[${L}${M}${N}]*)*(?:['’]s(?= ${Lu})|(?<=s|in)['’](?= ${Lu}))?)`;
// A legal suffix inside a name: "Cie." opens French companies' names ("Cie. Financiere de Rostand"; "Dupont & Cie." ends one), and a few words
// carry a name on after "Corp." ("Service Corp. International"); elsewhere the suffix ends the name, without its stop.
const NAME_SUFFIX_INSIDE = String.raw`(?<!(?:&|amp|and|et) )Cie\.(?= )|(?:Corp|Inc|Co|Ltd)\.(?= (?:International|Group|Holdings?|Industries)\b)`;
// "amp" is the "&" of treebank-style wire copy ("Reiss amp Co."); "arap" a Kalenjin name particle.
const CONN = String.raw`(?: (?:of|for|on|and|&|amp|de|des|da|del|der|den|van|von|bin|arap|al|la|le|du|di|dos|das|y)(?: (?:the|der|den|de|la|van|von|da|du|del|al))? )`;
// "Ahmed Maher el-Sayed", "Bashar al-Assad": an Arabic article joined to a later word of the name.
const ARTICLE = String.raw`(?:(?:al|el|ad|ash|as|at|ar|an|az|ed)-)?`;
const ARTICLE_WORD = /^(?:al|el|ad|ash|as|at|ar|an|az|ed)-\p{Lu}/u;
const sequence = (w: string, flags: string) => new RegExp(String.raw`${w}(?:(?:${CONN}|[  ])${ARTICLE}${w})*`, flags);
const SEQUENCE_ANY = sequence(word(String.raw`\p{Lu}`, String.raw`\p{L}`, String.raw`\p{M}`, String.raw`\p{N}`), "gu");
const LATIN_UPPER = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0106\u010C\u0110\u011E\u0130\u0141\u0143\u0152\u015A\u015E\u0160\u0179\u017B\u017D\u0218\u021A]`;
const SEQUENCE_LATIN = sequence(word(LATIN_UPPER, String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`, String.raw`\u0300-\u036F`, "0-9"), "g");
const NOT_LATIN = /[^\u0000-\u024F\u0300-\u036F\u2000-\u206F\u20AC]/;
/** Runs of capitalised words, with the faster pattern when the text allows it. */
const sequences = (text: string) => text.matchAll(new RegExp(NOT_LATIN.test(text) ? SEQUENCE_ANY : SEQUENCE_LATIN));
const WORD_BEFORE = /[\p{L}\p{N}'’]/u;
const CONNECTORS = new Set(["of", "for", "on", "arap", "and", "&", "amp", "de", "des", "da", "del", "der", "den", "van", "von", "bin", "al", "la", "le", "du", "di", "dos", "das", "y", "the"]);

interface Tok {
  text: string;
  start: number;
  end: number;
  /** A word that is a name of its own, never joined to the words after it. */
  alone?: boolean;
}

// Titles, longest first, as regexes anchored at the start of a name.
const TITLES = [...PERSON_TITLES].sort((a, b) => b.length - a.length);
const TITLE_HEADS = "Minister|Secretary|President|Chief|Director|Commissioner|Spokesman|Spokeswoman|Spokesperson|Governor|Ambassador|Chairman|Chairwoman|Executive|Officer|Judge|Justice|Chancellor|Mayor|Leader|Coordinator|Envoy|Administrator|Superintendent|Treasurer|Attorney";
const TITLE_HEAD_WORDS = new Set(TITLE_HEADS.split("|"));
const TITLE_RE = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}-]+ ){1,2}(?:${TITLE_HEADS})|${TITLES.map(escapeRegExp).join("|")})(?=\\s|$)`,
  "u",
);

// The same names are tested for a title many times per article (segmenting, classifying, chained titles), and
// the pattern is a long alternation: remember the answer per string.
/** The title opening `s` ("Foreign Minister", "Dr."), or null. */
const titleOf = memoize((s: string): string | null => TITLE_RE.exec(s)?.[0] ?? null);
export const isTitle = (s: string) => titleOf(s) !== null;

const ROLE_MODIFIERS = new Set(
  `senior deputy chief foreign press former top acting interim vice assistant associate executive general national
   security defense defence state presidential military union company police city county federal regional district
   party opposition government administration campaign communications policy trade health labour labor finance
   intelligence public local longtime veteran lead head principal special legal shop human rights climate student
   community tenant tenants' strike`
    .split(/\s+/),
);

const singularTitle = (t: string) => t.replace(/^Presidents$/, "President").replace(/^Sens\.$/, "Sen.").replace(/^Reps\.$/, "Rep.");

interface Candidate {
  start: number;
  end: number;
  name: string;
  tokens: string[];
  kind: "person" | "organization" | "surname" | "acronym";
  role: string | null;
  /** Why it is a person (title, role, first name …); surnames without one need an existing person. */
  strong: boolean;
  /** An organisation only by the lexicon ("Ford"): the surname of a person of the article wins. */
  lexical?: boolean;
  sentence: number;
}

export function findMentions(text: string, sentences: TextSpan[], metadata: ArticleMetadata): MentionResult {
  const junkSentences = junkSentenceIndices(sentences);
  const sentenceOf = makeSentenceLookup(sentences);
  const inJunk = (at: number) => {
    const i = sentenceOf(at);
    return i < 0 || junkSentences.has(i);
  };
  const mentions: Mention[] = [];
  const claimedMask = new Uint8Array(text.length + 1);
  const claim = (start: number, end: number) => claimedMask.fill(1, start, end);

  // Names that belong to the article's own writers or publisher.
  const banned = new Set<string>(NEWS_AGENCIES);
  if (metadata.publisher) banned.add(metadata.publisher.toLowerCase());
  if (metadata.byline) for (const n of metadata.byline.split(/\s*(?:,|\band\b|&|\bBy\b|\bby\b)\s*/)) if (n.trim()) banned.add(n.trim().toLowerCase());
  for (const i of junkSentences) {
    const t = sentences[i]!.text;
    if (!CREDIT.test(t) && !BYLINE.test(t) && !AUTHOR_LINE.test(t)) continue;
    for (const m of sequences(t)) {
      if (m.index > 0 && WORD_BEFORE.test(t[m.index - 1]!)) continue;
      for (const part of m[0].split(/\s+and\s+/)) banned.add(part.toLowerCase());
    }
  }
  // "the DAX index lost 4%", "Dow Jones industrials 2596.72": a market index is no actor, wherever the story names it.
  if (/ (?:index|industrials|average)\b/.test(text)) for (const m of text.matchAll(INDEX_NAME)) banned.add(m[1]!.toLowerCase());

  // 1. Gazetteer phrases.
  // Every gazetteer phrase starts with a capital ("al-Qaeda" aside): scan capitalised words only.
  const wordStart = /[A-Z\u00C0-\u00DE][A-Za-z0-9\u00C0-\u024F]*|\bal(?=[- ][QA])/g;
  for (let m = wordStart.exec(text); m; m = wordStart.exec(text)) {
    const at = m.index;
    if (at > 0 && WORD_BEFORE.test(text[at - 1]!)) continue;
    const list = INDEX.get(m[0]);
    if (!list) continue;
    const phrase = list.find((p) => text.startsWith(p.text, at) && !/[\p{L}\p{N}]/u.test(text[at + p.text.length] ?? " "));
    if (!phrase) continue;
    const end = at + phrase.text.length;
    wordStart.lastIndex = end;
    if (inJunk(at)) continue;
    const entry = phrase.entry;
    // "Central America", "South America", "Latin America": a continent or a region, never the United States.
    // Claimed whole, so the run is no body's name either.
    const region = phrase.text === "America" ? /(?:Central|South|North|Latin) $/u.exec(text.slice(Math.max(0, at - 9), at)) : null;
    if (region && !/\p{L}/u.test(text.charAt(at - region[0].length - 1))) {
      claim(at - region[0].length, end);
      continue;
    }
    // "Agence France-Presse", "Austria-Hungary": a state's name opening a hyphenated proper compound is not the state;
    // "US$" is a currency, "the Vietnam War" a war.
    if (/^(?:-\p{Lu}|\$| Wars?\b)/u.test(text.slice(end, end + 5))) continue;
    // "the United Nations Climate Action Summit": the name of an event; "Union Bank of Finland", "Kosovo Liberation
    // Army": of a body.
    if (EVENT_AFTER.test(text.slice(end, end + 60)) || BODY_OF_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (phrase.type === "name" && !phrase.text.includes(".") && MOVEMENT_AFTER.test(text.slice(end, end + 40))) continue;
    // "Robert Jordan", "Michael Georgia": a one-word state's name right after a given name is a surname.
    if (phrase.type === "name" && !phrase.text.includes(" ")) {
      const prev = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
      if (prev && isFirstName(prev) && !INDEX.has(prev) && !isTitle(prev)) continue;
    }
    // "the U.S. Circuit Court of Appeals": a state's court, named with the state (the capitalised run reads it whole).
    if (entry.kind === "country" && phrase.type === "name" && COURT_AFTER.test(text.slice(end, end + 30))) continue;
    // "the Ontario Supreme Court", "the Ohio Senate": a place before a body's name makes it another body, read as a run.
    if (entry.kind === "organization" && phrase.type === "name") {
      const prev = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, at - 30), at))?.[1];
      if (prev && !INDEX.has(prev) && isPlaceName(prev)) continue;
    }
    // "Kenya Airways", "Rwanda Hutus", "Unicorp Canada": a one-word state's name joined to a capitalised word that is
    // no title, date or name of ours is part of a company's or a people's name, not the state (classify reads the run).
    if (phrase.type === "name" && entry.kind === "country" && !/[ .]/.test(phrase.text) && /\p{Ll}/u.test(phrase.text) && stateInName(text, at, end)) continue;
    // "Chad Smith", "Superintendent Chad Smith", "Sofia Marek": a state's or a capital's name that is also a given
    // name, followed by a capitalised word that is no name of ours, is a person's first name.
    if ((phrase.type === "name" || phrase.type === "capital") && !phrase.text.includes(" ") && isFirstName(phrase.text)) {
      const next = /^ (\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1];
      if (next && !INDEX.has(next) && !ORG_WORDS.has(next) && !isCommonWord(next) && !isPlaceName(next)) continue;
    }
    const before = text.slice(Math.max(0, at - 30), at);
    // "US" in an all-caps line is a pronoun; acronyms need a proper sentence.
    if (/^\p{Lu}{2,}$/u.test(phrase.text) && /\p{Lu}{3,}\s+$/u.test(before)) continue;
    // "the West Bank", "West Virginia": the word opens another place's name.
    if (entry === WEST && phrase.text === "West" && (!/\bthe\s+$/i.test(before) || /^ \p{Lu}/u.test(text.slice(end, end + 2)))) continue;
    // "Little Havana", "East Jerusalem", "Old Delhi": a part of a city, a place, not the state its capital stands for.
    if (phrase.type === "capital" && PLACE_PREFIX.test(before)) continue;
    // "New Mexico", "New England": another place's name (New Zealand is matched whole, before this).
    if (phrase.type === "name" && /(?:^|[^\p{L}])New $/u.test(before)) continue;
    let surface = phrase.text;
    let weight = 1;
    let alias = true;
    let indirect = false;
    if (entry === WEST && phrase.text === "West") surface = "the West";
    // "Defense Minister Wellington Koo": a first name after a title, not the capital.
    if (phrase.type === "capital" && /\b(?:Minister|President|Secretary|General|Gen\.|Governor|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.|Judge|Senator|Sen\.|Rep\.|Mayor|Chairman|Chief)\s+$/.test(before)) continue;
    if (phrase.type === "capital") {
      // "in Moscow", "talks in Geneva": a place, not the state. "Moscow submitted": the state ("Moscow-backed" too, which counts once the story names it otherwise).
      if (LOCATIVE_BEFORE.test(before) || EXAMPLE_PLACE.test(text.slice(Math.max(0, at - 90), at)) || /^,\s*(?:D\.C\.|\p{Lu}{2}\b)/u.test(text.slice(end, end + 8))) continue;
      const list = /(?:, | and | or )$/.test(before) ? PLACE_LIST_BEFORE.exec(text.slice(Math.max(0, at - 120), at)) : null;
      if (list && LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - list[0].length - 30), at - list[0].length))) continue;
      // "Paris has long suffered from smog", "London's streets": the city itself, its air and streets, not the state.
      if (CITY_ITSELF.test(text.slice(end, end + 90))) continue;
      // "the Madrid summit", "a Helsinki court", "the post-Madrid plan": the city names an event, a site or a thing.
      if (CAPITAL_AS_ATTRIBUTE.test(text.slice(end, end + 16)) || /\p{Ll}-$/u.test(before)) continue;
      weight = 0.8;
    } else if (phrase.type === "metonym") {
      if (/\bthe\s+$/i.test(before)) surface = `the ${phrase.text}`;
    } else if (phrase.type === "demonym") {
      const after = text.slice(end, end + 40);
      // "Russian officials" stands for the state; "Russian economy" does not, nor does "a former Indian ambassador".
      if (!AGENT_AFTER_DEMONYM.test(after) || /\bformer\s+$/.test(before)) continue;
      // "a ceremony at the Dutch embassy", "protesters outside the Chinese consulate": the state's building, a place.
      if (/^ (?:embassy|consulate)\b/.test(after) && STATE_LOCATIVE.test(before)) continue;
      weight = 0.5;
      alias = false;
      indirect = true;
    } else if (phrase.type === "demonymPlural") {
      // "ethnic Albanians", "Bosnian Serbs", "Kosovo Serbs": a people within states, a party of its own (never the state).
      const place = /(?:^|[^\p{L}])(\p{Lu}\p{L}+) $/u.exec(before)?.[1];
      const within = !!place && (!!stateByDemonym(place) || STATE_NAMES.has(place) || isPlaceName(place));
      const lead = within ? `${place} ` : /\bethnic\s+$/i.exec(before)?.[0];
      if (lead) {
        const from = at - lead.length;
        claim(from, end);
        const name = within ? `${place} ${phrase.text}` : `ethnic ${phrase.text}`;
        // "Kosovo Serbs": the place read as a state just before is part of the people's name.
        if (mentions[mentions.length - 1]?.start === from) mentions.pop();
        mentions.push({ start: from, end, surface: text.slice(from, end), key: `group:${name.toLowerCase()}`, name, kind: "group", role: null, alias: false, weight: 1 });
        continue;
      }
      if (!/\bthe\s+$/i.test(before)) continue;
      // "Bosnian Serbs … the Serbs": the people the story named with their place.
      const people = mentions.findLast((m) => m.kind === "group" && m.name.endsWith(` ${phrase.text}`) && !m.name.startsWith("ethnic "));
      if (people) {
        claim(at, end);
        mentions.push({ ...people, start: at, end, surface: `the ${phrase.text}` });
        continue;
      }
      // "the Palestinians" names the people acting as a party: an alias worth keeping.
      weight = 0.7;
      surface = `the ${phrase.text}`;
    }
    // "the U.S. government", "the Finnish government": the state's government, named as written, the state its alias.
    if (entry.kind === "country" && (phrase.type === "name" || phrase.type === "capital" || phrase.type === "demonym") && /^ government\b/.test(text.slice(end, end + 12))) {
      const name = `${phrase.text} government`;
      claim(at, end + 11);
      mentions.push({ start: at, end: end + 11, surface: name, key: `organization:${name.toLowerCase()}`, name, kind: "organization", role: null, alias: true, weight: 1, state: entry.name });
      continue;
    }
    claim(at, end);
    // "fled to Mexico", "a homecoming to the West", "flown to Brussels, Belgium", "Karachi, Pakistan", "the U.S. candy market": a state named
    // only as a place or an attribute is no party (actorDrafts); nor is a body named only in a modifier ("CIA-trained
    // exiles", "Moscow-backed"): it counts when the story names it otherwise.
    const modifier = text.charCodeAt(end) === 45 && /^-\p{Ll}/u.test(text.slice(end, end + 2));
    // "the race for U.S. Senate", "elected to Parliament": the seat sought, not the body acting.
    const seat = entry.kind === "organization" && LEGISLATURE.test(entry.name) && SEAT_SOUGHT.test(text.slice(Math.max(0, at - 40), at).replace(/(?:U\.S\.|US|state|State)\s+$/, ""));
    const locative = modifier || seat || ((entry.kind === "country" || entry === WEST) && phrase.type === "name" && stateAsPlace(text, at, end, claimedMask));
    mentions.push({ start: at, end, surface, key: entryKey(entry), name: entry.name, kind: entry.kind, role: null, alias, weight, indirect, locative });
  }

  // 1b. "the Hong Kong government", "Scottish authorities": the government of a place that is no state of ours.
  // Found from the noun back, which is far cheaper than a pattern tried at every capital.
  for (const g of text.matchAll(GOVERNMENT_NOUN)) {
    const window = text.slice(Math.max(0, g.index - 60), g.index);
    const run = PLACE_BEFORE.exec(window)?.[1];
    if (!run) continue;
    let words = run.split(" ");
    // A sentence-initial "The", "But" is no part of the place.
    while (words.length && LEADING_FUNCTION_WORDS.test(words[0]!)) words = words.slice(1);
    // "the Scottish government": an adjective names the government's people, not a place (the demand reader's group).
    if (!words.length || words.some((w) => isDemonym(w) || /(?:ian|ese|ish)$/.test(w))) continue;
    const written = words.join(" ");
    const place = written.replace(/['’]s$/, "");
    const start = g.index - 1 - written.length;
    const end = start + place.length;
    if (claimedMask.subarray(start, end).includes(1) || inJunk(start)) continue;
    // "any European government", "a Western government": no particular government.
    if (REGION_ADJECTIVES.test(words[0]!) || (g[0] !== "task force" && /\b(?:any|a|an|every|each|another|other|no|some|one)\s+$/i.test(text.slice(Math.max(0, start - 9), start)))) continue;
    if (isFirstName(words[0]!) || US_PRESIDENTS.includes(place) || words.some((w) => ORG_WORDS.has(w) || TITLE_HEAD_WORDS.has(w) || NEVER_ACTORS.has(w.toLowerCase()))) continue;
    claim(start, end);
    const name = `${place} ${g[0] === "task force" ? g[0] : "government"}`;
    mentions.push({ start, end: g.index + g[0].length, surface: `${place} ${g[0]}`, key: `organization:${name.toLowerCase()}`, name, kind: "organization", role: null, alias: true, weight: 1 });
  }

  // 2. "the Biden administration": the United States' government, named as written.
  const admin = new RegExp(`(?<![\\p{L}])(?:(${US_PRESIDENTS.join("|")})(?:['’]s)? administration)`, "gu");
  for (const m of text.matchAll(admin)) {
    if (inJunk(m.index)) continue;
    const prevCap = /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, m.index - 20), m.index));
    const end = m.index + m[0].length;
    if (!prevCap) claim(m.index, m.index + m[1]!.length);
    mentions.push({
      start: m.index,
      end,
      surface: m[0].replace(/['’]s /, " "),
      // The government as the story names it: a demand is the administration's, as readers and editors write it.
      key: `organization:${m[0].replace(/['’]s /, " ").toLowerCase()}`,
      name: m[0].replace(/['’]s /, " "),
      kind: "organization",
      state: UNITED_STATES.name,
      // "a former Clinton administration adviser": a past job's title, not the administration acting.
      locative: /\bformer\s+$/.test(text.slice(Math.max(0, m.index - 10), m.index)),
      role: null,
      alias: true,
      weight: 0.8,
    });
  }

  // 3. Capitalised sequences → people and organisations.
  const isClaimed = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (claimedMask[k] === 1) return true;
    return false;
  };
  const candidates: Candidate[] = [];
  const orgSpans: Array<[number, number]> = [];
  let fieldsEnd = -1;
  for (const m of sequences(text)) {
    if (m.index > 0 && WORD_BEFORE.test(text[m.index - 1]!)) continue;
    const si = sentenceOf(m.index);
    if (si < 0 || junkSentences.has(si)) continue;
    // “Mary Poppins”, "Star Wars": a title in quotation marks is a work, not an actor.
    if (/[“"‘]/.test(text[m.index - 1] ?? "") && /^[,.]?[”"’]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // Words in a run are separated by single spaces.
    const toks: Tok[] = [];
    let at = m.index;
    for (const w of m[0].split(/[  ]/)) {
      if (w) toks.push({ text: w, start: at, end: at + w.length });
      at += w.length + 1;
    }
    // "Southern's Gulf Power unit": the owner's possessive ends the owner's name, and the unit is named after it.
    if (toks.length >= 2 && /^\s+(?:unit|units|subsidiary|division|affiliate)\b/.test(text.slice(at - 1, at + 20))) {
      const k = toks.findIndex((t, i) => i < toks.length - 1 && /^\p{Lu}[\p{L}-]*['’]s$/u.test(t.text));
      if (k >= 0) toks[k] = { text: toks[k]!.text.slice(0, -2), start: toks[k]!.start, end: toks[k]!.end - 2, alone: true };
    }
    // "the anti-Castro Cuban American National Foundation", "a pro-Beijing party": the name after the prefix is named
    // on its own; it describes what follows, and is no part of its name.
    if (/(?:^|[^\p{L}])(?:anti|pro|non|neo|post|pre|pan|counter)-$/iu.test(text.slice(Math.max(0, m.index - 9), m.index))) toks[0]!.alone = true;
    // "the Financial Institution Reform, Recovery and Enforcement Act": a law's name, cut by its commas.
    if (/^(?:, \p{Lu}\p{Ll}+)+,? and \p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ )?(?:Act|Law|Bill|Code|Treaty|Accord|Amendment)\b/u.test(text.slice(at - 1, at + 90))) continue;
    // "Council on Energy, Environment and Water": a body's fields listed with commas belong to its name.
    const fields = toks.length >= 3 && /^(?:on|of|for)$/.test(toks[toks.length - 2]!.text) ? FIELD_LIST.exec(text.slice(at - 1, at + 80)) : null;
    if (fields && ORG_WORDS.has(toks[toks.length - 3]!.text) && fields[0].match(/\p{Lu}\p{Ll}+/gu)!.every((w) => isCommonWord(w) && !ORG_WORDS.has(w))) {
      for (const w of fields[0].matchAll(/\p{L}+/gu)) toks.push({ text: w[0], start: at - 1 + w.index, end: at - 1 + w.index + w[0].length });
      fieldsEnd = at - 1 + fields[0].length;
    } else if (m.index < fieldsEnd) continue;
    // 'Ernesto "Che" Guevara', "Thomas ``Tip'' O'Neill": a nickname in quotation marks between the given name and the
    // surname; the name is read without it (and the runs of the nickname and surname are read no more).
    const nick = isFirstName(toks[toks.length - 1]!.text) ? NICKNAME_AFTER.exec(text.slice(at - 1, at + 60)) : null;
    if (nick && !isCommonWord(nick[2]!)) {
      const sStart = at - 1 + nick[0].length - nick[2]!.length;
      toks.push({ text: nick[2]!, start: sStart, end: sStart + nick[2]!.length });
      fieldsEnd = sStart + nick[2]!.length;
    }
    // "Goldman, Sachs & Co.", "Bear, Stearns & Co.": a partnership's name keeps the partner before its comma.
    if (toks.some((t) => t.text === "&" || t.text === "amp")) {
      const partner = FIRM_PARTNER_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const pStart = m.index - (partner?.[0].length ?? 0);
      if (partner && !isClaimed(pStart, pStart + partner[1]!.length) && !(isCommonWord(partner[1]!) && sentences[si]!.start === pStart)) {
        for (let k = candidates.length - 1; k >= 0 && candidates[k]!.start >= pStart; k--) if (candidates[k]!.start === pStart) candidates.splice(k, 1);
        toks.unshift({ text: partner[1]!, start: pStart, end: pStart + partner[1]!.length });
      }
    }
    // "the Amherst, N.Y., Police Department": a town's body, with the town's state between them.
    if (ORG_WORDS.has(toks[toks.length - 1]!.text) && isCommonWord(toks[0]!.text) && !isTitle(toks[0]!.text)) {
      const town = TOWN_STATE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const tStart = m.index - (town?.[0].length ?? 0);
      if (town && !isClaimed(tStart, tStart + town[1]!.length) && !NEVER_ACTORS.has(town[1]!.toLowerCase())) {
        for (let k = candidates.length - 1; k >= 0 && candidates[k]!.start >= tStart; k--) if (candidates[k]!.start === tStart) candidates.splice(k, 1);
        toks.unshift({ text: town[1]!, start: tStart, end: tStart + town[1]!.length });
      }
    }
    // "The group, Last Generation Norway, said …": the whole run names an organisation, even with a
    // country in it.
    const end = m.index + m[0].length;
    if (toks.length >= 2 && /^\s*,/.test(text.slice(end, end + 2)) && ORG_PRE_APPOSITION.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const name = m[0].replace(/^The /, "");
      candidates.push({ start: end - name.length, end, name, tokens: name.split(" "), kind: "organization", role: null, strong: true, sentence: si });
      orgSpans.push([end - name.length, end]);
      continue;
    }
    for (const seg of segments(toks, isClaimed)) {
      const c = classify(seg, text, sentences[si]!, si, banned);
      if (c?.kind === "organization") nameOpenedBefore(c, text, sentences[si]!, candidates, isClaimed);
      if (c) candidates.push(c);
    }
  }

  // Acronyms defined in parentheses after a name: "the Union of Nurses (UON)".
  const acronymOf = new Map<string, string>();
  const thingAcronyms = new Set<string>();
  const orgNames0 = new Set<string>();
  for (const p of text.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/gu)) {
    const m = /((?:\p{Lu}[\p{L}'’.-]*\s+)(?:(?:of|for|and|the)\s+|\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, p.index - 90), p.index));
    if (!m) continue;
    // "Volatiles Investigating Polar Exploration Rover (VIPER) mission": the name of a thing, not a body.
    // "Commercial Lunar Payload Services (CLPS) contracts": a programme one holds contracts under.
    const next = text.slice(p.index + p[0].length, p.index + p[0].length + 20);
    if (THING_AFTER.test(next) || /^\s+contracts?\b/.test(next)) {
      const s0 = p.index - m[0].length;
      for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k]!.start < p.index && candidates[k]!.end > s0) candidates.splice(k, 1);
      thingAcronyms.add(p[1]!);
      continue;
    }
    // "The North Atlantic Treaty Organization (NATO)": a body of the gazetteer, which knows both names as one already.
    if (INDEX.get(p[1]!)?.some((x) => x.text === p[1])) continue;
    const long = m[1]!.replace(/^(?:the|The)\s+/, "").replace(/^.*\b(?:of|by|from|to|with) the\s+/, "");
    acronymOf.set(p[1]!, initialsName(long, p[1]!) ?? long);
    // "Customs and Border Protection (CBP)": letters that are the initials of the words before it make the
    // phrase an organisation's name, whatever its words, and the acronym one of its names.
    const named = initialsName(long, p[1]!);
    if (named) {
      const s0 = text.lastIndexOf(named, p.index);
      const si = sentenceOf(s0);
      if (s0 < 0 || si < 0 || junkSentences.has(si)) continue;
      for (let k = candidates.length - 1; k >= 0; k--) if (candidates[k]!.start < s0 + named.length && candidates[k]!.end > s0) candidates.splice(k, 1);
      candidates.push({ start: s0, end: s0 + named.length, name: named, tokens: named.split(" "), kind: "organization", role: null, strong: true, sentence: si });
      orgNames0.add(named);
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  // "a Libyan World Court case" where the story names the World Court: the people's adjective modifies the body's name.
  const bodies = new Set(candidates.filter((c) => c.kind === "organization").map((c) => c.name));
  for (const c of candidates) {
    const rest = c.tokens.slice(1).join(" ");
    if (c.kind !== "organization" || c.tokens.length < 3 || !stateByDemonym(c.tokens[0]!) || !bodies.has(rest)) continue;
    Object.assign(c, { start: c.end - rest.length, name: rest, tokens: c.tokens.slice(1) });
  }
  // Organisations and their short forms: "Greystone" for Greystone Logistics Partners, "UAPW", "Confech".
  const orgNames = new Map<string, string>();
  for (const c of candidates) {
    if (c.kind !== "organization") continue;
    const n = acronymOf.get(c.name) ?? c.name;
    if (!orgNames.has(n.toLowerCase())) orgNames.set(n.toLowerCase(), n);
  }
  const shortForm = new Map<string, string>();
  for (const n of orgNames.values()) {
    const first = n.split(" ")[0]!;
    if (n.includes(" ") && !ORG_WORDS.has(first) && !isTitle(first) && !isCommonWord(first) && !isPlaceName(first) && !stateByDemonym(first) && (/^\p{Lu}+$/u.test(first) || !isFirstName(first))) {
      shortForm.set(first.replace(/['’]s$/, ""), n);
    }
    const rest = n.split(" ").slice(1);
    // "Anheuser" for Anheuser-Busch Cos., "Emery" for Emery Worldwide: a company's first word before a hyphen, or a
    // given name before nothing but company words (a person so named would carry a surname).
    const hyphened = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(first)?.[1];
    const lead = hyphened ?? (rest.length && isFirstName(first) && rest.every((w) => ORG_WORDS.has(w) || COMPANY_SUFFIX.test(w)) ? first : undefined);
    if (lead && !shortForm.has(lead) && !isCommonWord(lead) && !isPlaceName(lead) && !stateByDemonym(lead) && !INDEX.has(lead)) shortForm.set(lead, n);
  }
  // "Merieux" for Institut Merieux S.A.: the one name word after the body's word.
  for (const n of orgNames.values()) {
    const ws = n.split(" ").filter((w) => !COMPANY_SUFFIX.test(w));
    if (ws.length === 2 && ORG_WORDS.has(ws[0]!) && !ORG_WORDS.has(ws[1]!) && !isCommonWord(ws[1]!) && !isPlaceName(ws[1]!) && !shortForm.has(ws[1]!)) shortForm.set(ws[1]!, n);
  }
  // "Paribas" for Cie. Financiere de Paribas, "Navigation Mixte" for Cie. de Navigation Mixte: a French company is
  // called by the name after its "Cie. … de".
  for (const n of orgNames.values()) {
    const own = /^(?:Cie\.?|Compagnie|Soci[eé]t[eé]|Groupe)(?: \p{Lu}[\p{L}]*)? (?:de|du|des) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)$/u.exec(n)?.[1];
    if (own && !isPlaceName(own) && !INDEX.has(own) && !shortForm.has(own)) shortForm.set(own, n);
  }
  // "Disney" for the Walt Disney Co: the surname of a founder's name before the company word.
  for (const n of orgNames.values()) {
    const ws = n.split(" ");
    if (ws.length === 3 && ORG_WORDS.has(ws[2]!.replace(/\.$/, "")) && isFirstName(ws[0]!) && !isCommonWord(ws[1]!) && !isPlaceName(ws[1]!) && !shortForm.has(ws[1]!)) shortForm.set(ws[1]!, n);
  }
  // Initials: "BJP" for the Bharatiya Janata Party, "UAPW" for the United Auto Parts Workers.
  for (const n of orgNames.values()) {
    // "KKR" for Kohlberg Kravis Roberts & Co.: the legal suffix has no letter in the initials.
    const words = n.split(" ").filter((w) => /^\p{Lu}/u.test(w) && !COMPANY_SUFFIX.test(w));
    if (words.length >= 3) shortForm.set(words.map((w) => w[0]).join(""), n);
  }
  for (const [a, n] of acronymOf) if (orgNames.has(n.toLowerCase()) || orgNames0.has(n) || n.split(" ").some((w) => ORG_WORDS.has(w))) shortForm.set(a, orgNames.get(n.toLowerCase()) ?? n);

  // People: one per (first name, surname); a bare surname goes to the most-named person who has it.
  interface Person {
    name: string;
    first: string;
    words: number;
    count: number;
  }
  // "Elian", "Liu", "Juan Miguel": the leading words of exactly one longer name of the article (given names, or a
  // family name written first) are that person.
  const leadingWords = (names: Iterable<string>) => {
    const byPrefix = new Map<string, string[]>();
    for (const n of names) {
      const ws = n.split(" ");
      for (let k = 1; k < ws.length; k++) {
        const prefix = ws.slice(0, k).join(" ");
        byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), n]);
      }
    }
    return byPrefix;
  };
  // "Heliva Tarmadi, an official, …" then "Ms. Tarmadi says", "Saddam said": a two-word name with a given name the
  // lexicon lacks is a person's full name when the story names that person by one of its words as a person.
  // ("Connaught BioSciences" … "a share for Connaught, said": a company, read below.)
  const inBusiness = (c: Candidate) => BUSINESS_AFTER.test(text.slice(c.end, c.end + 30)) || BUSINESS_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) || RESULTS_AFTER.test(text.slice(c.end, c.end + 60));
  const traded = new Set(candidates.filter((c) => c.tokens.length === 1 && inBusiness(c)).map((c) => c.name));
  const onePersonWords = new Set(candidates.filter((c) => c.kind === "person" && c.tokens.length === 1 && !c.lexical && !traded.has(c.name) && !shortForm.has(c.name) && !orgNames.has(c.name.toLowerCase())).map((c) => c.name));
  for (const c of candidates) {
    if (c.kind === "surname" && c.tokens.length === 2 && !/\d/.test(c.name) && (onePersonWords.has(c.tokens[1]!) || onePersonWords.has(c.tokens[0]!))) Object.assign(c, { kind: "person", strong: true });
  }
  // "Saddam Hussein", "Mahmoud Abbas": a patronymic (a given name) after a given name the lexicon lacks; named in
  // full at least twice, it is a person's name.
  const weakNames = new Map<string, number>();
  for (const c of candidates) if (c.kind === "surname" && c.tokens.length === 2 && isFirstName(c.tokens[1]!) && !isPlaceName(c.name)) weakNames.set(c.name, (weakNames.get(c.name) ?? 0) + 1);
  for (const c of candidates) if (c.kind === "surname" && (weakNames.get(c.name) ?? 0) >= 2) Object.assign(c, { kind: "person", strong: true });
  const fullNames = leadingWords(new Set(candidates.filter((c) => c.kind === "person" && c.tokens.length >= 2).map((c) => c.name)));
  const longerName = (name: string): string | undefined => {
    const hits = fullNames.get(name);
    return hits?.length === 1 ? hits[0] : undefined;
  };
  const calledByGivenName = new Set(candidates.filter((c) => c.tokens.length === 1 && longerName(c.name)).map((c) => c.name));
  const bySurname = new Map<string, Person[]>();
  // "Bin Laden" for Osama bin Laden: a surname with its particle, capitalised at a sentence start (or, as some
  // writers do, everywhere: "Osama Bin Laden").
  const personNames = [...new Set(candidates.filter((c) => c.kind === "person").map((c) => c.name))];
  const particleSurname = (c: Candidate) =>
    c.tokens.length === 2 && CONNECTORS.has(c.tokens[0]!.toLowerCase()) && personNames.some((n) => n.toLowerCase().endsWith(` ${c.tokens[0]!.toLowerCase()} ${c.tokens[1]!.toLowerCase()}`) && n.split(" ").length > 2);
  for (const c of candidates) {
    if (c.kind !== "person" || c.tokens.length < 2 || longerName(c.name) || particleSurname(c)) continue;
    const list = bySurname.get(surnameOf(c.tokens)) ?? [];
    bySurname.set(surnameOf(c.tokens), list);
    let p = list.find((x) => sameGivenName(x.first, c.tokens[0]!));
    if (!p) list.push((p = { name: c.name, first: c.tokens[0]!, words: c.tokens.length, count: 0 }));
    else if (c.tokens.length > p.words) Object.assign(p, { name: c.name, words: c.tokens.length });
    p.count += 1;
  }
  // "Juan Miguel" counts for Juan Miguel Gonzalez.
  for (const c of candidates) {
    const longer = c.kind === "person" && c.tokens.length >= 2 ? longerName(c.name) : undefined;
    if (!longer) continue;
    const parts = longer.split(" ");
    const p = bySurname.get(surnameOf(parts))?.find((x) => x.first === parts[0]);
    if (p) p.count += 1;
  }
  // Relatives: an unknown given name before the surname of a person already found.
  for (const c of candidates) {
    if (c.kind !== "surname" || c.tokens.length !== 2 || particleSurname(c)) continue;
    const list = bySurname.get(c.tokens[1]!);
    if (list && !list.some((x) => sameGivenName(x.first, c.tokens[0]!))) list.push({ name: c.name, first: c.tokens[0]!, words: 2, count: 1 });
  }
  // Surnames first seen with a title ("President Putin") or speaking ("Danilov said") are people too.
  for (const c of candidates) {
    if (c.kind === "person" && c.tokens.length === 1 && !bySurname.has(c.name) && !shortForm.has(c.name) && !orgNames.has(c.name.toLowerCase()) && !longerName(c.name)) {
      bySurname.set(c.name, [{ name: c.name, first: c.name, words: 1, count: 0 }]);
    }
  }
  const orgPrefixes = leadingWords(orgNames.values());
  /** The organisation a would-be person's name belongs to: the same word, or the leading words of a longer name. */
  const orgNamed = (c: Candidate): string | undefined => {
    if (c.tokens.length === 1) {
      if (bySurname.get(c.name)?.some((x) => x.words >= 2)) return undefined;
      const named = orgNames.get(c.name.toLowerCase());
      if (named) return shortForm.get(c.name) ?? named;
      // "Eastman" for Eastman Christensen, itself the short form of Eastman Christensen Co.
      const longer = longerName(c.name);
      return longer && orgPrefixes.get(longer)?.find((n) => COMPANY_SUFFIX.test(n.slice(longer.length + 1)));
    }
    if (c.role) return undefined;
    // "Milton Roy" said, where Milton Roy is a company of the article.
    const same = orgNames.get(c.name.toLowerCase());
    if (same) return same;
    // "Milton Roy" for Milton Roy Co. (a company's legal name); "John Harlow" stays apart from the John Harlow Foundation.
    // "Hong Kong" is not Hong Kong Polytechnic University: the words before a campus's or a site's head name its place.
    const firstName = isFirstName(c.tokens[0]!);
    // "Benjamin Franklin had profit of …", "Benjamin Franklin said it plans …": the thrift that opens on those words.
    const company = COMPANY_ACTS_AFTER.test(text.slice(c.end, c.end + 40));
    return orgPrefixes.get(c.name)?.find((n) => {
      const rest = n.slice(c.name.length + 1);
      return COMPANY_SUFFIX.test(rest) || (!firstName && !PLACE_QUALIFIES.test(rest)) || (company && !PLACE_QUALIFIES.test(rest));
    });
  };
  const personOf = (c: Candidate): Person | undefined => {
    const bare = c.tokens.length === 1 || particleSurname(c);
    const list = bySurname.get(surnameOf(c.tokens));
    // A bare surname is the most-named person with it, but not one the story calls by a given name alone
    // ("Gonzalez" is the father when the boy is "Elian").
    const adults = list && list.length > 1 ? list.filter((x) => !calledByGivenName.has(x.first)) : list;
    const pool = adults?.length ? adults : list;
    const hit = !pool ? undefined : !bare ? list!.find((x) => sameGivenName(x.first, c.tokens[0]!)) : pool.reduce((a, b) => (b.count > a.count ? b : a));
    if (hit) return hit;
    const longer = longerName(c.name);
    if (!longer) return undefined;
    const parts = longer.split(" ");
    return bySurname.get(surnameOf(parts))?.find((x) => x.first === parts[0]);
  };

  // "Jim Pattison Industries" and "Jim Pattison Industries Ltd.": one company, by its legal name; so are "DPC
  // Acquisition" and "DPC Acquisition Partners", a firm named without the word for what kind of firm it is.
  const legalName = new Map<string, string>();
  for (const n of orgNames.values()) {
    const cut = n.lastIndexOf(" ");
    if (cut > 0 && (COMPANY_SUFFIX.test(n.slice(cut + 1)) || (FIRM_KIND.test(n.slice(cut + 1)) && n.indexOf(" ") < cut))) legalName.set(n.slice(0, cut).toLowerCase(), n);
  }
  const pushOrg = (c: Candidate, written: string) => {
    const name = legalName.get(written.toLowerCase()) ?? written;
    const before = text.slice(Math.max(0, c.start - 25), c.start);
    mentions.push({
      start: c.start,
      end: c.end,
      surface: c.name,
      key: `organization:${name.toLowerCase()}`,
      name,
      kind: "organization",
      role: null,
      alias: true,
      weight: 1,
      // "trading on the New York Stock Exchange": a market, as a place.
      // "the air the National Capital is breathing": a capital city named by its title, a place.
      locative: NAMED_CAPITAL.test(name) || ORG_LOCATIVE.test(before) || ORG_AS_PLACE.test(before) || (/(?:University|College|School|Academy)$/.test(name) && SCHOOLING_BEFORE.test(before)) || (/(?:Exchange|Bourse)$/.test(name) && /^\s+(?:composite\s+)?trading\b/.test(text.slice(c.end, c.end + 30))) || ((SITE_WORDS.test(name) || /(?:University|College|School)$/.test(name)) && SITE_UNDER_ATTACK.test(text.slice(c.end, c.end + 40))) || (/(?:Exchange|Bourse)$/.test(name) && /\b[Oo]n\s+(?:the\s+)?$/.test(before)) || (SITE_WORDS.test(name) && (SITE_LOCATIVE.test(text.slice(Math.max(0, c.start - 45), c.start)) || (SITE_DESTINATION.test(before) && !/Court$/.test(name)))),
    });
  };
  // A bare acronym with no long form ("the KLF"): a body when the story names it at least twice, once
  // with the article; units and titles ("the CEO said") are named once or never take part.
  const acronymSeen = new Map<string, { count: number; withThe: boolean; thing: boolean; agency?: boolean }>();
  for (const c of candidates) {
    if (c.kind !== "acronym" || shortForm.has(c.name) || NOT_BODIES.has(c.name) || thingAcronyms.has(c.name)) continue;
    const a = acronymSeen.get(c.name) ?? { count: 0, withThe: false, thing: false };
    // "a handsome EV", "its EV": a common noun; "BPA-free": a modifier.
    const det = /\b(?:a|an|another|every|each|this|that|its|their|his|her|our|your|my)\s+(?:([\p{Ll}-]+)\s+)?$/u.exec(text.slice(Math.max(0, c.start - 30), c.start));
    // ("a NASA spacecraft": the acronym modifies a noun after it, and names its owner.)
    a.thing ||= !!det && (!det[1] || isAdjective(det[1])) && !/^\s+\p{Ll}+/u.test(text.slice(c.end, c.end + 3));
    // "a condition called HP", "a disorder known as CRPS": the name of a condition, not of a body.
    a.thing ||= /\b(?:condition|disease|disorder|syndrome|illness|infection|allergy|reaction)\s+(?:called|known as|named)\s+$/.test(text.slice(Math.max(0, c.start - 40), c.start));
    if (text[c.end] === "-") {
      acronymSeen.set(c.name, a);
      continue;
    }
    a.count += 1;
    // "the official news agency IRNA reported", "state broadcaster NHK": a news body named after what it is.
    a.agency ||= /\b(?:news agency|agency|broadcaster|newspaper|daily|television|radio)\s+$/.test(text.slice(Math.max(0, c.start - 25), c.start));
    const after = text.slice(c.end, c.end + 80);
    // "the KLF", or "NASA said", "NASA awarded": a body, by its article or by acting.
    // "NASA's Hubble Space Telescope", "NASA's Goddard Space Flight Center": the owner of a named thing or body is a body.
    a.withThe ||= /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) || SPEECH_AFTER.test(after) || ORG_ACTS_AFTER.test(after) || /^['’]s\s+\p{Lu}[\p{L}-]+\s+\p{Lu}/u.test(after);
    acronymSeen.set(c.name, a);
  }
  // "Paribas's bid", "a majority of Connaught's shares", "tendering to Paribas": a one-word name that is bid for,
  // holds shares or is tendered to, never with a given name or a title, is a company.
  const titledNames = new Set(candidates.filter((c) => c.role).flatMap((c) => c.tokens));
  const companies = new Set<string>();
  for (const c of candidates) {
    if (c.tokens.length !== 1 || (c.kind !== "person" && c.kind !== "surname") || titledNames.has(c.name) || bySurname.get(c.name)?.some((x) => x.words >= 2)) continue;
    if (inBusiness(c)) companies.add(c.name);
  }
  // "Connaught BioSciences" … "a share for Connaught": the company's full name, the one longer name opening on its word.
  const companyNamed = new Map<string, string>();
  for (const name of companies) {
    const longer = new Set(candidates.filter((c) => c.kind === "surname" && c.tokens.length === 2 && c.tokens[0] === name && !isCommonWord(c.tokens[1]!)).map((c) => c.name));
    if (longer.size === 1) companyNamed.set(name, [...longer][0]!);
  }
  for (const c of candidates) {
    const single = c.tokens.length === 1;
    if (c.kind === "surname" && c.tokens.length === 2 && companyNamed.get(c.tokens[0]!) === c.name) {
      pushOrg(c, c.name);
      continue;
    }
    if (single && companies.has(c.name) && (c.kind === "person" || c.kind === "surname")) {
      pushOrg(c, shortForm.get(c.name) ?? companyNamed.get(c.name) ?? c.name);
      continue;
    }
    const bareAcronym = c.kind === "acronym" && acronymSeen.get(c.name);
    if (bareAcronym && ((bareAcronym.count >= 2 && bareAcronym.withThe) || bareAcronym.agency) && !bareAcronym.thing) {
      pushOrg(c, c.name);
      continue;
    }
    // "SpaceX said" where SpaceX is a company of the article; "American Medical" for American Medical International Inc.
    const sameOrg = c.kind === "person" || c.kind === "surname" ? orgNamed(c) : undefined;
    if (sameOrg) {
      pushOrg(c, sameOrg);
      continue;
    }
    const p = c.kind === "person" || c.kind === "surname" || (c.lexical && bySurname.get(c.name)?.some((x) => x.words >= 2)) ? personOf(c) : undefined;
    if (p && !(single && p.words === 1 && shortForm.has(c.name))) {
      mentions.push({ start: c.start, end: c.end, surface: c.name, key: `person:${p.first}|${p.name}`, name: p.name, kind: "person", role: c.role, alias: true, weight: 1 });
    } else if (c.kind === "organization") {
      // "Greystone spokesman …", "BJP spokesperson …": a short form of a longer name in the article is that body.
      const long = single && shortForm.get(c.name);
      // "Service Corp." for Service Corp. International: a name cut at its legal suffix's stop is the longer name.
      const goesOn = COMPANY_SUFFIX.test(c.tokens[c.tokens.length - 1]!) ? orgPrefixes.get(`${c.name}.`) : undefined;
      pushOrg(c, long || (goesOn?.length === 1 ? goesOn[0]! : undefined) || (orgNames.get((acronymOf.get(c.name) ?? c.name).toLowerCase()) ?? c.name));
    } else if (single && shortForm.has(c.name) && !/\b(?:of|in|at|from|near)\s+$/.test(text.slice(Math.max(0, c.start - 6), c.start))) {
      pushOrg(c, shortForm.get(c.name)!);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  linkTitleMentions(text, mentions, inJunk);
  // A state named inside an organisation's name ("Last Generation Norway") is not a mention of the state.
  const inOrg = (m: Mention) => m.kind !== "organization" && orgSpans.some(([a, b]) => m.start >= a && m.end <= b);
  return { mentions: orgSpans.length ? mentions.filter((m) => !inOrg(m)) : mentions, junkSentences };
}

/** Capitalised abbreviations that name no body: titles, units, things. */
const NOT_BODIES = new Set(
  "CEO CFO COO CTO GDP GNP TV DNA HIV AIDS COVID PM AM EST EDT PST PDT GMT UTC CD DVD PC USB ID OK FAQ IPO AI IT HQ MP MPs RSS PDF URL VIP SUV ATM NGO NGOs".split(" "),
);

/**
 * The tail of `long` whose capitalised words' initials spell `acronym` ("U.S. Customs and Border Protection",
 * "CBP" → "Customs and Border Protection"), or null.
 */
function initialsName(long: string, acronym: string): string | null {
  const words = long.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const caps = words.slice(i).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length < 2 || !/^\p{Lu}/u.test(words[i]!)) continue;
    if (caps.map((w) => w[0]).join("") === acronym.replace(/s$/, "")) return words.slice(i).join(" ");
  }
  return null;
}

/** Index of the sentence containing offset `at`, or -1 (between sentences). */
export function makeSentenceLookup(sentences: TextSpan[]): (at: number) => number {
  return (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}

/** Whether `phrase` occurs after a lower-case word or a comma or dash, i.e. capitalised as a name, not by position. */
function usedMidSentence(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    if (/[\p{Ll},;—–(]\s$/u.test(text.slice(Math.max(0, at - 2), at)) && !/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? " ")) return true;
  }
  return false;
}

// "Haden Holding PLC of Surrey": a company's legal suffix ends its name.
const COMPANY_SUFFIX = new RegExp(`^(?:${LEGAL_SUFFIX})$`);
const FIRM_KIND = /^(?:Partners|Partnership|Associates|Investors|Ventures|Holdings|Group)$/;
const BUSINESS_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:bid|offer|shares|stock|board|stake|subsidiary|subsidiaries|shareholders|holders|directors|takeover|acquisition|earnings|revenue|debt|management)\b/u;
const BUSINESS_BEFORE =
  /\b(?:(?:shares|stake|stock|majority|control|subsidiary|bid|offer|acquisition|takeover|suitor|bidder)\s+(?:of|in|for|by)|tender(?:ing|ed)?\s+(?:\S+\s+)?to|a share for)\s+$/;
// What a company does, and a person does not: "said it plans", "had profit of", "rose 25 cents".
const COMPANY_ACTS_AFTER =
  /^,?\s+(?:(?:said|says|announced|reported|expects|expected) (?:it|its)\b|(?:had|posted|reported|earned|swung to) (?:a |an |net |third-quarter |quarterly )?(?:profit|loss|income|earnings|revenue)\b|(?:rose|fell|gained|lost|slipped|climbed|jumped|dropped|closed|was unchanged) (?:at )?\$?\d)/;
// "Unisys posted a $648.2 million loss", "Vexor reported third-quarter net income of …": a company's results.
const RESULTS_AFTER =
  /^\s+(?:(?:has|had|also)\s+)?(?:posted|reported|earned|swung to|booked|recorded) (?:a |an )?(?:\$[\d.,]+ (?:million |billion )?)?(?:net |(?:first|second|third|fourth)-quarter |quarterly |annual )*(?:profit|loss|income|earnings|revenue|deficit)\b/;
const INDEX_NAME = /(?<![\p{L}\p{N}'’.&-])(?<!\p{Lu}[\p{L}.'’&-]*\s)(?:(?:The|A|An|And|But) )?((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:\d+-(?:share|stock)\s+)?(?:index|indexes|indices|industrials|average|futures index)\b/gu;
// "Louis Gerstner Jr." is Mr. Gerstner.
const GENERATIONAL = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
// "El-Sayed said", opening a sentence, is Ahmed Maher el-Sayed: the article's case does not count.
const surnameOf = (tokens: string[]) =>
  (tokens.length > 2 && GENERATIONAL.test(tokens[tokens.length - 1]!) ? tokens[tokens.length - 2]! : tokens[tokens.length - 1]!).replace(/^(?:Al|El|Ad|Ash|As|At|Ar|An|Az|Ed)-(?=\p{Lu})/u, (a) => a.toLowerCase());

/** A given name and a surname, with no organisation word or title in it. */
function personLike(toks: Tok[]): boolean {
  // "Mr. Leon of Bear Stearns": an honorific and a surname.
  if (toks.length === 2 && /^(?:Mr|Mrs|Ms|Dr|Miss)\.?$/.test(toks[0]!.text) && /^\p{Lu}\p{Ll}/u.test(toks[1]!.text)) return true;
  // "Bishop Henry Mansell of the Archdiocese …": titles before the name do not count.
  let k = 0;
  while (k < toks.length - 2 && isTitle(toks[k]!.text) && !isFirstName(toks[k]!.text)) k++;
  const name = toks.slice(k);
  if (name.length < 2 || name.some((t) => ORG_WORDS.has(t.text) || TITLE_HEAD_WORDS.has(t.text) || CONNECTORS.has(t.text))) return false;
  return isFirstName(name[0]!.text) || isGivenNameCompound(name[name.length - 1]!.text);
}

// Tails that make a hyphenated word an adjective ("Soviet-era", "Kremlin-allied"), beyond the lexicon's common words.
const HYPHEN_SUFFIXES = /^(?:era|allied|themed|class|area|region|zone|esque|ish|ist|ism|centric|skeptic|sceptic|proof|wide|born|bred|made|run|led)$/;
/**
 * A hyphenated given name after a surname ("Cheuk Hau-yip", "Tsai Ing-wen", "Kim Jong-un"): the lower-case
 * tail is a syllable, not a word ("Moscow-backed", "Soviet-era").
 */
function isGivenNameCompound(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,6})-(\p{Ll}{1,6})$/u.exec(word);
  if (!m) return false;
  const [, head, tail] = m;
  return !isCommonWord(tail!) && !HYPHEN_SUFFIXES.test(tail!) && !isPlaceName(head!) && !isDemonym(head!) && !stateByDemonym(head!);
}

// Split a capitalised run where a gazetteer name, a never-actor word or a coordination cuts it.
function segments(toks: Tok[], isClaimed: (s: number, e: number) => boolean): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  const flush = () => {
    while (cur.length && CONNECTORS.has(cur[0]!.text)) cur.shift();
    while (cur.length && CONNECTORS.has(cur[cur.length - 1]!.text)) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  // "SpaceX and Tyvak Nano-Satellite Systems": two names (no ordinary word on either side of "and") are two bodies.
  const nameWord = (t: Tok | undefined) => !!t && /^\p{Lu}/u.test(t.text) && !isCommonWord(t.text) && !ORG_WORDS.has(t.text);
  const namesAround = (i: number) => nameWord(toks[i - 1]) && nameWord(toks[i + 1]);
  const hasOrgWordAfter = (i: number) => toks.slice(i + 1).some((t) => ORG_WORDS.has(t.text));
  const hasOrgWordBefore = (i: number) => cur.some((t) => ORG_WORDS.has(t.text)) || toks.slice(0, i).some((t) => isTitle(t.text) && !ORG_WORDS.has(t.text));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let word = t;
    // "Moscow-backed": keep the name, drop the lower-case tail, end the run.
    const hy = /^([^-]+)-\p{Ll}/u.exec(t.text);
    if (hy && !/^(?:al|el|bin)$/i.test(hy[1]!) && !(cur.length > 0 && isGivenNameCompound(t.text))) {
      word = { text: hy[1]!, start: t.start, end: t.start + hy[1]!.length };
      // "Ninoska Perez of the Miami-based …": the modifier is no part of the name before it; nor is a people's
      // ("keep Jaguar British-owned"), which describes what the name is.
      if (CONNECTORS.has(cur[cur.length - 1]?.text ?? "") || isDemonym(hy[1]!) || stateByDemonym(hy[1]!)) flush();
    }
    if (isClaimed(word.start, word.end) || (NEVER_ACTORS.has(word.text.toLowerCase().replace(/\.$/, "")) && !givenNameNotMonth(word.text, toks[i + 1]))) {
      flush();
      continue;
    }
    // "National Institute on Drug Abuse": "on" joins only after a body's word ("Putin on Ukraine" is two names).
    if (word.text === "on" && !ORG_WORDS.has(cur[cur.length - 1]?.text ?? "")) {
      flush();
      continue;
    }
    // "Institute for …", "Minister for …", "Physicians for Human Rights": "for" joins after a body's word, a title or a
    // people's plural; "a bid by Ford for Jaguar", "IBM for NCR" are two names.
    const last = cur[cur.length - 1]?.text ?? "";
    if (word.text === "for" && !cur.some((c) => ORG_WORDS.has(c.text) || TITLE_HEAD_WORDS.has(c.text)) && !(/\p{Ll}s$/u.test(last) && isCommonWord(last))) {
      flush();
      continue;
    }
    if (word.text === "and" && (toks[i + 1]?.text === "the" || !(hasOrgWordAfter(i) && !hasOrgWordBefore(i)) || namesAround(i)) && !fieldsOfBody(cur, toks.slice(i + 1))) {
      flush();
      continue;
    }
    // "Joan Brown Campbell of the National Council of Churches", "Tsai Ing-wen of the Democratic Progressive
    // party": a person's name before "of" ends there; what follows is the body they belong to.
    if (word.text === "of" && (personLike(cur) || COMPANY_SUFFIX.test(cur[cur.length - 1]?.text ?? ""))) {
      flush();
      continue;
    }
    // "NASA’s Commercial Orbital Transportation Services": the owner is a name of its own.
    // "the Southern Poverty Law Center's Intelligence Report": a body's possessive ends its name too ("Sheriff's Office" aside).
    const bodyOwner = /^(\p{Lu}[\p{L}-]*)['’]s$/u.exec(word.text);
    if (bodyOwner && i < toks.length - 1 && cur.length && ORG_WORDS.has(bodyOwner[1]!) && !ORG_WORDS.has(word.text)) {
      cur.push({ text: bodyOwner[1]!, start: word.start, end: word.start + bodyOwner[1]!.length });
      flush();
      continue;
    }
    const owner = /^(\p{Lu}{2,})['’]s$/u.exec(word.text);
    if (owner && i < toks.length - 1) {
      flush();
      cur.push({ text: owner[1]!, start: word.start, end: word.start + owner[1]!.length });
      flush();
      continue;
    }
    if (t.alone) flush();
    cur.push(word);
    if (word !== t || t.alone) flush();
  }
  flush();
  return out;
}

/**
 * "Office of Management and Budget", "Ministry of Health and Welfare", "Port Authority of New York and New Jersey": the
 * body's fields or places, ordinary words or place names, joined by "and".
 */
function fieldsOfBody(run: Tok[], rest: Tok[]): boolean {
  const cur = run[0]?.text === "the" ? run.slice(1) : run;
  const of = cur.findIndex((t, k) => k >= 1 && /^(?:of|on|for)$/.test(t.text) && ORG_WORDS.has(cur[k - 1]!.text));
  if (of < 1 || of === cur.length - 1 || rest.length < 1 || rest.length > 2) return false;
  // ("Industry", "Welfare": a field the lexicon does not list as a common word is still no person's name.)
  const field = (t: Tok) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isCommonWord(t.text) || isPlaceName(t.text) || (!isNameWord(t.text) && !INDEX.has(t.text)));
  return cur.slice(of + 1).every(field) && rest.every((t) => field(t) && !ORG_WORDS.has(t.text));
}

// "Jan Kavan", "Dec Morgan": a month's short form written without its stop, before a capitalised word, is a given name
// ("Jan. 24" has the stop and a number).
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const givenNameNotMonth = (word: string, next: Tok | undefined) =>
  SHORT_MONTH.test(word) && !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && !NEVER_ACTORS.has(next.text.toLowerCase());

// "Brothers to the Rescue", "Right to Life Party": a body's name may open on a capitalised common noun and "to", which
// no run joins ("Clinton to the Senate" is two names, so the word must be a common noun, capitalised mid-sentence).
const OPENED_BEFORE = /(?:^|[\s(“"])(\p{Lu}\p{Ll}+) to (?:the )?$/u;
function nameOpenedBefore(c: Candidate, text: string, sentence: TextSpan, candidates: Candidate[], isClaimed: (s: number, e: number) => boolean): void {
  const m = OPENED_BEFORE.exec(text.slice(Math.max(sentence.start, c.start - 30), c.start));
  if (!m) return;
  const word = m[1]!;
  const at = c.start - m[0].length + m[0].indexOf(word);
  if (at <= sentence.start || !isCommonWord(word) || isFirstName(word) || isTitle(word) || isClaimed(at, at + word.length)) return;
  if (/^\p{Lu}/u.test(text.slice(Math.max(sentence.start, at - 30), at).trim().split(" ").pop() ?? "")) return;
  for (let k = candidates.length - 1; k >= 0 && candidates[k]!.end > at; k--) if (candidates[k]!.start >= at) candidates.splice(k, 1);
  c.start = at;
  c.name = text.slice(at, c.end);
  c.tokens = c.name.split(" ");
}

/** "U.S. Secretary of State …", "Russia's Foreign Minister …": the title with the modifier just before the run. */
function roleWithModifier(role: string, text: string, sentence: TextSpan, first: Tok): string {
  const left = text.slice(Math.max(sentence.start, first.start - 30), first.start);
  // "European Commission President …": up to three capitalised words, not sentence-initial filler.
  const mod = /(?:^|[\s(])((?:\p{Lu}[\p{L}.]* ){0,2}(?:\p{Lu}[\p{L}.]*|U\.S\.|U\.N\.)(?:['’]s)?) $/u.exec(left);
  const words = mod?.[1]!.split(" ").filter((w) => !isCommonWord(w.replace(/['’]s$/, "")) || /^\p{Lu}{2}/u.test(w)) ?? [];
  const keep = words.length && mod ? mod[1]!.split(" ").slice(-words.length).join(" ") : "";
  return keep && words.every((w) => mod![1]!.split(" ").slice(-words.length).includes(w)) ? `${keep} ${role}` : role;
}

const MINISTRY_HEAD = /^(?:Ministry|Department|Office|Agency|Bureau)$/;
const CAMEL_FIRM_ACTS = /^(?:,\s+which\b|['’]s\s+\p{Ll}|\s+(?:(?:has|had|also)\s+)?(?:said|says|is|was|has|had|will|would|\p{Ll}{3,}ed)\b)/u;
const US_STATES_OF_TWO_WORDS = /^(?:(?:New|North|South) (?:Carolina|Dakota)|New (?:Hampshire|Jersey|Mexico|York)|Rhode Island|West Virginia)$/;
// The Associated Press's abbreviations of the states of the United States, written after a town ("Buffalo, N.Y.").
const US_STATE_ABBREVIATION = /^(?:(?:\p{Lu}\.){2}|W\.Va\.|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.)$/u;

function classify(seg: Tok[], text: string, sentence: TextSpan, si: number, banned: Set<string>): Candidate | null {
  let toks = seg;
  // Sentence-initial common words are capitalised by position only: "Secret NATO members", "Draft documents".
  const atSentenceStart = (t: Tok) => /^[\s"“‘'`(\[—-]*$/u.test(text.slice(sentence.start, t.start));
  const dropLead = () => {
    const first = toks[0]!;
    if (/^(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|All|Some|Many|Most|Every|Each|Both|Several|Few|Other|Such)$/.test(first.text)) return true;
    // "But The Buffalo News reported": a sentence's opening conjunction (also after "N.Y.", where no sentence was cut).
    if (/^(?:But|And|Or|So|Yet)$/.test(first.text)) return true;
    if (/^(?:\p{Lu}\.){2,}$/u.test(first.text) && /^(?:But|And|Or|So|Yet|The)$/.test(toks[1]?.text ?? "")) return true;
    // "in his home in Buffalo, N.Y. Slepian provided …": a state's abbreviation after a town closes the place (and a
    // sentence the splitter could not cut); the name after it stands alone.
    if (toks.length > 1 && US_STATE_ABBREVIATION.test(first.text) && /\p{Lu}[\p{L}'’-]*, $/u.test(text.slice(Math.max(0, first.start - 30), first.start))) return true;
    // "Energy Minister Terje Aasland" at a sentence start: the common word opens a title.
    const title = titleOf(toks.map((t) => t.text).join(" "));
    if (title && title.split(" ").length < toks.length) return false;
    // "Black & Decker said": a partner's name, however common the word.
    if (toks[1]?.text === "&" || toks[1]?.text === "amp") return false;
    if (!atSentenceStart(first) || isFirstName(first.text) || !isCommonWord(first.text)) return false;
    // "Foreign Ministry spokesman …", "Justice Department officials …": a ministry's own word, capitalised as a name.
    if (toks.length === 2 && MINISTRY_HEAD.test(toks[1]!.text)) return false;
    // "New York Stock Exchange trading …": "New" before a name word opens a place's name (New York, New Jersey).
    if (first.text === "New" && toks[1] && !isCommonWord(toks[1].text)) return false;
    // "Consolidated Freightways Inc. said": a company's legal name is a name from its first word.
    if (toks.length >= 2 && COMPANY_SUFFIX.test(toks[toks.length - 1]!.text)) return false;
    // "Blue Origin will offer …": the same words capitalised in mid-sentence elsewhere are a name.
    return !(toks.length >= 2 && usedMidSentence(text, `${first.text} ${toks[1]!.text}`));
  };
  while (toks.length && dropLead()) toks = toks.slice(1);
  while (toks.length && CONNECTORS.has(toks[0]!.text)) toks = toks.slice(1);
  // "AT and T": a lone letter names nobody.
  if (!toks.length || (toks.length === 1 && toks[0]!.text.length === 1)) return null;

  // Titles: "Presidents Joe Biden", "Secretary of State Antony Blinken", "Ukrainian President Volodymyr Zelenskyy".
  let role: string | null = null;
  let titled = false;
  let joined = toks.map((t) => t.text).join(" ");
  let offset = 0;
  const demonymFirst = toks.length > 2 && stateByDemonym(toks[0]!.text) && isTitle(joined.slice(toks[0]!.text.length + 1));
  if (demonymFirst) {
    offset = toks[0]!.text.length + 1;
    joined = joined.slice(offset);
  }
  // "Puerto Rico Police Superintendent Pedro Toledo": a title head inside the run, with a name after it,
  // makes everything before it the role.
  if (!demonymFirst && !isTitle(joined)) {
    let p = toks.findLastIndex((t, k) => k < toks.length - 1 && TITLE_HEAD_WORDS.has(t.text));
    // "Good for Attorney General Janet Reno": the head opens a longer title, which ends the role (and a phrase
    // joined to it by "for" or "of" is no part of it).
    let from = 0;
    const longer = p >= 0 ? titleOf(toks.slice(p).map((t) => t.text).join(" ")) : null;
    if (longer && longer.split(" ").length > 1 && p + longer.split(" ").length < toks.length) {
      from = toks.findLastIndex((t, k) => k < p && CONNECTORS.has(t.text)) + 1;
      p += longer.split(" ").length - 1;
    }
    const rest = toks.slice(p + 1);
    if (p >= 0 && rest.every((t) => !ORG_WORDS.has(t.text) && !CONNECTORS.has(t.text)) && (rest.length >= 2 || isFirstName(rest[0]!.text) || SPEECH_AFTER.test(text.slice(rest[rest.length - 1]!.end, rest[rest.length - 1]!.end + 40)))) {
      role = toks.slice(from, p + 1).map((t) => t.text).join(" ");
      // "U.S. Attorney Marta Quill": a bare title takes the state's or body's name just before the run.
      if (p === 0) role = roleWithModifier(role, text, sentence, toks[0]!);
      toks = rest;
      titled = true;
      joined = toks.map((t) => t.text).join(" ");
    }
  }
  const tm = titled ? null : titleOf(joined);
  if (tm) {
    const titleWords = tm.split(" ").length + (demonymFirst ? 1 : 0);
    if (titleWords < toks.length) {
      role = singularTitle(tm);
      if (demonymFirst) role = `${toks[0]!.text} ${role}`;
      else role = roleWithModifier(role, text, sentence, toks[0]!);
      toks = toks.slice(titleWords);
      titled = true;
      // Chained titles: "Health Minister Dr. Nadia Karam", "Detective Sergeant Amanda Ruiz".
      for (let more = titleOf(toks.map((t) => t.text).join(" ")); more; more = titleOf(toks.map((t) => t.text).join(" "))) {
        const n = more.split(" ").length;
        if (n >= toks.length) break;
        if (!/^(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sir|Dame)$/.test(more)) role = `${role} ${singularTitle(more)}`;
        toks = toks.slice(n);
      }
      // "Deputy Director of Public Prosecution Eva-Marie Persson": the body belongs to the title; the name is
      // the given name on (or the last two words).
      if (/^(?:of|for|on)$/.test(toks[0]?.text ?? "") && toks.length >= 4) {
        const given = toks.findIndex((t, k) => k > 1 && isFirstName(t.text.split("-")[0]!));
        const at = given > 1 ? given : toks.length - 2;
        role = `${role} ${toks.slice(0, at).map((t) => t.text).join(" ")}`;
        toks = toks.slice(at);
      } else if (/^(?:of|for|on)$/.test(toks[0]?.text ?? "") && toks.slice(1).every((t) => !isNameWord(t.text) && !isFirstName(t.text))) {
        // "the Minister for Foreign Affairs, Ilse Varga, said": a title with its portfolio and no name after it.
        return null;
      }
    }
  }
  while (toks.length && CONNECTORS.has(toks[0]!.text)) toks = toks.slice(1);
  if (!toks.length) return null;
  // "to grant Elian American citizenship": a people's adjective after a name modifies the noun after it.
  if (toks.length >= 2 && isDemonym(toks[toks.length - 1]!.text) && !ORG_WORDS.has(toks[toks.length - 2]!.text) && /^ \p{Ll}/u.test(text.slice(toks[toks.length - 1]!.end, toks[toks.length - 1]!.end + 2))) toks = toks.slice(0, -1);
  const words = toks.map((t) => t.text);
  // "Council on Energy, Environment and Water" keeps its commas.
  const span = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  const name = span.includes(",") && !/&| amp /.test(span) && span.replace(/,/g, "") === words.join(" ") ? span : words.join(" ");
  const lower = name.toLowerCase();
  if (banned.has(lower) || NEVER_ACTORS.has(lower)) return null;
  // "a devout Roman Catholic", "a Roman Catholic nun", "Sunni Muslims": a faith, not a name (one word in the singular may be a name).
  if (FAITH.test(name) && (words.length >= 2 || name.endsWith("s"))) return null;
  // A law, treaty or plan ("the Clinic Entrances Act"), an abbreviated place ("N.Y.", "D.C."), a people ("Cuban-Americans").
  if (words.length >= 2 && DOCUMENT_WORDS.test(words[words.length - 1]!)) return null;
  if (words.length === 1 && (/^(?:\p{Lu}\.){2,}$/u.test(name) || isDemonym(name.replace(/^.*-/, "").replace(/s$/, "")))) return null;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const after = text.slice(end, Math.min(sentence.end, end + 120));
  const before = text.slice(Math.max(sentence.start, start - 60), start);

  // The plural title of a coordination applies to the next name: "Presidents Joe Biden and Vladimir Putin".
  if (!titled) {
    const plural = /\b(Presidents|Sens\.|Reps\.|Prime Ministers|Ministers|Leaders) [\p{Lu}][\p{L}. ’'-]+ and $/u.exec(text.slice(Math.max(sentence.start, start - 60), start));
    if (plural) {
      role = singularTitle(plural[1]!).replace(/s$/, "");
      titled = true;
    }
  }

  const org = (): Candidate => ({ start, end, name, tokens: words, kind: "organization", role: null, strong: true, sentence: si });
  // "acquired by St. Martin’s", "treated at St. Jude’s": a saint's name in the possessive, with no noun after it, is the
  // institution named for the saint (a publisher, a hospital, a school), never the saint.
  const saints = words.length === 2 && words[0] === "St." && /^['’]s(?![\p{L}\p{N}])(?!\s+\p{Lu})/u.exec(after);
  if (saints) return { ...org(), name: `${name}${saints[0]}`, end: end + saints[0].length };
  // "the Commercial Orbital Transportation Services effort", "the Blue Moon lander": a name for a thing.
  if (words.length >= 2 && !titled && !isFirstName(words[0]!) && THING_AFTER.test(after)) return null;
  // "the carrier Dwight D. Eisenhower", "the USS Harlan Dorr": a ship named after a person is a ship.
  if (!titled && (SHIP_BEFORE.test(before) || (/\bcarrier\s+$/.test(before) && isFirstName(words[0]!)))) return null;
  // "Group E", "Pool B": a stage of a tournament.
  if (/^(?:Group|Pool|Section|Division|Conference|Zone|Round) (?:\p{Lu}|\d{1,2})$/u.test(name)) return null;
  // A publication is cited, not acting, unless it speaks: "the Daily Clarion, the party's mouthpiece, warned …".
  // After a possessive or as an object ("the Center's Intelligence Report, warns"), it is the object, still cited.
  if (words.length >= 2 && MEDIA_WORDS.has(words[words.length - 1]!)) return !titled && acts(after) && !PUBLICATION_OBJECT.test(before) ? org() : null;
  // A list after "companies", "an executive at X", "gas giant X": the context names a body.
  const bareWords = words.map((w) => w.replace(/['’]s$/, ""));
  if (!titled && orgContext(text, sentence, start, words, after) && !words.every((w) => isCommonWord(w)) && !bareWords.some((w) => isPlaceName(w) || stateByDemonym(w))) {
    return org();
  }

  // "The FNSEA, the nation's largest farm union, …": an organisation by apposition.
  // A common noun capitalised only because it opens the sentence is part of the role ("Port director Tomas Renn"):
  // the article writes it in lower case elsewhere ("the port authority").
  const capitalisedCommon = words.length === 1 && /^[\s“"‘']*$/.test(before) && !isOrganizationName(name) && name !== name.toLowerCase() && wholeWordOffsets(text, name.toLowerCase(), 1).length > 0;
  const orgAppos = (ORG_APPOSITION.test(after) || (!titled && !capitalisedCommon && ROLE_OF_ORG_AFTER.test(after) && words.length <= 4 && !words.some((w) => isPlaceName(w) || stateByDemonym(w)))) && (!isFirstName(words[0]!) || (words.length === 1 && ORG_APPOSITION.test(after)));
  const lone = words.length === 1 && LONE_INSTITUTIONS.has(name) && /\bthe\s+$/i.test(before);
  const orgWord = lone || words.some((w) => ORG_WORDS.has(w.replace(/['’]s$|\.$/, ""))) || (orgAppos && !titled);
  if (orgWord) {
    if (MEDIA_WORDS.has(words[words.length - 1]!)) return null;
    if (words.length < 2 && !/^\p{Lu}{2,}$/u.test(name) && !orgAppos && !lone) return null;
    if (titled) return null;
    return { start, end, name, tokens: words, kind: "organization", role: null, strong: true, sentence: si };
  }
  // "Guber/Peters said", "AT&T said", "Black & Decker said" ("amp" in wire copy): names joined by a slash or an
  // ampersand name a firm, not a person (words joined by "&" that do not act may name a product: "Plug & Charge").
  // (A short one in capitals is read as an acronym: "AT&T said" is a body, "the M&A market" is not.)
  if (!titled && ((words.length === 1 && /\p{L}[/&]\p{Lu}/u.test(name)) || (words.length >= 2 && words.some((w) => w === "&" || w === "amp") && (SPEECH_AFTER.test(after) || ORG_ACTS_AFTER.test(after))))) {
    return /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(name) ? { start, end, name, tokens: words, kind: "acronym", role: null, strong: false, sentence: si } : org();
  }
  if (/^\p{Lu}{2,6}s?$/u.test(name) && words.length === 1) {
    return { start, end, name, tokens: words, kind: "acronym", role: null, strong: false, sentence: si };
  }

  // Role phrase before the name: "Kremlin spokesperson Dmitry Peskov", "union leader Jane Roe".
  if (!role) role = roleBefore(before);
  // Apposition after: "Steven Pifer, a career diplomat who …", "Peskov, the Kremlin spokesperson,".
  const appos = role ? null : appositionRole(after);
  if (!role && appos) role = appos;

  // "Elian's Miami (relatives)": a possessive inside the run; no person's name has one.
  if (words.slice(0, -1).some((w) => /['’]s$/.test(w))) return null;
  // "the Ulster Unionists", "the Social Democrats": a capitalised plural of a movement's members names a party.
  if (!titled && /\bthe\s+$/i.test(before) && /^\p{Lu}\p{Ll}+(?:ists|crats|icans|atives|erals)$/u.test(words[words.length - 1]!)) {
    return { start, end, name, tokens: words, kind: "organization", role: null, strong: true, sentence: si };
  }
  // "the Sierra Nevada", "the Middle East": a person's name takes no article (titles and roles aside), unless
  // the name modifies the noun after it ("the Elian Gonzalez custody battle"), and looks like a person's.
  const surnameShape = words.length === 2 && isNameWord(words[1]!) && !isFirstName(words[1]!) && !isCommonWord(words[0]!) && !isPlaceName(words[0]!);
  const attributive = /^\s+\p{Ll}/u.test(after) && (surnameShape || (words.length >= 2 && isFirstName(words[0]!) && !isCommonWord(words[words.length - 1]!)));
  // (A role in apposition does not make a person of a place after "the": "in the Rose Garden, the president said".)
  if (!titled && (!role || role === appos) && /\bthe\s+$/i.test(before) && !attributive) {
    // "the Thunder scored nine straight", "the Lakers beat …": a team, named by its nickname, playing.
    return words.length <= 2 && TEAM_PLAYS_AFTER.test(after) && !words.some((w) => isPlaceName(w) || stateByDemonym(w) || isFirstName(w) || isFirstName(w.replace(/s$/, ""))) ? org() : null;
  }
  const placeLike = words.every((w) => isPlaceName(w)) && !isFirstName(words[0]!);
  // "Shotwell said Starship lunar lander missions could …": after "said", a word before an ordinary noun modifies it.
  const nextWord = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  const modifies = !!nextWord && !isVerbForm(nextWord) && !CLAUSE_WORDS.test(nextWord);
  // "warning Saddam Hussein that …", "urged Ilse Varga to …": the one warned or urged is addressed, as one spoken to.
  const speaks = SPEECH_AFTER.test(after) || (SPEECH_BEFORE.test(before) && !modifies) || (ADDRESSED_BEFORE.test(before) && /^,?\s+(?:that|to|not to)\s/.test(after));
  // "Unicorp Canada": a company's own word before a state's name (the gazetteer left the state in the run).
  if (words.length >= 2 && !titled && !role && STATE_NAMES.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => !isCommonWord(w) && !isFirstName(w) && !isPlaceName(w))) {
    return org();
  }
  // "of Lewisburg, West Virginia,": a state of the United States is a place, no person; it is a body only when it acts.
  if (US_STATES_OF_TWO_WORDS.test(name)) return (speaks || ORG_ACTS_AFTER.test(after)) && !/\b(?:of|in|from|at|to|near|by)\s+$/.test(before) ? org() : null;
  if (words.length >= 2) {
    if (words.filter((w) => !CONNECTORS.has(w) && w !== "Al").length > 4) return null;
    if (words.some((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && !ARTICLE_WORD.test(w))) return null;
    // A first name alone is weak evidence when the last word is an ordinary noun ("Harlan Farm").
    const firstName = isFirstName(words[0]!) && (!isCommonWord(words[words.length - 1]!) || speaks);
    const strong = titled || !!role || firstName || surnameShape || (speaks && !placeLike && !words.some((w) => isCommonWord(w) && !isFirstName(w)));
    // "Blue Origin said", "Harbor Freight sued": a name that is no person's (an ordinary word in it, no given
    // name) acting as the subject of a speech or business verb is a body.
    if (!strong && !titled && !role && !placeLike && !/\bthe\s+$/i.test(before) && (speaks || ORG_ACTS_AFTER.test(after)) && isBodyName(words)) return org();
    // "Khmer Rouge guerrillas", "Shining Path rebels", "Khmer Rouge headquarters": a name before its fighters or its
    // headquarters is an armed movement's, a body.
    if (!strong && !titled && !role && !placeLike && !words.some((w) => isFirstName(w) || isCommonWord(w) || isPlaceName(w) || stateByDemonym(w)) && FORCES_AFTER.test(after)) return org();
    // Weak: a person only if another person of the article has this surname ("Elan Ruvalcaba", son of Juan).
    if (!strong) return words.length === 2 && !placeLike && !words.some((w) => isCommonWord(w) || isPlaceName(w)) ? { start, end, name, tokens: words, kind: "surname", role, strong: false, sentence: si } : null;
    if (placeLike && !titled && !role) return null;
    return { start, end, name, tokens: words, kind: "person", role, strong: true, sentence: si };
  }
  // A single word: a surname ("Biden", "Peskov said"), kept only if it belongs to a person.
  const w = words[0]!;
  // "the whole Balkans", "all Balkan states": a region.
  if ((isPlaceName(w) || isDemonym(w) || stateByDemonym(w) || REGION_ADJECTIVES.test(w.replace(/s$/, ""))) && !titled) return null;
  // "MindSpring, which provided …", "BellSouth sweetened its bid": a capital inside one word names a firm (not a Mac- or
  // Fitz- surname's) when it acts; named in passing ("on CreditWatch", "#HealthyHydration", "PowerPoint slides") it may be
  // a list, a tag or a product.
  if (!titled && !role && /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:Mac|Fitz|Van|Von|Del|Des|Della|Dos)\p{Lu}/u.test(w) && text[start - 1] !== "#" && CAMEL_FIRM_ACTS.test(after)) return org();
  // "Toyota", "Netflix": a company the lexicon knows, unless a title or role makes it a person.
  if (!titled && !role && isOrganizationName(w) && !isNameWord(w)) return { ...org(), lexical: true };
  // "the club in Amherst said", "in Independence, the three ministers …": after a locative preposition, a place.
  const placed = /\b(?:in|at|near|outside|from)\s+$/.test(before);
  // "Slepian's widow", "Slepian's killer": only a person has kin, or a killer.
  const kin = KIN_AFTER.test(after) && !isPlaceName(w) && !isOrganizationName(w);
  const strong = titled || ((speaks || !!appos || !!role || kin) && !isCommonWord(w) && !placed);
  // "King Hussein", "Queen Noor": a monarch's one name is a given name, and the title names the person with it
  // (so "Saddam Hussein" does not take the king in).
  const regal = titled && role ? REGAL.exec(role)?.[0] : undefined;
  if (regal) return { start, end, name: `${regal} ${w}`, tokens: [regal, w], kind: "person", role, strong: true, sentence: si };
  return { start, end, name: w, tokens: words, kind: strong ? "person" : "surname", role, strong, sentence: si };
}

const FAITH =
  /^(?:(?:Roman|Greek|Russian|Coptic|Sunni|Shiite|Shia|Orthodox|Reform|Hasidic|Southern|Evangelical) )?(?:Catholics?|Protestants?|Muslims?|Moslems?|Jews?|Jewish|Christians?|Hindus?|Buddhists?|Sikhs?|Mormons?|Baptists?|Methodists?|Lutherans?|Anglicans?|Evangelicals?|Orthodox|Pentecostals?|Presbyterians?|Episcopalians?)$/;
const REGAL = /\b(?:Crown Prince|King|Queen|Prince|Princess|Emperor|Empress|Pope|Sheikh|Emir|Sultan)$/;

// ("the Lakers’ fifth straight victory", "the Lakers, who have won 12 of 13": the team's record, the team playing.)
const TEAM_PLAYS_AFTER = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:victory|victories|win|wins|loss|losses|defeat|defeats|winning streak|losing streak|season|roster|lineup|locker room|home court|home opener)\b|(?:,\s+who)?\s+(?:(?:have|has|had|also|then|again|finally)\s+)?(?:won|beat|beats|lost|loses|scored|scores|defeated|defeats|rallied|trailed|trail|outscored|routed|swept|edged|clinched|host|hosts|hosted|visit|visits|visited|play|plays|played|drafted|traded|waived)\b)/u;
const SHIP_BEFORE = /\b(?:USS|HMS|warship|battleship|destroyer|frigate|cruiser|submarine|aircraft carrier|vessel|ship|tanker|freighter|liner)\s+$/;

// "Dal Riada chairman Liam Doyle", "Blue Arc spokeswoman Mia Low": a name before a member's role and a person's
// name is the body they belong to.
const ROLE_OF_ORG_AFTER =
  /^\s+(?:chairman|chairwoman|chairperson|chair|spokesman|spokeswoman|spokesperson|president|leader|chief|founder|co-founder|official|executive|negotiator|lawyer|secretary|director|member|lawmaker|deputy|treasurer|CEO)\s+\p{Lu}\p{Ll}+/u;

const FORCES_AFTER = /^\s+(?:guerrillas?|rebels?|fighters|militants?|insurgents?|militias?|militiamen|gunmen|faction|factions|forces|commanders?|headquarters|stronghold|strongholds|hard-?liners|loyalists)\b/;
const THING_AFTER = /^\s+(?:program|programme|programs|project|initiative|effort|scheme|mission|missions|lander|landers|vehicle|rocket|spacecraft|satellite|app|platform|software|model|fare|brand|franchise|series|film|movie|show|conference|summit|festival|expo)\b/;
const CLAUSE_WORDS =
  /^(?:and|or|but|nor|of|in|on|at|to|for|from|with|that|who|whom|whose|which|has|had|have|is|was|are|were|will|would|could|should|may|might|must|can|did|does|do|also|then|as|about|after|before|during|by|not|never|still|now|again|himself|herself|itself|alone|too)$/;
const DOCUMENT_WORDS = /^(?:Act|Bill|Treaty|Accord|Accords|Agreement|Convention|Protocol|Amendment|Law|Doctrine|Charter|Resolution|Declaration|Plan|Directive|Regulation|Code)$/;
const SPEECH_RE = SPEECH_AFTER;
const KIN_AFTER = /^['’]s\s+(?:\p{Ll}+\s+)?(?:wife|husband|widow|widower|sons?|daughters?|mother|father|parents|brothers?|sisters?|children|girlfriend|boyfriend|fianc[eé]e?|killer|killers|murderer|assassin)\b/u;
const PUBLICATION_OBJECT = /(?:['’]s|\b(?:edits?|edited|editor of|publish(?:es|ed)?|reads?|read|in|to|for))\s+(?:the\s+)?$/;
/** The name is the subject of a speech verb, directly or after an apposition ("the Clarion, the party's daily, warned"). */
function acts(after: string): boolean {
  // "The Harbor Courier reported Friday that …": a paper's own reporting is its act.
  if (SPEECH_RE.test(after) || /^\s+(?:(?:has|had|also|first|later)\s+)?(?:reported|reports|revealed|disclosed|editorialized)\b/.test(after)) return true;
  // Or after "in an editorial," / "in a statement on Tuesday,": where it spoke.
  const appos = /^,\s+(?:(?:the|a|an|its|their)\s+[^,;.()"“”]{2,80}|in\s+(?:an?|its|their)\s+[^,;.()"“”]{2,40}),/u.exec(after);
  return !!appos && SPEECH_RE.test(after.slice(appos[0].length));
}

// Verbs whose subject is a company or body ("Blue Origin will offer", "Harbor Freight sued"), beyond speech verbs.
const ORG_ACTS_AFTER =
  /^\s+(?:(?:has|have|had|will|would|could|can|also|then|later|now|previously|recently|again)\s+)*(?:offer|offers|offered|launch|launches|launched|sue|sues|sued|announce|announces|announced|acquire|acquires|acquired|buy|buys|bought|sell|sells|sold|hire|hires|hired|unveil|unveils|unveiled|release|releases|released|develop|develops|developed|build|builds|built|cancel|cancels|canceled|cancelled|bid|bids|won|agreed|agrees|signed|filed|files|plans|planned|reported|declined|raised|invested|invests|employs|operates|operated|owns|owned|makes|manufactures|produces|produced|posted|provides|provided|supplies|supplied|delivers|delivered|merged|partnered|teamed|settled|pledged|donated)\b/;

/** A name with an ordinary word in it and at least one word that is none (no given name, title or place): "Blue Origin". */
function isBodyName(words: string[]): boolean {
  if (isFirstName(words[0]!) || words.some((w) => TITLE_HEAD_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()))) return false;
  const common = words.filter((w) => isCommonWord(w)).length;
  const named = words.filter((w) => !isCommonWord(w) && !isPlaceName(w) && !isFirstName(w) && !CONNECTORS.has(w)).length;
  return common >= 1 && named >= 1;
}

// Plural nouns for bodies that introduce a list of them: "the five companies — Blue Origin, SpaceX and …".
const LIST_INTRO =
  /\b(?:companies|firms|corporations|groups|organi[sz]ations|agencies|banks|lenders|insurers|carriers|airlines|automakers|carmakers|manufacturers|retailers|chains|startups|start-ups|contractors|suppliers|vendors|publishers|broadcasters|networks|studios|unions|charities|nonprofits|bidders|entrants|rivals|competitors|providers|operators|developers|brands|sponsors|ventures)\b(?:[^.,;:—–()]{0,60}?\s*(?::|—|–|--)|,?\s+(?:including|such as|among them|namely))\s+/gu;
// "an executive at X", "chief operating officer of X", "workers at X".
const MEMBER_OF_BEFORE =
  /\b(?:officer|executive|executives|founder|co-founder|chairman|chairwoman|chairperson|spokesman|spokeswoman|spokesperson|director|CEO|employee|employees|engineer|engineers|manager|managers|programs|analyst|economist|researcher|researchers|scientist|scientists|partner|shareholder|shareholders|subsidiary|unit|division|board|president|vice president|editor|editors|reporter|reporters|producer|producers|staffer|staffers|colleague|colleagues)\s+(?:of|at)\s+(?:the\s+)?$/;
// "Russian gas giant Gazprom", "chipmaker Norvex", "the carrier Skyline".
const ORG_HEAD_BEFORE =
  /\b(?:giant|company|firm|conglomerate|carrier|airline|retailer|lender|insurer|startup|start-up|broadcaster|publisher|automaker|carmaker|chipmaker|drugmaker|manufacturer|contractor|subsidiary|newspaper|daily)\s+$/;

// Where list introductions end in a sentence, found once per sentence (names are classified many to a sentence).
let listCache: { text: string; ends: Map<number, number[]> } = { text: "", ends: new Map() };
function listIntroEnds(text: string, sentence: TextSpan): number[] {
  if (listCache.text !== text) listCache = { text, ends: new Map() };
  let ends = listCache.ends.get(sentence.start);
  if (!ends) {
    ends = [...sentence.text.matchAll(LIST_INTRO)].map((m) => sentence.start + m.index + m[0].length);
    listCache.ends.set(sentence.start, ends);
  }
  return ends;
}

/** Whether the sentence before a name (`lead`) makes it a body: a list of companies, a member's role, a kind of firm. */
function orgContext(text: string, sentence: TextSpan, start: number, words: string[], after: string): boolean {
  const near = text.slice(Math.max(sentence.start, start - 60), start);
  // "chief executive of Toledo, Ohio-based Meridian": a town and its state are a place.
  if (MEMBER_OF_BEFORE.test(near)) return !/^,\s+(?:\p{Lu}\.\p{Lu}\.|\p{Lu}\p{L}+(?:-based|,))/u.test(after);
  if (ORG_HEAD_BEFORE.test(near) && !isFirstName(words[0]!)) return true;
  const last = listIntroEnds(text, sentence).findLast((e) => e <= start) ?? -1;
  if (last < 0) return false;
  // The items before this one: capitalised names separated by commas or "and".
  const items = text.slice(last, start).split(/,\s+(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  return items.every((x) => /^\p{Lu}/u.test(x) && x.split(/\s+/).every((w) => /^[\p{Lu}(&]/u.test(w) || CONNECTORS.has(w)));
}

// Bodies named by one word after "the": "the Legislature should …", "the Senate voted".
const LONE_INSTITUTIONS = new Set(["Legislature", "Senate", "Parliament", "Assembly", "Cabinet", "Congress", "Pentagon", "Treasury", "Council", "Commission"]);

const ORG_PRE_APPOSITION = /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:group|organi[sz]ation|company|coalition|movement|union|party|charity|campaign|network|alliance|firm|association)\s*,\s*$/iu;
const ORG_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}(?:coalition|group|alliance|union|organi[sz]ation|company|agency|body|network|association|federation|party|firm|charity|movement|bloc|confederation|council|committee|corporation|conglomerate|manufacturer|maker|automaker|retailer|bank|regulator|watchdog|militia|cartel|insurer|carrier|airline|utility|operator|developer|publisher|broadcaster|charity|nonprofit|non-profit|think tank|lobby|trade group|wing|arm|faction|branch|affiliate|subsidiary|newspaper|broadcaster|outlet|daily|magazine|startup|start-up|contractor|supplier|chain|brand|label|team|club|franchise)(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|for|that|which|who|based|representing|with|and|(?:co-)?(?:founded|owned|run|led|backed|controlled|created|formed|headed|funded)\s+by)\b)/u;

const ROLE_STOP = new Set(["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "said", "says", "told", "that", "as"]);

function roleBefore(before: string): string | null {
  const words = before.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  // "The EU's foreign policy chief, Kaja Kallas, said": a role in apposition before the name.
  if (words[words.length - 1]!.endsWith(",") && words.length > 1) words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
  const last = words[words.length - 1]!;
  if (!/^\p{Ll}/u.test(last) || !(ROLE_NOUNS.has(last) || isRoleNoun(last))) return null;
  let i = words.length - 1;
  while (i > 0) {
    const w = words[i - 1]!;
    const bare = w.replace(/['’]s$/, "");
    if (/[,;:.!?"“”()]$/.test(w) || ROLE_STOP.has(w.toLowerCase())) break;
    if (/^\p{Lu}/u.test(w) || ROLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w) || (isAdjective(bare) && !isVerbForm(bare))) i--;
    else break;
    if (words.length - i > 5) break;
  }
  return words.slice(i).join(" ");
}

const SPEECH_IN_PHRASE = new RegExp(String.raw`\b(?:${SPEECH})\b`);

function appositionRole(after: string): string | null {
  const m = /^,\s+(?:who(?: is| was|'s|’s)\s+)?(?:now\s+|also\s+|currently\s+|formerly\s+)?(the\s+|a\s+|an\s+)?([^,;.()"“”]{3,90}?)(?=,|;|\.|\s+who\b|\s+which\b|\s+and\s+(?:has|is|was|said)\b|$)/u.exec(after);
  if (!m) return null;
  // Without an article, the phrase must open on a role: "Gwen Shaw, president and chief operating officer of …".
  const open = m[2]!.split(/\s+/)[0]!;
  // Without an article, the phrase must open on a role and name its body, then close: "Gwen Shaw, president and
  // chief operating officer of Skyfold, said".
  // ("Jo Fenn, chairman and chief executive, said": no body is needed where the apposition closes on the speech verb.)
  const closesOnSpeech = /^,\s+(?:said|says|told|added|explained|noted)\b/.test(after.slice(m[0].length));
  if (!m[1] && (!(ROLE_NOUNS.has(open) || ROLE_MODIFIERS.has(open) || open === "vice") || !(/\s(?:of|at|for)\s/.test(m[2]!) || closesOnSpeech) || after[m[0].length] !== ",")) return null;
  const phrase = m[2]!.trim();
  // ", the president said the deal was done": a clause of its own, with its verb, is no apposition.
  if (SPEECH_IN_PHRASE.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  // The head noun must be a role: "career foreign service officer", "secretary of Ukraine's Security Council".
  // The head noun ends before a complement or a relative clause: "temple that is …" is no role because a player is named after it.
  const ofAt = words.findIndex((w, k) => /^(?:of|at|for|to|with|that|which|who|whose|by)$/.test(w) || (k > 0 && /^(?:co-)?\p{Ll}+ed$/u.test(w) && !ROLE_NOUNS.has(w)));
  const head = (ofAt > 0 ? words.slice(0, ofAt) : words).map((w) => w.toLowerCase());
  if (!head.some((w) => ROLE_NOUNS.has(w) || isRoleNoun(w))) return null;
  if (words.length > 14) return words.slice(0, 14).join(" ");
  return phrase;
}

// A title alone ("the governor", "the prime minister", "the secretary"), after one person of the article was named with
// it, is that person. Abbreviated titles are read as words ("Gov." is a governor).
const TITLE_ONLY =
  /\b[Tt]he ((?:(?:foreign|defen[cs]e|finance|interior|prime|deputy|vice|attorney|home|chief|lieutenant)\s+)?(?:governor|prime minister|president|premier|chancellor|mayor|senator|congressman|congresswoman|minister|secretary|attorney general|ambassador|sheriff|commissioner|judge|chairman|chairwoman|pope|king|queen))\b(?!\s+(?:of|for|and)\b|['’]s\s+(?:office|wife|husband)|-)/g;
const TITLE_WORDS: Record<string, string> = { "gov.": "governor", "sen.": "senator", "rep.": "congressman", "lt.": "lieutenant", "pres.": "president" };
const roleWords = (role: string) =>
  role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => TITLE_WORDS[w] ?? w)
    .join(" ");

function linkTitleMentions(text: string, mentions: Mention[], inJunk: (at: number) => boolean): void {
  const titled = mentions.filter((m) => m.kind === "person" && m.role);
  if (!titled.length) return;
  const added: Mention[] = [];
  for (const t of text.matchAll(TITLE_ONLY)) {
    const at = t.index + 4;
    if (inJunk(at)) continue;
    const title = t[1]!.toLowerCase().replace(/\s+/g, " ");
    // "the foreign minister" is Foreign Minister Ana Ruiz; "the minister" is any one minister named before.
    const holders = new Set(titled.filter((m) => m.start < at && (` ${roleWords(m.role!)}`.endsWith(` ${title}`) || roleWords(m.role!).startsWith(`${title} of`))).map((m) => m.key));
    if (holders.size !== 1) continue;
    const person = titled.find((m) => holders.has(m.key))!;
    added.push({ ...person, start: at, end: at + t[1]!.length, surface: t[1]!, role: null, alias: false, weight: 0.5 });
  }
  if (!added.length) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}
