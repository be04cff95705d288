// Listed demands an editor would strike (issue 11, demand-precision on the two sets held out until stop 27): a want
// under a condition, a call the subject opposes, where something was asked instead of what, an act weighed as a
// subject, an advice column's colophon and a feeling it grants, and a content cut inside an embedded question.
// Fictional sentences, each shape in three wordings, with the real demands that resemble them kept.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a want under a condition is no demand made", () => {
  it("'if they want something done, they can do it' lists nothing", () => {
    expect(brief("Officials in Veldan act fast. “The beauty of Veldan is that if they want something to be done, they can do it,” said Mara Holt, a professor.")).toEqual([]);
  });

  it("'Whenever the council wants a new road, it builds one' lists nothing", () => {
    expect(brief("The Tarnow City Council meets weekly. Whenever the Tarnow City Council wants a new road, it simply builds one, said Mara Holt.")).toEqual([]);
  });

  it("'If the union demands a raise, the plant will close' lists nothing", () => {
    expect(brief("The Dornby Workers Union met on Friday. If the Dornby Workers Union demands a raise, the plant will close, owner Piet Vanek said.")).toEqual([]);
  });

  it("near misses: a condition after the demand, one before its own comma, and a concession asked for stay", () => {
    expect(brief("The Dornby Workers Union met on Friday. The Dornby Workers Union wants Brellin Foods to raise pay if profits rise.")).toEqual([
      { by: "Dornby Workers Union", what: expect.stringContaining("raise pay") },
    ]);
    expect(brief("The Dornby Workers Union met on Friday. Union leader Mara Holt said that if the strike continues, she wants the Brellin Foods board to resign.")).toEqual([
      { by: "Mara Holt", what: "resign" },
    ]);
    expect(brief("Brellin Foods said it would raise pay if the Dornby Workers Union agreed to end the strike.")).toEqual([{ by: "Brellin Foods", what: "end the strike" }]);
    expect(brief("The Dornby Workers Union will end the strike if Brellin Foods meets its demands for higher pay.").map((d) => d.what)).toEqual(["higher pay"]);
  });
});

describe("calls the subject opposes are not the subject's", () => {
  it("'demonstrators who were protesting calls for X to run' lists nothing", () => {
    expect(brief("Veldanian security forces clashed in Tarnow with anti-government demonstrators who were protesting calls for military leader Orvan Tesk to run for president.")).toEqual([]);
  });

  it("'opposed calls for' and 'rejected repeated calls for' list nothing", () => {
    expect(brief("Farmers in Dornby opposed calls for a cut in milk quotas.")).toEqual([]);
    expect(brief("Farmers in Dornby rejected repeated calls for a cut in milk quotas.")).toEqual([]);
  });

  it("near misses: calls the subject backs, and calls named for their owner, stay", () => {
    expect(brief("Farmers in Dornby backed calls for a cut in milk quotas.")).toEqual([{ by: "Farmers", what: "a cut in milk quotas" }]);
    expect(brief("Farmers in Dornby rejected calls by the Tarnow council for a cut in milk quotas.")).toEqual([{ by: "the Tarnow council", what: "a cut in milk quotas" }]);
  });
});

describe("where something was asked is not what was asked for", () => {
  it("'asked in a sharp dissent, \"what sense …\"' lists nothing", () => {
    expect(brief('As Justice Jane Roe asked in a sharp dissent, "what sense does it make?"')).toEqual([]);
  });

  it("'asked at a hearing whether …' and 'asked in an interview with X why …' list nothing", () => {
    expect(brief("Senator Jane Doe asked at a hearing on Tuesday whether the plan was legal.")).toEqual([]);
    expect(brief("Mayor John Smith asked in an interview with Tarnow Radio why the plant had closed.")).toEqual([]);
  });

  it("near misses: a request made in a letter keeps the request, without the letter", () => {
    expect(brief("Mayor John Smith asked in a letter for the release of the prisoners.")).toEqual([{ by: "John Smith", what: "the release of the prisoners" }]);
    expect(brief("Mayor John Smith asked in a letter to the governor that the prisoners be released.")).toEqual([{ by: "John Smith", what: "the prisoners be released" }]);
  });
});

