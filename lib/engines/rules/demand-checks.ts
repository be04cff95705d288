// Checks on a found demand before it is listed: shapes that a trigger word matches but an editor would not call
// a demand of anyone (issue 11, "listed demands that are right"). Each looks only at the words before the content
// in its sentence (`lead`) and the content itself, so it applies whichever reader found the demand.
import type { Token } from "../../text/tokens.ts";
import { GROUP_NOUNS, ORG_WORDS, ROLE_NOUNS } from "./gazetteer.ts";
import { isAdjective, isPastTense, isRoleNoun, isVerbForm } from "./lexicon.ts";

// "A Kellogg officer, who asked not to be named, said …": a source's condition for speaking, not a demand.
const ANONYMITY = /^(?:not to be (?:named|identified|quoted)|anonymity)\b/i;

// "on the FBI's most wanted list", "a wanted poster": "wanted" as an adjective.
const WANTED_ADJECTIVE = /\bmost[- ]wanted\s*$/i;
const WANTED_THING = /^(?:lists?|posters?|notices?|fugitives?|m[ae]n)\b/i;

// "Ford could turn up the heat by … urging holders to …", "might be receptive to any request by Egan for …":
// a demand someone could make is not one made. Only the clause holding the trigger counts ("…, it said it could").
const MAYBE = /\b(?:could|might)\b/i;
const ANY_REQUEST = /\bany\s+(?:\w+\s+)?(?:requests?|demands?|calls?|appeals?|pleas?)\s+(?:by|from)\b/i;
// "if they want something done, they can do it", "Whenever the council wants a road, it builds one": a demand
// someone would make under a condition, not one made. Only the trigger right after the condition's subject: in
// "said it would raise pay if the union agreed to end the strike" the condition is the demand, and stays. A form that is
// also a plural noun counts only after a pronoun or a name: "if Acme meets its demands for higher pay" names a demand.
const IF_TRIGGER = /\b(?:[Ii]f|[Ww]henever|[Ee]ven if|[Aa]s long as)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:do|does|did)(?:\s+not|n['’]t)?\s+)?(?:want|wants|wanted|wish|wished|demanded|asked|requested|insisted|required|sought|(?<=(?:\b(?:they|we|you|he|she|it|people|anyone|someone|everyone)|\p{Lu}[\p{L}'’.-]*)\s+)(?:demand|demands|ask|asks|need|needs|request|requests|seek|seeks|require|requires|insist|insists|call|calls|wishes))\s+(?:\S+\s+){0,6}$/u;
// "the same way we would want someone to protect us": a comparison, not a demand.
const COMPARISON = /\b(?:the same way|just as|as if|as though)\s+(?:\S+\s+){0,4}would\b/i;

