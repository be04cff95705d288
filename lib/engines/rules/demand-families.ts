// The trigger families that are neither verbs of demanding nor modals, each read in its own module: passive
// directives, invitations and summonses, applications, appeals and lawsuits, requirements set by a rule, hopes for another
// party's act, suggestions with a mandative clause, and rewards offered for information. One call for the sentence loop in demands.ts.
import type { Token } from "../../text/tokens.ts";
import { readDesires, readSeeWishes } from "./demand-desires.ts";
import { readInvitationNouns, readInvitations } from "./demand-invitations.ts";
import { readLawsuits } from "./demand-lawsuits.ts";
import { readPassiveDirectives } from "./demand-passives.ts";
import { readRequirements } from "./demand-requirements.ts";
import { readRewards } from "./demand-rewards.ts";
import { readApplicationNouns, readApplications, readAppeals } from "./demand-seeking.ts";
import { readSuggestions } from "./demand-suggestions.ts";
import type { DemandContext, Found } from "./demands.ts";

export function readTriggerFamilies(ctx: DemandContext, si: number, toks: Token[]): Found[] {
  return [
    ...readPassiveDirectives(ctx, si, toks),
    ...readInvitations(ctx, si, toks),
    ...readInvitationNouns(ctx, si, toks),
    ...readApplications(ctx, si, toks),
    ...readApplicationNouns(ctx, si, toks),
    ...readAppeals(ctx, si, toks),
    ...readLawsuits(ctx, si, toks),
    ...readRequirements(ctx, si, toks),
    ...readDesires(ctx, si, toks),
    ...readSeeWishes(ctx, si, toks),
    ...readSuggestions(ctx, si, toks),
    ...readRewards(ctx, si, toks),
  ];
}