describe("an act weighed as a subject is an argument, not a demand", () => {
  const said = (quote: string) => brief(`Senator Jane Doe spoke on Saturday.\n\n${quote}`);

  it("'To walk away now would hand the rebels a win Veldan must never accept' lists nothing", () => {
    expect(said('"To walk away from the talks now would hand the rebels a win Veldan must never accept," Doe said.')).toEqual([]);
  });

  it("'To abandon the farmers would be a betrayal the party must never allow' lists nothing", () => {
    expect(said('"To abandon the farmers now would be a betrayal the party must never allow," Doe said.')).toEqual([]);
  });

  it("near miss: 'demanded to know why the plant would close' asks for an answer", () => {
    expect(brief("Mayor John Smith demanded to know why the plant would close.")).toEqual([{ by: "John Smith", what: "to know why the plant would close" }]);
  });

  it("near misses: an infinitive of purpose before the modal's own subject demands", () => {
    expect(said('"To keep the peace, the Tarnow council must act now," Doe said.')).toEqual([{ by: "Jane Doe", what: "To keep the peace, the Tarnow council must act now" }]);
    expect(said('"To win back voters, the Veldan Workers Party should drop the tax," Doe said.')).toEqual([
      { by: "Jane Doe", what: "To win back voters, the Veldan Workers Party should drop the tax" },
    ]);
  });
});

describe("an advice column's answer ends where the column names itself", () => {
  const column = [
    "DEAR ABBY: My husband flies first class while I sit in economy. -- SECOND RATE",
    "DEAR SECOND RATE: You have a right to be upset with your husband. Upgrade your seat! You have a right to put your foot down and tell him you sit together.",
    "DEAR ABBY: My sister never calls. -- LONELY",
    "DEAR LONELY: You are entitled to feel hurt. Call her this weekend and tell her you miss her.",
    "Dear Abby is written by Jane Roe. Contact Dear Abby at www.DearAbby.com. Write to Dear Abby at P.O. Box 100.",
  ].join("\n\n");
  const whats = run(column).demands.map((d) => d.what);

  it("the colophon's 'Contact …' and 'Write to …' are no advice", () => {
    expect(whats.some((w) => /Dear Abby|P\.O\. Box/.test(w))).toBe(false);
  });

  it("'You have a right to be upset' grants a feeling, and lists nothing", () => {
    expect(whats.some((w) => /right to be upset|entitled to feel/.test(w))).toBe(false);
  });

  it("near misses: the orders in the answers stay, a right to act among them", () => {
    expect(whats).toEqual(["Upgrade your seat", expect.stringContaining("put your foot down"), expect.stringContaining("Call her this weekend")]);
  });

  it("near miss: the columnist's name as a common word ('with prudence') does not end the answer", () => {
    const prudence = [
      "DEAR PRUDENCE: My boss keeps my tips. -- SHORTCHANGED",
      "DEAR SHORTCHANGED: Act with prudence but act. Report him to the labor board and keep records of every shift.",
      "DEAR PRUDENCE: My sister never calls. -- LONELY",
      "DEAR LONELY: Call her this weekend and tell her you miss her.",
      "Dear Prudence is written by Jane Roe. Contact Dear Prudence at www.DearPrudence.com.",
    ].join("\n\n");
    const got = run(prudence).demands.map((d) => d.what);
    expect(got).toContainEqual(expect.stringContaining("Report him to the labor board"));
    expect(got.some((w) => /Dear Prudence/.test(w))).toBe(false);
  });
});

describe("an embedded question is read to its end", () => {
  it("'an assessment of what it would cost to …' keeps the question, and one demand", () => {
    expect(brief("President Jane Doe ordered an assessment of what it would cost to rebuild the embassies in Veldan and the price tag for the rescue teams.")).toEqual([
      { by: "Jane Doe", what: "an assessment of what it would cost to rebuild the embassies in Veldan and the price tag for the rescue teams" },
    ]);
  });

  it("'an inquiry into how the money was spent' and 'a review of whether the rules were broken'", () => {
    expect(brief("The Tarnow council called for an inquiry into how the money was spent, officials said.").map((d) => d.what)).toEqual(["an inquiry into how the money was spent"]);
    expect(brief("Senator Jane Doe demanded a review of whether the rules were broken.").map((d) => d.what)).toEqual(["a review of whether the rules were broken"]);
  });

  it("near miss: a list of two acts is still two demands", () => {
    expect(brief("Senator Jane Doe called for a pay rise and an end to night shifts.").map((d) => d.what)).toEqual(["a pay rise", "an end to night shifts"]);
  });
});