// "wanted his works to flow from characters …", "want our membership of NATO to serve as a catalyst": a wish about
// a thing, not a demand of someone; "want the court to act", "want the law to be repealed" stay demands.
const WISH = /\b(?:want|wants|wanted|wanting|wish|wishes|wished)\s+(?:his|her|its|their|our|my|the|this|that)\s+([\p{L}'’-]+)(?:\s+of\s+[^,;]+?)?\s+to\s+(\p{Ll}+)/u;
const ACTING_NOUNS = new Set(
  `government governments authorities authority officials leaders leadership people public world country countries
   nation nations city state states court courts judge company companies firm board council committee west allies
   members voters community communities family families crowd party parties side team administration regime army
   police military boy girl child children kids son sons daughter daughters man men woman women baby agency
   ministry department bank banks union management employer employers owners lawmakers congress parliament
   legislature senate house everyone someone somebody anyone anybody others ones`
    .split(/\s+/)
    .filter(Boolean),
);
const ORG_NOUNS = new Set([...ORG_WORDS].map((w) => w.toLowerCase()));
const actingNoun = (w: string) =>
  /^\p{Lu}/u.test(w) || ACTING_NOUNS.has(w) || GROUP_NOUNS.has(w) || ROLE_NOUNS.has(w) || ORG_NOUNS.has(w) || isRoleNoun(w) || /(?:er|or|ist|ian)s?$/.test(w);

// "information about requests for asylum", "amid calls for his resignation": a plural noun after a preposition,
// with no owner named, says nobody in particular asked; the sentence's speaker only reports it.
const UNOWNED_NOUN = /\b(?:about|of|on|over|regarding|amid|despite|to|after|following)\s+(?:(?:new|more|further|repeated|growing|renewed|fresh|mounting|widespread)\s+)?(?:requests|demands|calls|appeals|pleas)\s+(?:for\s+)?$/i;

// "demonstrators who were protesting calls for the general to run for president", "farmers opposed calls for a quota cut": calls
// nobody is named for, which the subject is against; the opposer never made them. A named owner ("rejected calls by
// NATO for …", "rejected the council's demands") is left to the agent finder.
const OPPOSED_NOUN = /\b(?:protest(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|defy|defies|defied|defying|scorn(?:s|ed|ing)?)\s+(?:(?:the|these|those|such|new|renewed|repeated|growing|mounting|recent|latest|fresh|widespread)\s+){0,2}(?:calls|demands|requests|appeals|pleas|call|demand|request|appeal|plea)\s+(?:for\s+(?:[^,;]{0,60}?\s+to\s+)?)?$/i;
// "As Justice Roe asked in a sharp dissent, 'what sense …'", "asked at a hearing whether …": where something was asked
// (a question, mostly), not what was asked for. With the request after it ("asked in a letter for the release of …")
// trimContent keeps the request.
const VEHICLE = String.raw`(?:in|at|during|through|via)\s+(?:(?:a|an|the|his|her|its|their|this|that|[\p{Lu}][\p{L}'’.-]*['’]s?)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:dissent|opinion|ruling|statement|letter|interview|speech|address|brief|filing|column|editorial|essay|op-ed|article|memo|note|e-?mail|message|post|tweet|conference|briefing|hearing|meeting|session|sermon|testimony|report|debate|broadcast|appearance|video|rally)s?`;
const VEHICLE_ONLY = new RegExp(String.raw`^${VEHICLE}(?:\s+(?:to|with|on|before|at|in|of)\s+[^,;]{0,60})?$`, "iu");
// '"To turn our backs on them, to weaken our resolve -- that would give terror a victory it must not have"': an
// act weighed as a subject ("To do X would be …"), an argument, not a demand; "To keep the peace, the council must
// act" opens on a purpose and demands.
// Only an infinitive opening the sentence: "demanded to know why the plant would close" asks for an answer.
const INFINITIVE_SUBJECT = /^[“"'‘`]*To\s+\p{Ll}+\b(?:(?!\b(?:must|should|ought|need|needs|has to|have to)\b)[^])*?\b(?:would|could|might)\b/u;
// "asked pointed questions about the budget": a question put, not a demand ("demanded answers" still asks for something).
// Only the object of "asked" itself: "asked the council to answer questions" asks for an act.
const ASK_BEFORE = /\bask(?:s|ed|ing)?\s+(?:(?!(?:to|that)\s)\S+\s+){0,4}$/i;
// The questions themselves, after any addressee: "pointed questions", "the council several questions"; not the object
// of an act asked for ("the council answer questions").
const QUANTIFIER = String.raw`(?:a|some|several|many|few|more|further|no|two|three|\d+)`;
const QUESTIONS = new RegExp(String.raw`^(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Ll}+\s+)?(?=${QUANTIFIER}\s))?(?:(?:${QUANTIFIER}|the)\s+)?(?:(?:tough|hard|sharp|pointed|probing|detailed|specific|difficult|searching|awkward|pertinent|serious|repeated|follow-up|\p{Ll}+ed)\s+)?questions?\b`, "u");
// "requires a two-thirds majority to pass", "needs 60 votes to clear the Senate": a threshold a procedure sets, not an
// act asked of anyone.
const THRESHOLD = /\b(?:requires?|required|requiring|needs?|needed)\s+(?:(?:a|an|the|at least|more than|[\d,.]+%?|[\p{L}]+-(?:thirds|fifths|quarters|fourths))\s+|[\p{L}-]+\s+){0,3}?(?:majority|majorities|votes?|quorum|supermajority|unanimity|signatures)\s+(?:of\s+[^,;]{0,40}?\s+)?to\s+$/iu;
// "wants what is best for residents", "want only the best for our children": a good wish, asking nothing of anyone.
const WANT_BEFORE = /\b(?:want|wants|wanted|wanting|wish|wishes|wished)\s+$/i;
const GOOD_WISH = /^(?:what(?:['’]s|\s+is|\s+was|\s+would be)\s+(?:best|right|good|fair)|(?:only\s+)?the\s+(?:very\s+)?best)\s+for\b[^,;]*$/i;
// "something that Jaguar doesn't want over the next 14 months": a time phrase alone is no content.
const TIME_ONLY = /^(?:over|during|within|for|in|until) the (?:next|past|last|coming|following)\b[^,;]*$/i;

const PRONOUN_SUBJECTS = ["he", "she", "it", "they", "we", "i"];
/** Whether `text` ends on `name` as a whole word, or on its possessive ("Reno's"). Both lower-case. */
function endsOnName(text: string, name: string): boolean {
  const bare = /['’]s$/.test(text) ? text.slice(0, -2) : null;
  return [text, bare].some((t) => t !== null && t.endsWith(name) && (t.length === name.length || !/\p{L}/u.test(t[t.length - name.length - 1]!)));
}
/**
 * Whether the demander (one of `names`, or a pronoun) is the subject of "could"/"might" in the clause: the name,
 * then at most two words, just before the modal. Plain string tests, so no pattern is built per call.
 */
function demanderMaybe(clause: string, names: string[]): boolean {
  const m = MAYBE.exec(clause);
  if (!m) return false;
  const subjects = [...names.filter((n) => n.length > 1).map((n) => n.toLowerCase()), ...PRONOUN_SUBJECTS];
  let rest = clause.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
  for (let words = 0; words <= 2; words++) {
    const space = /\s+$/.exec(rest);
    if (!space) return false;
    const head = rest.slice(0, space.index);
    if (subjects.some((s) => endsOnName(head, s))) return true;
    const word = /\S+$/.exec(head);
    if (!word) return false;
    rest = head.slice(0, word.index);
  }
  return false;
}

// "Accounting rules require the thrift to value …", "the United Nations charter requires members to …": a standing
// rule that no party in the story sets, named by its common noun (a law or a ruling is someone's act, and stays).
const RULEBOOK_HEAD = /^(?:rules?|standards?|guidelines?|charters?|bylaws|by-laws|provisions?|terms|principles?|procedures?|requirements?|practices?|conventions?|codes?|constitution|prospectus|mandates?)$/;
function isRulebook(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  // "Accounting rules", "Its charter", "Constitution"; not a body named for one ("Bureau of Standards", "Trading Standards").
  return RULEBOOK_HEAD.test(head.toLowerCase()) && (words.length === 1 || /^\p{Ll}/u.test(head)) && !words.includes("of");
}
// "Columbia said accounting rules require it to …": the rule, not the speaker, requires it.
const RULE_REQUIRES = /\b(?:rules|standards|guidelines|bylaws|provisions|terms|principles|procedures|requirements|practices?|conventions|code)\s+(?:\p{Ll}+\s+)?(?:requires?|calls? (?:for|on)|provides? for|obliges?|stipulates?)\s+$/u;
const CHARTER_WORDS = String.raw`charter|bylaws|by-laws|mandate|prospectus|articles of (?:incorporation|association)|founding (?:treaty|document|charter)|constitution`;
// "Under its charter, the fund must …", "the fund's prospectus requires it to …": a body's standing mandate described.
const charterPhrase = (words: string) => String.raw`\b(?:under|by|according to)\s+(?:(?:the|its|their|[\p{L}.'’-]+['’]s?)\s+)?(?:[\p{L}-]+\s+){0,2}(?:${words})\b`;
// In the content only a body's own papers: "as required under the constitution" can close a real demand.
const UNDER_CHARTER = new RegExp(charterPhrase(CHARTER_WORDS), "iu");
const UNDER_OWN_CHARTER = new RegExp(charterPhrase(String.raw`charter|bylaws|by-laws|mandate|prospectus|articles of (?:incorporation|association)`), "iu");
const CHARTER_SAYS = new RegExp(String.raw`\b(?:${CHARTER_WORDS})\s+(?:\w+\s+)?(?:requires?|calls? (?:for|on)|provides? for|obliges?|stipulates?|says?|states?)\s*$`, "i");
// "Set up in 1949, NATO calls for the collective defense of its members": what a body exists for, in the present.
const PRESENT_PROVIDES = /\b(?:calls for|provides for|requires|commits)\s*$/i;
const BACKGROUND_OPENER = /^(?:formed|founded|set up|created|established|organi[sz]ed|chartered|launched)\b[^,]*,/i;
// What an alliance or a mutual body exists for; "higher pay for its members" is a union's demand.
const COMMON_DEFENCE = /\b(?:collective|mutual|common|joint)\s+(?:defen[cs]e|security|protection|assistance|aid)\b/i;
const OWN_MEMBERS = /\b(?:its|their)\s+(?:own\s+)?(?:members|member (?:states|countries|nations)|signatories|shareholders|holders|depositors|policyholders)\b/i;
// "The Dunmore Fund is required to invest at least 80% of its assets …", "the fund is required to invest …": a
// standing obligation in the present, of the speaker's own body or over its own money, is its mandate, not a demand.
const STANDING_OBLIGATION = /^(?:(?:the|its|this)\s+)?([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}?)\s+(?:is|are)\s+(?:(?:also|still|now|legally)\s+)?(?:required|obliged|obligated|bound|mandated)\s+(?:by\s+(?:law|statute)\s+)?to\s+(.*)$/iu;
const OWN_BODY = /^(?:it|fund|funds|trust|partnership|company|firm|bank|thrift|insurer|utility|corporation|concern|portfolio|plan)$/i;
const OWN_MONEY = /\b(?:at least|no (?:less|more) than|a minimum of|a maximum of)\b|\b(?:its|their)\s+(?:\w+\s+)?(?:assets|income|capital|earnings|profits|portfolio|funds|reserves|deposits|holdings)\b/i;

// "the government would need to borrow more next year": a forecast of what will be needed, not a demand.
const FORECAST = /^[^,;]*?\b(?:would|will|['’]d|['’]ll)\s+(?:(?:also|still|probably|likely|eventually|then|soon)\s+)?need\s+to\b/i;

/** "the board accepted the union" as a demander: a clause, with its own verb, read as a name. */
function clauseAsName(name: string): boolean {
  const words = name.split(/\s+/);
  // A lower-case past form with its own object ("accepted the union"), or one the lexicon knows only as a verb.
  // ("Group led by Carl Boughton": a participle with "by" names who leads a group, and is no clause.)
  return words.length >= 3 && words.slice(1, -1).some((w, k) => /^\p{Ll}+$/u.test(w) && isPastTense(w) && words[k + 2] !== "by" && (!isAdjective(w) || /^(?:the|a|an|its|their|his|her)$/.test(words[k + 2]!)));
}

// "Fenwick said demand for its chips was strong": the market's demand, a noun with no owner. A demander's own
// ("the U.S.'s demand for Laden's extradition", "its demands for guarantees") reads its content without "for".
const MARKET_DEMAND = /\bdemands?\s+$/i;
const OWNED_NOUN = /(?:['’]s?|\b(?:its|their|his|her|our|my|the|a|an|these|those|this|new|renewed|repeated))\s+(?:[\p{L}-]+\s+)?demands?\s+$/iu;
// "Economists are calling for a rise of 0.3% in the index": a forecast. "Analysts called for earnings of $1.20".
const FORECAST_FIGURE = /\b(?:earnings|profits?|losses|loss|growth|a (?:rise|decline|gain|drop|fall|increase|decrease)|an? (?:\d[\d.,]*%?\s+)?(?:rise|decline|gain|drop|fall|increase|decrease))\s+(?:of|in)\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d/i;
// A company's results called for are always forecast; "a rise of 5% in wages" only when observers call for it.
const FORECAST_RESULT = /^(?:(?:net|operating|quarterly|annual|third-quarter|fourth-quarter|first-quarter|second-quarter)\s+)?(?:earnings|profits?|net income|revenue|sales|a (?:net )?loss|losses)\s+(?:of|in)\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d/i;
const OBSERVER_NAME = new RegExp(String.raw`\b(?:analysts?|economists?|forecasters?|strategists?|consensus|forecasts?)\b`, "i");
// "is seeking a buyer for its chemical unit", "asked for bids", "sought bankruptcy protection from creditors": a
// company's deal-making or a court filing for itself, not a demand made of anyone.
const TRANSACTION = /^(?:(?:a|an|the|new|other|more|potential|possible|outside|strategic|further)\s+){0,2}(?:buyers?|bidders?|bids|offers(?!\s+of\s+(?:help|aid|assistance|support))|suitors?|merger partners?|partners?|investors?|acquirers?|purchasers?|joint-venture partners?)\b/i;
const BANKRUPTCY = /^(?:(?:court|federal|bankruptcy)\s+)*protection\s+(?:from|under)\b|^bankruptcy[- ]court protection\b|^bankruptcy protection\b/i;
// "Investors demanded higher yields on the bonds": a market's price, not a demand of anyone.
const MARKET_AGENTS = /\b(?:investors|bondholders|traders|buyers|markets?|lenders|dealers|the market)\b/i;
const MARKET_PRICES = /^(?:(?:much|even|still|sharply|significantly)\s+)?(?:higher|lower|bigger|larger|better|fatter)\s+(?:[\p{L}-]+\s+)?(?:yields?|premiums?|returns?|interest rates?|rates|prices?|discounts?|spreads?|risk premiums?)\b/iu;

// "Keller Industries called for the redemption of its 9% debentures": a company calling its own securities in, an
// announcement to holders, not a demand of anyone. Holders pressing a company to redeem its poison pill still ask.
const CALL_FOR = /\bcall(?:s|ed|ing)?\s+(?:for\s+)?$/i;
const REDEMPTION = /^(?:the\s+)?(?:(?:early|partial|full|optional)\s+)?(?:redemption|prepayment)\b/i;
const SECURITIES = /\b(?:notes|debentures|bonds|preferred|shares|stock|securities|warrants|certificates|debt)\b/i;
const NOT_OWN_SECURITIES = /\b(?:rights|pill)\b/i;

// "The central bank must defend the currency, said an analyst at a Jakarta brokerage": an observer's assessment,
// whoever the engine credits it to (here the place in the analyst's description). Only modal content: an analyst
// who "urged the ministry to cut taxes" still urged.
const OBSERVER = String.raw`(?:analyst|expert|economist|professor|researcher|scholar|strategist|commentator|observer|historian|pollster|lecturer|consultant|head of research|research director|research (?:institute|center|centre|firm)|think tank|brokerage|portfolio manager|fund manager|money manager|investment officer)s?`;
const MODAL_CONTENT = /\b(?:must|should|ought to|needs? to|has to|have to|had to|need not|mustn['’]t|shouldn['’]t)\b/i;
const OBSERVER_AFTER = new RegExp(String.raw`^[\s,”"'’]*(?:(?:said|says|say|according to|wrote|writes|added|argued|noted|contended)\s+(?:[^\s;]+\s+){0,8}?${OBSERVER}\b|(?:[^\s;]+\s+){0,8}?${OBSERVER}\b(?:\s+[^\s;]+){0,6}?\s+(?:said|says|say|added|wrote|writes|argued|noted|contended)\b)`, "i");
// The observer is the speech verb's subject: at most six words before it, and not the object of a preposition
// ("responding to criticism from analysts, said …" is someone else speaking).
const OBSERVER_BEFORE = new RegExp(String.raw`(?:(?<!\b(?:from|by|of|with|among|to|for|against|about)\s+(?:\S+\s+){0,2})\b${OBSERVER}\b(?:[\s,]+[^\s.;]+){0,6}?[\s,]+(?:said|says|say|argued|argue|noted|note|believes?|thinks?|wrote|writes|contended)|\baccording to\s+(?:[^\s,;]+\s+){0,6}?${OBSERVER}\b[^,;]*,)\s+(?:that\s+)?$`, "i");

// "insisted that NATO was the best tool", "insisted that the budget was balanced": an assertion, not a demand. A
// mandative clause ("insisted that the child be returned", "that the troops must leave") demands.
const INSIST_BEFORE = /\binsist(?:s|ed|ing)?\s+(?:that\s+[^;]*?\s+and\s+)?$/i;
const FIRST_FINITE = /\b(?:must|should|shall|ought|be|need|needs|has to|have to|had to|was|were|is|are|has|have|had|did|does|do|will|would|can|could|may|might|cannot|won['’]t|wasn['’]t|isn['’]t|doesn['’]t|didn['’]t|can['’]t)\b/i;
const MANDATIVE = /^(?:must|should|shall|ought|be|need|needs|has to|have to|had to)$/i;

// "informed press reporters prior to the call": "press" as a noun, spun or not.
const PRESS_BEFORE = /\bpress\s+$/i;
const PRESS_NOUN = /^(?:reporters|journalists|corps|photographers|officers?|conferences?|releases?|briefings?|statements?|secretar(?:y|ies)|agenc(?:y|ies)|coverage|accounts?|reports?)\b/i;

// "Paribas said it had asked the commission to …": "it" is the body that said so. When the reader credited the demand
// to someone else (the story's last organisation, because it did not know Paribas), the speaker is wrong.
const SAID_IT = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}\p{Lu}[\p{L}.&'’-]*)\s+(?:said|says|announced|added|stated)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?it\s+(?:[\p{Ll}’']+\s+){0,8}$/u;
const TITLE_WORDS = /^(?:the|but|and|on|in|mr|mrs|ms|dr|inc|corp|co|ltd|plc|company|group)\.?$/i;
// SAID_IT cannot match without a lower-case "it" between spaces: most leads lack one, and the pattern tries every start.
const IT_WORD = /\sit\s/;
const RECEIVED_BY_IT = /\b(?:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:received|rejected|rebuffed|spurned|turned\s+down|was\s+offered|were\s+offered|is\s+(?:weighing|considering|studying|reviewing))\s+(?:\S+\s+){0,6}$/i;
function otherSpeaker(lead: string, names: string[]): boolean {
  if (!names.length || !IT_WORD.test(lead)) return false;
  // "Aldgate said it received an offer from Corbett": the speaker's "it" is whom the demand is made of.
  if (RECEIVED_BY_IT.test(lead)) return false;
  const m = SAID_IT.exec(lead);
  if (!m) return false;
  const words = m[1]!.split(/\s+/).map((w) => w.replace(/[.’']+$/, "")).filter((w) => w.length > 2 && !TITLE_WORDS.test(w));
  const theirs = names.join(" ").split(/[\s-]+/).map((w) => w.replace(/[.’']+$/, "").toLowerCase());
  const stem = (w: string) => w.toLowerCase().slice(0, Math.max(4, w.length - 2));
  return words.length > 0 && !words.some((w) => theirs.some((t) => t.startsWith(stem(w)) || stem(t) === stem(w)));
}

// "What doctors want you to know": a headline's teaser, the reader is told, nobody is asked anything.
const TEASER = /^(?:you|readers|us|parents|consumers)\s+to\s+(?:know|understand|hear|see|remember|learn|consider|realize|realise)\b/i;
const WH_NAME = /^(?:what|how|why|when|where|which|whatever)\s/i;

// "ANA LIND: The president says he wants a diplomatic solution": in a transcript the label names who is talking, here
// a correspondent reporting someone else's demand; only a first-person demand ("We want …") is the label's own.
const LABEL = /^\s*(\p{Lu}[\p{Lu}.'’ -]+\p{Lu})\s*:\s+(.*)$/su;
function reportedUnderLabel(lead: string, names: string[]): boolean {
  const m = LABEL.exec(lead);
  if (!m) return false;
  const label = m[1]!.toLowerCase();
  if (!names.some((n) => label.endsWith(n.toLowerCase()) || n.toLowerCase().endsWith(label))) return false;
  return !/^(?:(?:well|so|and|but|now|look|yes|no),?\s+)*(?:i|we|i['’]m|we['’]re|i['’]d|we['’]d)\b/i.test(m[2]!);
}
// "The company needs to cut costs, Chairman Tomas Brandt said": a company's own officer on what it must do is a plan
// or an admission, not a demand of anyone.
const COMPANY_SELF = /^(?:the|our)\s+(?:company|firm|group|bank|concern|business)\s+(?:(?:also|still|now|really|simply)\s+)?(?:must|needs? to|has to|should|will have to)\b/i;
const OFFICER = /\b(?:chairman|chairwoman|chief executive|chief financial officer|chief operating officer|ceo|cfo|managing director|a (?:company|corporate) spokes(?:man|woman|person))\b/i;

/**
 * Why a found demand is not one, or null when it stands. `names`: the demander's name and the forms it is written in;
 * `tail`: the rest of the sentence after the content (where an attribution stands).
 */
export function notADemand(lead: string, content: string, names: string[] = [], tail = ""): string | null {
  const what = content.trim();
  if (ANONYMITY.test(what)) return "anonymity";
  if (WANTED_ADJECTIVE.test(lead) || (/\bwanted\s*$/i.test(lead) && WANTED_THING.test(what))) return "wanted as an adjective";
  const clause = lead.split(/[,;:]\s|\s[—–]\s|\s--?\s|\s_\s/).pop() ?? lead;
  if (demanderMaybe(clause, names) || ANY_REQUEST.test(clause) || COMPARISON.test(clause) || IF_TRIGGER.test(clause)) return "hypothetical";
  const wish = WISH.exec(`${clause.slice(-80)} ${what}`);
  if (wish && wish[2] !== "be" && !actingNoun(wish[1]!.toLowerCase()) && !/^\p{Lu}/u.test(wish[1]!)) return "wish about a thing";
  if (TIME_ONLY.test(what)) return "time phrase only";
  if (VEHICLE_ONLY.test(what)) return "the occasion, not content";
  if (INFINITIVE_SUBJECT.test(what)) return "an act weighed, not asked";
  if (ASK_BEFORE.test(clause) && QUESTIONS.test(what)) return "a question put";
  if (THRESHOLD.test(clause)) return "a procedure's threshold";
  if (WANT_BEFORE.test(clause) && GOOD_WISH.test(what)) return "a good wish";
  if (UNOWNED_NOUN.test(lead)) return "nobody's request";
  if (OPPOSED_NOUN.test(lead)) return "a call the speaker opposes";
  if (names[0] !== undefined && isRulebook(names[0])) return "a standing rule";
  if (RULE_REQUIRES.test(clause)) return "a standing rule";
  if (names[0] !== undefined && clauseAsName(names[0])) return "a clause for a name";
  if (FORECAST.test(what) && !/^[^,;]*?\b(?:must|should)\b[^,;]*?\bneed\b/i.test(what)) return "a forecast";
  if (CHARTER_SAYS.test(lead) || UNDER_CHARTER.test(clause) || UNDER_CHARTER.test(lead.split(/,\s/)[0]!) || UNDER_OWN_CHARTER.test(what)) return "a charter or mandate";
  if (PRESENT_PROVIDES.test(lead) && (BACKGROUND_OPENER.test(lead) || (OWN_MEMBERS.test(what) && COMMON_DEFENCE.test(what)))) return "a charter or mandate";
  const standing = STANDING_OBLIGATION.exec(what);
  if (standing) {
    const subject = standing[1]!.split(/\s+/);
    const own = OWN_BODY.test(subject[subject.length - 1]!) || subject.some((w) => names.some((n) => /^\p{Lu}/u.test(w) && w.length > 2 && n.split(/\s+/).includes(w)));
    if (own || OWN_MONEY.test(standing[2]!)) return "a charter or mandate";
  }
  if (CALL_FOR.test(lead) && REDEMPTION.test(what) && SECURITIES.test(what) && !NOT_OWN_SECURITIES.test(what)) return "a company calling its own securities";
  if (MARKET_DEMAND.test(lead) && !OWNED_NOUN.test(lead) && /^for\s/i.test(what)) return "the market's demand";
  if (CALL_FOR.test(lead) && (FORECAST_RESULT.test(what) || (FORECAST_FIGURE.test(what) && OBSERVER_NAME.test(names[0] ?? "")))) return "a forecast";
  if (TRANSACTION.test(what) || BANKRUPTCY.test(what)) return "a deal or filing of its own";
  if (MARKET_AGENTS.test(names[0] ?? "") && MARKET_PRICES.test(what)) return "a market's price";
  if (MODAL_CONTENT.test(what) && (OBSERVER_AFTER.test(tail) || OBSERVER_BEFORE.test(lead))) return "an observer's commentary";
  if (INSIST_BEFORE.test(lead)) {
    const verb = FIRST_FINITE.exec(what.split(/\s+/).slice(0, 10).join(" "));
    if (verb && !MANDATIVE.test(verb[0])) return "an assertion";
  }
  if (PRESS_BEFORE.test(lead) && PRESS_NOUN.test(what)) return "press as a noun";
  if (otherSpeaker(clause, names)) return "another speaker's 'it'";
  if (reportedUnderLabel(lead, names)) return "a correspondent's report";
  if (COMPANY_SELF.test(what) && (OFFICER.test(tail) || OFFICER.test(lead)) && !/\bunion\b/i.test(`${lead} ${tail}`)) return "a company's own plan";
  if (TEASER.test(what) && (WH_NAME.test(names[0] ?? "") || /\b(?:what|how|why)\s+(?:\S+\s+){0,3}$/i.test(clause))) return "a teaser";
  return null;
}

const NP_PREPOSITION = /\s(?:from|of|for|to|on|in|with|by|at|against|over|about|that|which|and|or)\s/i;
const SPACE_RUN = /\s+/g;
/**
 * The head noun of a short noun-phrase demand ("new guarantees from the U.S. and NATO" → "guarantee"), else null:
 * one demander's "its calls for security guarantees" and "its demands for new guarantees" are one demand.
 */
export function npHead(content: string): string | null {
  // Over 12 words (split at white space) is no short phrase: decided first, by counting, before any string is built.
  SPACE_RUN.lastIndex = 0;
  for (let runs = 0; SPACE_RUN.test(content); ) if (++runs >= 12) return null;
  // The words before the first preposition (what split(NP_PREPOSITION)[0] gives, without splitting the rest).
  const trimmed = content.trim();
  const cut = NP_PREPOSITION.exec(trimmed);
  const chunk = (cut ? trimmed.slice(0, cut.index) : trimmed).replace(/[^\p{L}\s'’-]/gu, " ").trim();
  const words = chunk.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4) return null;
  if (words.some((w, i) => (i > 0 && /^(?:the|a|an|its|his|her|their|our)$/i.test(w)) || /ing$/.test(w))) return null;
  if (isVerbForm(words[0]!.toLowerCase()) && words.length > 1) return null;
  const head = words[words.length - 1]!.toLowerCase().replace(/['’]s?$/, "");
  if (head.length < 4 || /^\p{Lu}/u.test(words[words.length - 1]!)) return null;
  return head.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

// Content cut too wide, trimmed where an editor would cut it:
// "pressed anew for a trial …" (an adverb before "for"), "after the meeting she thought Elian should stay" (the
// speaker's own framing before the demanded clause), "to buy the shares but doesn't own any yet" (the main clause
// going on after "but").
// "in a letter to the governor that the prisoners be released": the request after where it was made.
const VEHICLE_FIRST = new RegExp(String.raw`^${VEHICLE}(?:\s+(?:to|with|on|before)\s+[^,;]{0,60}?)?,?\s+(?:for|that)\s+(?=\S+\s+\S)`, "iu");
const ADVERB_FOR = /^(?:anew|again|hard|harder|further|strongly|publicly|privately|repeatedly|instead)\s+for\s+/i;
const FRAMING = /^(?:[^,;]*?\s)?(?:he|she|they|we|I)\s+(?:thought|thinks|believed|believes|felt|feels)\s+(?:that\s+)?(?=\S.*\b(?:should|must|ought to|has to|have to)\b)/;
const BUT_MAIN = /\s+but\s+(?:(?:does|do|did|has|have|had|is|are|was|were|will|would|can|could)(?:\s+not|n['’]t)?|doesn['’]t|don['’]t|didn['’]t|won['’]t)\b.*$/i;
// "reopen the library, and many are angry": a new main clause after ", and"/", but" with its own subject ("and that …" is
// a second demanded clause, and stays).
const NEW_MAIN = /,\s+(?:and|but)\s+(?:many|most|some|others|several|few|both|all|they|he|she|it|we|I|you|there|these|those|shares|prices|stocks)\b.*$/;
// "sought for interviews just because they were in the area": the reason given, not what is asked.
const BECAUSE = /\s+(?:(?:just|only|simply|partly|mainly|largely)\s+)?because\b.*$/i;
// "… and saying he did not recognize the courts": the speaker's next act, not the demanded clause.
const AND_SAYING = /,?\s+and\s+(?:saying|adding|insisting|arguing|noting|warning|claiming|vowing|accusing|calling|threatening)\b.*$/i;
// "Elian should go back to Cuba, a decision upheld by Reno": an apposition naming the act, not more content.
const ACT_APPOSITION = /,\s+(?:a|an)\s+(?:decision|ruling|move|step|position|view|finding|conclusion|judgment|stance)\b.*$/i;
// "use masks as smog thickens": a clause of time or reason after "as", not part of what is asked ("as a witness" is
// a role, and stays).
const AS_CLAUSE = /(?<!\b(?:as \S+|same|such|so))\s+as\s+(?!(?:soon|well|long|much|many|far|part|quickly|possible|planned|promised|agreed|required|needed)\b)(?![\p{Ll}-]+\s+as\b)(?:the\s+)?(?!a\s|an\s)[\p{Ll}-]+\s+\p{Ll}{2,}(?:s|ed)\b.*$/u;
// ", where the blasts killed 257 people": a relative clause about a place in the content.
const WHERE_RELATIVE = /,\s+where\s.*$/i;
// ", NATO must be ready", "the U.S.'s demand for Laden's extradition": punctuation or a "for" left at the front by the
// reader. After a "demand" nobody owns, "for" stays, for notADemand to see the market's demand ("said demand for steel").
const FRONT_MARK = /^[,;:]\s*/;
const FRONT_FOR = /^for\s+(?!there\b)(?=\S+\s+\S)/i;
// '"We will not stay on unless we are paid"': a content opening on its modal lost its subject to the lead; "Kopp is
// being sought as a material witness": a content opening on "as" lost whom it is about. Both are given back.
const MODAL_FIRST = /^(?:will|would|must|should|shall|can|cannot|won['’]t|have to|has to|need to|needs to)\b/i;
const PRONOUN_BEFORE = /(?:^|[\s“"'‘`])(we|they|he|she|i|you)\s+$/i;
// Also through an apposition ("Piet Vanek, a Tarnow activist who is being sought as …") or a description ("Vanek is now the
// second activist being sought by the FBI as …").
const SOUGHT_BEFORE = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:,(?:\s+[\p{L}'’.-]+){1,8}?\s+who|\s+(?:is|was)\s+(?:(?:now|also)\s+)?(?:the|a|an)(?:\s+[\p{L}'’.-]+){1,6}?)?\s+(?:(?:is|was|are|were)\s+(?:(?:being|also|still|now)\s+)*|being\s+)(?:sought|wanted)(?:\s+by(?:\s+[\p{L}'’.-]+){1,6}?)?\s+$/u;
function subjectBack(what: string, lead: string): string {
  const pronoun = MODAL_FIRST.test(what) ? PRONOUN_BEFORE.exec(lead) : null;
  if (pronoun) return `${pronoun[1]} ${what}`;
  const sought = /^as\s/i.test(what) ? SOUGHT_BEFORE.exec(lead) : null;
  return sought ? `${sought[1]} ${what}` : what;
}

/** The content cut where an editor would cut it. `lead`: the sentence before the content. */
export function trimContent(what: string, lead = ""): string {
  what = subjectBack(what, lead);
  const front = MARKET_DEMAND.test(lead) && !OWNED_NOUN.test(lead) ? what : what.replace(FRONT_FOR, "");
  const out = front.replace(FRONT_MARK, "").replace(VEHICLE_FIRST, "").replace(ADVERB_FOR, "").replace(FRAMING, "").replace(BUT_MAIN, "").replace(NEW_MAIN, "").replace(AND_SAYING, "").replace(ACT_APPOSITION, "").replace(WHERE_RELATIVE, "").replace(AS_CLAUSE, "");
  if (out.split(/\s+/).length < 2) return what;
  const reasonless = out.replace(BECAUSE, "");
  return reasonless.split(/\s+/).length >= 2 ? reasonless : out;
}

// Someone else's guess about a deal, not the bidder's act: "Analysts expect Ardent to offer …", "Traders speculated that
// Norvik would seek to acquire …", "Norvik is expected to make a bid", "Norvik denied it plans to bid".
const OBSERVERS = /^(?:analysts?|traders?|observers?|experts?|economists?|speculators?|investors|sources|people)$/;
const GUESSES = /^(?:expect|expects|expected|believe|believes|believed|speculate|speculates|speculated|predict|predicts|predicted|think|thinks|thought|say|says|said|suggest|suggests|suggested|doubt|doubts|doubted|report|reports|reported|bet|betting|wonder|wondered)$/;
/** Whether the deal at toks[i] is told as a guess, an expectation or a denial in its own clause. */
export function hearsay(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 25; k--) {
    const w = toks[k]!.lower;
    if (w === ";" || w === ":") break;
    if (/^(?:deny|denies|denied|denying)$/.test(w)) return true;
    if (/^(?:expected|rumou?red|thought|believed|reported|likely|unlikely|said)$/.test(w) && /^(?:is|are|was|were|be|been)$/.test(toks[k - 1]?.lower ?? "") && toks[k + 1]?.lower === "to") return true;
    if (GUESSES.test(w) && toks.slice(Math.max(0, k - 4), k).some((q) => OBSERVERS.test(q.lower))) return true;
    if (/^(?:speculation|rumou?rs?|expectations?)$/.test(w) && toks[k + 1]?.lower === "that") return true;
  }
  return false;
}
