// A quoted command or polite request, attributed: what the quotation asks is the speaker's demand, of whom the
// attribution addresses. Openers that frame the talk ask nothing of anyone.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a quoted command", () => {
  it("'\"Give us …,\" X told the minister, Y.' is X's demand of Y", () => {
    expect(brief('"Give us the staff we were promised," Mara Voss told the health minister, Ilse Brandt.')).toEqual([
      { by: "Mara Voss", of: ["Ilse Brandt"], what: "Give us the staff we were promised" },
    ]);
  });

  it("with no trigger word in the sentence, the speaker through a pronoun: '\"Bring …,\" he said.'", () => {
    expect(brief('Union leader Tomas Renn spoke to the crowd. "Bring our members home," he said.')).toEqual([
      { by: "Tomas Renn", of: [], what: "Bring our members home" },
    ]);
  });

  it("the attribution before the quotation: 'X told the board: \"Release …\"'", () => {
    expect(brief('Mara Voss told the board: "Release the funds now."')).toEqual([{ by: "Mara Voss", of: ["the board"], what: "Release the funds now" }]);
  });

  it("in wire copy's ``quotes'', in every order of quote and attribution", () => {
    expect(brief("``Send the trucks across the border tonight,'' said Ilse Brandt, a spokeswoman for the relief agency.")).toEqual([
      { by: "Ilse Brandt", of: [], what: "Send the trucks across the border tonight" },
    ]);
    expect(brief("``Pay the drivers what they are owed,'' the union's leader, Tomas Renn, told the transport minister, Ilse Brandt.")).toEqual([
      { by: "Tomas Renn", of: ["Ilse Brandt"], what: "Pay the drivers what they are owed" },
    ]);
    expect(brief("Mara Voss told the council: ``Stop the evictions before winter.''")).toEqual([{ by: "Mara Voss", of: ["the council"], what: "Stop the evictions before winter" }]);
  });

  it("near miss: framing openers, a question and an unattributed quotation are no demand", () => {
    expect(brief('"Look, we have been here before," Mara Voss said.')).toEqual([]);
    expect(brief('"Take Dorrow, for example," Mara Voss said.')).toEqual([]);
    expect(brief('"Make no mistake, we will win," Mara Voss said.')).toEqual([]);
    expect(brief('"Thank you all for coming," Mara Voss said.')).toEqual([]);
    expect(brief("``Like the farmers, we are watching the river,'' Mara Voss said.")).toEqual([]);
    expect(brief('"Give me one reason why?" Mara Voss said.')).toEqual([]);
    expect(brief('The water had receded. "Rebuild the dikes before winter."')).toEqual([]);
  });
});

describe("a quoted polite request", () => {
  it("'\"Could you send us …?\" X asked the laboratory' asks the laboratory, not for it", () => {
    expect(brief('"Could you send us the test results by Friday?" the hospital director, Mara Voss, asked the laboratory.')).toEqual([
      { by: "Mara Voss", of: [], what: "send us the test results by Friday" },
    ]);
  });
});
