// Deontic statements with a named speaker (issue 11, task modal2): "X should/ought to …" reported or quoted, an
// argument for a subjunctive ("argued that X not be denied …"), "made the case that X should …". Fictional sentences
// in the shapes the blind set missed, each with near misses: forecasts, conditionals, questions, the speaker's plans.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("a passive 'should be …' credited to a named speaker", () => {
  it("'X said the custody … should be worked out between …' is X's demand, though it names no one who must act", () => {
    expect(brief("Juanita Voss, the mayor's sister, said the custody of the boy should be worked out between his family members.")).toEqual([
      { by: "Juanita Voss", of: [], what: "the custody of the boy should be worked out between his family members" },
    ]);
  });

  it("the same inside a quotation", () => {
    expect(brief('"The custody of the boy should be worked out within the family," said Juanita Voss.')).toEqual([
      { by: "Juanita Voss", of: [], what: "The custody of the boy should be worked out within the family" },
    ]);
  });

  it("near miss: a schedule ('should be completed by March', 'should be approved next week') forecasts", () => {
    expect(brief("Tom Ruiz, the board's chairman, said the sale should be completed by March.")).toEqual([]);
    expect(brief("Tom Ruiz, the board's chairman, said the lease should be approved next week.")).toEqual([]);
    expect(brief('"The results should be known soon," said Tom Ruiz, the board\'s chairman.')).toEqual([]);
  });

  it("near miss: an analyst's passive is commentary", () => {
    expect(brief("Vera Lind, an analyst at Brightwater Capital, said the pier should be sold to the highest bidder.")).toEqual([]);
  });
});

describe("'ought not to' and a subject set off by a parenthetical", () => {
  it("'X said the Y ought not to rush to …' is X's demand of Y", () => {
    expect(brief("Mayor Tom Ruiz said the Harbor Board ought not to rush to close the pier.")).toEqual([{ by: "Tom Ruiz", of: ["Harbor Board"], what: "the Harbor Board ought not to rush to close the pier" }]);
  });

  it("an editorial's 'X ought not to …' and 'X, though …, should …' are the paper's calls", () => {
    const d = brief(`The New York Times said in an editorial on Friday, May 3:

Mayor Tom Ruiz has been stubborn for too long. But the Harbor Board ought not to rush to close the pier. Once the hearing ends, Mara Voss and her son, though free to leave, should remain here to await a ruling.`);
    expect(d).toEqual([
      { by: "New York Times", of: ["Harbor Board"], what: "the Harbor Board ought not to rush to close the pier" },
      { by: "New York Times", of: ["Mara Voss"], what: expect.stringMatching(/^Mara Voss and her son, though free to leave, should remain here to await a ruling$/) },
    ]);
  });
});

describe("arguing for a subjunctive, making the case that X should …", () => {
  it("'X has argued from the start that Y not be denied …' is X's demand", () => {
    expect(brief("Elan Ortiz reached Dover in March. Mayor Tom Ruiz has argued from the start that Elan Ortiz not be denied a hearing.")).toEqual([
      { by: "Tom Ruiz", of: ["Elan Ortiz"], what: "Elan Ortiz not be denied a hearing" },
    ]);
  });

  it("near miss: an argument about what is ('argued that the boy was not denied …', 'does not cover') asserts", () => {
    expect(brief("Elan Ortiz reached Dover in March. Mayor Tom Ruiz argued that Elan Ortiz was not denied a hearing.")).toEqual([]);
    expect(brief("Mayor Tom Ruiz contended that the lease does not cover the pier.")).toEqual([]);
  });

  it("'the relatives made their case that X should have a life in …' is theirs", () => {
    expect(brief("Elan Ortiz reached Dover in March. His Dover relatives made their case that Elan Ortiz should have a life in Dover.")).toEqual([
      { by: expect.stringMatching(/relatives/i), of: ["Elan Ortiz"], what: "Elan Ortiz should have a life in Dover" },
    ]);
  });
});

describe("near misses: a condition, a question, the speaker's own plan", () => {
  it("'said that if the board should fail, …' states a condition, not a demand", () => {
    expect(brief("Tom Ruiz said that if the Harbor Board should fail, the city would step in.")).toEqual([]);
  });

  it("a question asks; it demands nothing", () => {
    expect(brief('"Why should the Harbor Board close the pier?" Tom Ruiz asked.')).toEqual([]);
    expect(brief("Tom Ruiz said the question is whether the Harbor Board should close the pier.")).toEqual([]);
  });

  it("'he should be finished by Friday': the speaker's own plan", () => {
    expect(brief("Tom Ruiz said he should be finished with the report by Friday.")).toEqual([]);
  });
});

