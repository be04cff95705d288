// A relative named by a possessive is a party of its own: "Mara's relatives", "Mara's paternal great-uncle in the
// United States" ask for themselves, not for Mara.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("relatives as demanders", () => {
  it("'Mara's relatives have urged the court …': the relatives, not Mara", () => {
    expect(brief("Mara Voss arrived in November. But Mara's relatives have urged the court to let the girl stay.")).toEqual([{ by: "Mara's relatives", of: ["the court"], what: "let the girl stay" }]);
  });

  it("with a word of kinship and a place: 'Mara's paternal great-uncle in the United States, backed by …, has asked …'", () => {
    expect(brief("Mara Voss arrived in November. Mara's paternal great-uncle in the United States, backed by a refugee charity, has asked the court to let the girl stay.")).toEqual([
      { by: "Mara's paternal great-uncle", of: ["the court"], what: "let the girl stay" },
    ]);
  });

  it("near miss: the person's own lawyers speak for the person", () => {
    expect(brief("Mara Voss arrived in November. Mara Voss's lawyers urged the court to let her stay.")).toEqual([{ by: "Mara Voss", of: ["the court"], what: "let her stay" }]);
  });
});
