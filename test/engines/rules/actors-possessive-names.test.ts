// A possessive that closes a name of several words belongs to the whole name: the board or staff of a company named in
// full earlier is that company's, and a group owned by a name is named with all of it. Every case is made up.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const names = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors.map((a) => a.name);

describe("a plural possessive that ends a company's name", () => {
  it("gives the company's board to the company named in full, not a body called by the name's last word", () => {
    for (const [text, company] of [
      ["Kestel Group made a bid for Alvana Terminals Ltd. on Monday. Alvana Terminals' board said it would review the offer.", "Alvana Terminals Ltd"],
      ["Orwin Partners offered $9 a share for Dunmore Mills Inc. Dunmore Mills' board rejected the offer on Friday.", "Dunmore Mills Inc"],
      ["Brant Co. approached Severn Ferries PLC in May, and Severn Ferries' board will meet on Tuesday.", "Severn Ferries PLC"],
    ] as const) {
      const found = names(text);
      expect(found, text).toContain(company);
      expect(found.filter((n) => /board/.test(n)), text).toEqual([]);
    }
  });
  it("names a group the name owns with the whole name", () => {
    expect(names("The union and Harbour Works' employees said they would strike.")).toContain("Harbour Works' employees");
    expect(names("The mayor and Lindell Foods' workers said they would march on Monday.")).toContain("Lindell Foods' workers");
    expect(names("Teachers and Grey Valley Mills' employees said they would protest.")).toContain("Grey Valley Mills' employees");
  });
  it("stops at a title before the name", () => {
    const found = names("The union and Dr. Harbour's staff said they would strike.");
    expect(found).toContain("Harbour's staff");
    expect(found).not.toContain("Dr. Harbour's staff");
  });
});