describe("an attribution by pronoun, a ruling named as a noun", () => {
  it("'X should …, she added.' without quotation marks is the demand of the person 'she' points back to", () => {
    expect(brief("Juanita Voss spoke to reporters in Dover on Monday. Elan Ortiz should be given the chance to live in a free country, she added.")).toEqual([
      { by: "Juanita Voss", of: ["Elan Ortiz"], what: "Elan Ortiz should be given the chance to live in a free country" },
    ]);
  });

  it("near miss: 'X should …, he said' about the speaker's own side is no demand", () => {
    expect(brief("Tom Ruiz spoke to reporters in Dover on Monday. Tom Ruiz should be finished by Friday, he said.")).toEqual([]);
  });

  it("'the Harbor Board's ruling that X should be …' is the board's demand", () => {
    expect(brief("Elan Ortiz reached Dover in March. The Harbor Board's ruling that Elan Ortiz should be returned to his father angered the relatives.")).toEqual([
      { by: "Harbor Board", of: ["Elan Ortiz"], what: "Elan Ortiz should be returned to his father" },
    ]);
    // (The relatives' appeal is a demand of its own.)
    expect(brief("Elan Ortiz reached Dover in March. The relatives appealed the decision by the Harbor Board that Elan Ortiz be returned to his father.")).toContainEqual(
      expect.objectContaining({ by: "Harbor Board", what: "Elan Ortiz be returned to his father" }),
    );
  });

  it("near miss: 'the ruling that was issued', 'the decision that the pier will close' report, they demand nothing", () => {
    expect(brief("The Harbor Board's ruling that was issued on Monday angered the relatives.")).toEqual([]);
    expect(brief("The Harbor Board's decision that the pier will close in May angered the relatives.")).toEqual([]);
  });
});

describe("a newspaper's own call reported in a news story", () => {
  it("'The Dover Herald, in an editorial, said X should …' is the paper's demand: it speaks across the parenthetical", () => {
    expect(brief("Elan Ortiz reached Dover in March. The Dover Herald, in an editorial, said Elan Ortiz should go wherever his father wants.")).toEqual([
      { by: "Dover Herald", of: ["Elan Ortiz"], what: "Elan Ortiz should go wherever his father wants" },
    ]);
  });

  it("near miss: a paper only cited ('according to the Dover Herald, …') demands nothing", () => {
    expect(brief("Elan Ortiz reached Dover in March. According to the Dover Herald, Elan Ortiz will go wherever his father wants.")).toEqual([]);
  });
});

describe("near misses: a guess and a consequence", () => {
  it("'X must be dreaming if …' guesses, it demands nothing", () => {
    expect(brief('"Tomas Varga must be dreaming if he thinks the family will allow his agents inside the house," said Mara Voss.')).toEqual([]);
  });

  it("'they\\'ll have to go find him there' predicts what others will face", () => {
    expect(brief('Tom Ruiz spoke at the gate. "The boy lives in my house, and the Harbor Board will have to go find him there," he said.')).toEqual([]);
    expect(brief('Tom Ruiz spoke at the gate. "The boy lives in my house, and they\'ll have to go find him there," he said.')).toEqual([]);
  });
});

describe("a stance named as a noun: 'X's position is that Y must …'", () => {
  it("is X's demand", () => {
    expect(brief("The Dock Workers Union's position is that the Harbor Board must keep the east pier open.")).toEqual([
      { by: "Dock Workers Union", of: ["Harbor Board"], what: "the Harbor Board must keep the east pier open" },
    ]);
  });

  it("'Its position is that …' after the body was named: the pronoun's body", () => {
    expect(brief("The Harbor Board met on Monday. Its position is that the Dock Workers Union must return to work.")).toEqual([
      { by: "Harbor Board", of: ["Dock Workers Union"], what: "the Dock Workers Union must return to work" },
    ]);
  });

  it("near miss: a stance about what is ('position was that the plant was profitable') asserts", () => {
    expect(brief("The Dock Workers Union's position was that the east pier was profitable.")).toEqual([]);
  });
});
