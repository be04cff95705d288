// The fixture articles (test/fixtures/articles/*.txt) against their expected results (*.expected.json):
// actors with kinds, roles and aliases; words that must not become actors; demands with by/of/what/
// status/CAMEO; dates. The articles are fictional and written in several styles (see each `style`).
import { describe, expect, it } from "vitest";
import { extractRules } from "../../../lib/engines/rules/index.ts";
import { actorProblem, dateProblem, demandProblem, isJunkActor, loadFixtures, wrongDemands } from "./fixture-match.ts";

const fixtures = loadFixtures();

describe("fixture articles", () => {
  it("there are at least ten of them, in different styles", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fixtures.map((f) => f.expected.style)).size).toBe(fixtures.length);
  });
});

for (const f of fixtures) {
  describe(`${f.name} (${f.expected.style})`, () => {
    const out = extractRules({ text: f.text, metadata: f.metadata });

    for (const a of f.expected.actors) {
      const what = [a.kind, a.role && `role "${a.role}"`, a.aliases?.length && `aliases ${a.aliases.join(", ")}`].filter(Boolean).join(", ");
      it(`finds ${a.name}${what ? ` (${what})` : ""}`, () => expect(actorProblem(out, a)).toBeNull());
    }
    for (const j of f.expected.notActors) {
      it(`does not make "${j}" an actor`, () => expect(isJunkActor(out, j).map((a) => a.name)).toEqual([]));
    }
    for (const d of f.expected.demands) {
      const extra = [d.of?.length && `of ${d.of.join(", ")}`, d.status, d.cameo && `CAMEO ${d.cameo}`].filter(Boolean).join(", ");
      it(`finds the demand by ${d.by}: ${d.what.join(" … ")}${extra ? ` (${extra})` : ""}`, () => expect(demandProblem(out, d)).toBeNull());
    }
    for (const w of f.expected.wrongDemands ?? []) {
      it(`lists no demand ${w.by ? `by ${w.by}` : ""}${w.what ? ` about ${w.what.join(" … ")}` : ""}`, () =>
        expect(wrongDemands(out, w).map((d) => `${d.by}: ${d.what}`)).toEqual([]));
    }
    for (const d of f.expected.dates ?? []) {
      it(`resolves "${d.text}" to ${d.accept.join(" or ")}`, () => expect(dateProblem(out, d)).toBeNull());
    }

    it("quotes evidence verbatim from the text, and names demanders and addressees among the actors", () => {
      const names = new Set(out.actors.map((a) => a.name));
      for (const item of [...out.actors, ...out.demands, ...out.dates]) expect(f.text).toContain(item.evidence);
      for (const d of out.demands) {
        expect(names).toContain(d.by);
        for (const o of d.of) expect(names).toContain(o);
      }
    });
  });
}
