// CAMEO 10x (DEMAND) codes from the demanded content, only where the content makes the class clear.
// 1041 leadership change, 1042 policy change, 1043 rights, 1044 institutions/regime, 1053 release of
// persons or property, 1054 easing of sanctions, 1056 de-escalation of military engagement,
// 101 information/investigation, 102 policy support, 103x aid, 106 meeting/negotiation, 108 mediation.
const RULES: Array<[RegExp, string]> = [
  [/\b(?:publish|disclose|release|hand over|make public) (?:the |all |its |their )?(?:\w+ ){0,2}(?:documents|data|records|files|results|tally|tally sheets|report|evidence|footage|minutes|emails)\b/i, "101"],
  [/\b(?:resign(?:s|ation)?|step(?:s|ping)? down|ouster|oust|impeach\w*|removal of (?:the )?(?:president|prime minister|leader|minister|chief|ceo))\b/i, "1041"],
  [/\b(?:release|free(?:ing)?|freedom for|return of (?:the )?(?:hostages|prisoners|detainees|captives|bodies)|hand(?:ing)? over (?:the )?(?:hostages|prisoners))\b/i, "1053"],
  [/\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|remov(?:e|es|ed|ing)) (?:the |all |its |their )?(?:economic |trade |export |import )?(?:sanctions|embargo|blockade|boycott|restrictions)\b|\breconnect\w* [^.]{0,60}\bSWIFT\b/i, "1054"],
  [/\b(?:cease-?fire|truce|de-?escalat\w*|withdraw\w*|pull(?:ing)? (?:back|out)|roll(?:ing)? back|demilitari\w*|halt (?:the |its |all )?(?:offensive|attacks|strikes|bombing|fighting|advance)|stop (?:the |its |all )?(?:attacks|strikes|bombing|fighting|shelling)|(?:not|never|no) (?:be )?(?:deploy\w*|positioned|placed|stationed)|military (?:equipment|deployments?|activity|exercises|drills|tools|devices)|troops)\b/i, "1056"],
  [/\b(?:mediat\w*)\b/i, "108"],
  [/\b(?:talks|negotiat\w*|meeting|summit|dialogue|(?:phone |video )?call|sit down|bargaining table|negotiating table|meet (?:with )?(?:the )?(?:\w+ )?(?:leaders|representatives|delegation|negotiators|officials|counterparts?|them|him|her))\b/i, "106"],
  [/\b(?:investigat\w*|inquiry|(?:independent |traffic |safety |environmental )*(?:study|review|audit|assessment)|probe|information|explanation|answers|disclos\w*|transparen\w*|account for)\b/i, "101"],
  [/\b(?:weapons|arms|military aid|air defen[cs]es?)\b/i, "1032"],
  [/\b(?:humanitarian (?:aid|assistance|access|corridors?))\b/i, "1033"],
  [/\b(?:aid|loans?|financial assistance|funding)\b/i, "1031"],
  [/\b(?:peacekeep\w*|protection)\b/i, "1034"],
  [/\b(?:rights|vote|voting|suffrage|equal treatment|recognition|self-determination)\b/i, "1043"],
  [/\b(?:elections?|referendum|constitution\w*|reforms?|regime|autonomy|independence)\b/i, "1044"],
  [/\b(?:membership|join|joining|expan\w*|policy|polic(?:ies)|law|ban|commitment|guarantees?|assurances?|ensures|warranties|treaty)\b/i, "1042"],
  [/\b(?:support|endorse\w*|back(?:ing)?|recogni[sz]e)\b/i, "102"],
];

export function cameoCode(what: string): string | null {
  for (const [re, code] of RULES) if (re.test(what)) return code;
  return null;
}