describe("content an editor can read alone", () => {
  it("whom a wanted notice is about, through an apposition or a description", () => {
    expect(brief("The Federal Marshals Bureau met on Monday. The bureau said it was looking for Piet Vanek, a Tarnow activist who is being sought as a material witness in the case.").map((d) => d.what)).toEqual([
      "Piet Vanek as a material witness in the case",
    ]);
    expect(brief("Vanek is now the second activist being sought by the Federal Marshals Bureau as a suspect in a fatal attack.").map((d) => d.what)).toEqual(["Vanek as a suspect in a fatal attack"]);
    expect(brief("The Federal Marshals Bureau said Piet Vanek was wanted as a witness.").map((d) => d.what)).toEqual(["Piet Vanek as a witness"]);
  });

  it("a list of gerunds goes on past its commas; a participle clause after the phrase does not", () => {
    expect(brief("Veldan urged its neighbours to stop arming, training, funding or sheltering the rebels.").map((d) => d.what)).toEqual([
      "its neighbours to stop arming, training, funding or sheltering the rebels",
    ]);
    expect(brief("The Tarnow council called for an end to the shelling, killing, looting and burning of villages.").map((d) => d.what)).toEqual([
      "an end to the shelling, killing, looting and burning of villages",
    ]);
    expect(brief("The Tarnow council called for an end to the shelling, saying it had killed dozens.").map((d) => d.what)).toEqual(["an end to the shelling"]);
  });

  it("the reason given is not what is asked", () => {
    expect(brief("The Dornby Workers Union demanded higher pay just because prices had risen.").map((d) => d.what)).toEqual(["higher pay"]);
    expect(brief("The Tarnow council urged residents to leave their homes because the river was rising.").map((d) => d.what)).toEqual(["leave their homes"]);
    expect(brief("Sergeant Mara Holt said the Tarnow police wanted the two men for questioning because they were in the area.").map((d) => d.what)).toEqual(["the two men for questioning"]);
  });
});

describe("a question put is no demand", () => {
  it("'asked pointed questions about …', 'asked questions about …' and 'asked X several questions' list nothing", () => {
    expect(brief("Senator Jane Doe asked pointed questions about the budget.")).toEqual([]);
    expect(brief("Senator Jane Doe asked questions about the budget.")).toEqual([]);
    expect(brief("Senator Jane Doe asked the Tarnow council several questions about the budget.")).toEqual([]);
  });

  it("near misses: asking someone to answer questions, or for answers, is a demand", () => {
    expect(brief("Senator Jane Doe asked the Tarnow council to answer questions about the budget.").map((d) => d.what)).toEqual(["answer questions about the budget"]);
    expect(brief("Senator Jane Doe asked that the Tarnow council answer questions about the budget.").map((d) => d.what)).toEqual([expect.stringContaining("answer questions")]);
    expect(brief("Senator Jane Doe asked for answers about the budget.").map((d) => d.what)).toEqual(["answers about the budget"]);
  });
});

describe("a procedure's threshold is no demand", () => {
  it("'requires a two-thirds majority to pass', 'needs 60 votes to', 'a simple majority of members to' list nothing", () => {
    expect(brief("The Tarnow council requires a two-thirds majority to pass the budget.")).toEqual([]);
    expect(brief("The Tarnow council needs 60 votes to pass the budget.")).toEqual([]);
    expect(brief("The Tarnow council requires a simple majority of members to approve the budget.")).toEqual([]);
  });

  it("near misses: a body requiring people to act demands", () => {
    expect(brief("The Tarnow council requires all bars to close by midnight.").map((d) => d.what)).toEqual(["all bars to close by midnight"]);
    expect(brief("The Tarnow council required the mayor to resign.").map((d) => d.what)).toEqual(["resign"]);
    expect(brief("The new law requires employers to pay overtime.").map((d) => d.what)).toEqual([expect.stringContaining("pay overtime")]);
  });
});

describe("a good wish asks nothing of anyone", () => {
  it("'wants what is best for …', 'wants the best for …', 'We want what's best for …' list nothing", () => {
    expect(brief("The Tarnow council wants what is best for residents.")).toEqual([]);
    expect(brief("Senator Jane Doe said she wants the best for her country.")).toEqual([]);
    expect(brief('"We want what’s best for the children," said Piet Vanek of the Dornby Workers Union.')).toEqual([]);
  });

  it("near misses: wanting a thing, or someone to do what is best, is a demand", () => {
    expect(brief("The Tarnow council wants the best teachers for its schools.").map((d) => d.what)).toEqual(["the best teachers for its schools"]);
    expect(brief("The Dornby Workers Union wants Brellin Foods to do what is best for its workers.").map((d) => d.what)).toEqual(["do what is best for its workers"]);
    expect(brief("The Tarnow council wants the best offer for the land by Friday.").map((d) => d.what)).toEqual([expect.stringContaining("the best offer for the land")]);
  });
});
