// The trigger families that are neither verbs of demanding nor modals, each read in its own module: passive
// directives, invitations and summonses, applications, appeals and lawsuits, requirements set by a rule, hopes for another
// party's act, suggestions with a mandative clause, rewards offered for information, offers, bids and proposals in deals, plans filed for approval, and intentions to take over another company. One call for the sentence loop in demands.ts.
import type { Token } from "../../text/tokens.ts";
import { dealScreen, planScreen, readDeals, readFiledPlans } from "./demand-deals.ts";
import { desireScreen, readDesires, readSeeWishes, seeWishScreen } from "./demand-desires.ts";
import { invitationNounScreen, invitationScreen, readInvitationNouns, readInvitations } from "./demand-invitations.ts";
import { lawsuitScreen, readLawsuits, readSuits, suingScreen } from "./demand-lawsuits.ts";
import { passiveDirectiveScreen, readPassiveDirectives } from "./demand-passives.ts";
import { readRequirements, requirementScreen } from "./demand-requirements.ts";
import { readRewards, rewardScreen } from "./demand-rewards.ts";
import { appealScreen, applicationNounScreen, applicationScreen, effortScreen, intentionScreen, persuasionScreen, readApplicationNouns, readApplications, readAppeals, readEfforts, readIntendedTakeovers, readPersuasion } from "./demand-seeking.ts";
import { readSuggestions, suggestionScreen } from "./demand-suggestions.ts";
import { readWarningsAgainst, warningScreen } from "./demand-warnings.ts";
import type { DemandContext, Found } from "./demands.ts";

type Reader = (ctx: DemandContext, si: number, toks: Token[]) => Found[];
// Each reader with its module's screen: most sentences hold none of a family's words, and are not read for it.
const FAMILIES: Array<[(words: number) => boolean, Reader]> = [
  [passiveDirectiveScreen, readPassiveDirectives],
  [invitationScreen, readInvitations],
  [invitationNounScreen, readInvitationNouns],
  [applicationScreen, readApplications],
  [applicationNounScreen, readApplicationNouns],
  [appealScreen, readAppeals],
  [effortScreen, readEfforts],
  [intentionScreen, readIntendedTakeovers],
  [persuasionScreen, readPersuasion],
  [lawsuitScreen, readLawsuits],
  [suingScreen, readSuits],
  [requirementScreen, readRequirements],
  [desireScreen, readDesires],
  [seeWishScreen, readSeeWishes],
  [suggestionScreen, readSuggestions],
  [rewardScreen, readRewards],
  [warningScreen, readWarningsAgainst],
  [dealScreen, readDeals],
  [planScreen, readFiledPlans],
];

/** `words`: the screens the sentence passes (sentenceWords in demand-words.ts). */
export function readTriggerFamilies(ctx: DemandContext, si: number, toks: Token[], words: number): Found[] {
  const out: Found[] = [];
  for (const [screen, read] of FAMILIES) if (screen(words)) out.push(...read(ctx, si, toks));
  return out;
}
