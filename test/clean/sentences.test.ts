import { describe, expect, it } from "vitest";
import type { RemovedPiece } from "../../lib/article.ts";
import { repairQuotes, unglue } from "../../lib/clean/glue.ts";
import { removeTemplateResidue } from "../../lib/clean/residue.ts";
import { knownWordsOf, removeTeasers } from "../../lib/clean/teasers.ts";

// The sentence-level repairs scraped and spun copy needs, one rule per case.

describe("glued sentences get their space back", () => {
  it.each([
    ["set for Jan. 10 in Geneva.White House officials said", "set for Jan. 10 in Geneva. White House officials said"],
    ["non-starters.The White House said", "non-starters. The White House said"],
    ["ratified in 2019.Officials said", "ratified in 2019. Officials said"],
    ["guarantees from the U.S. and NATO.Those demands", "guarantees from the U.S. and NATO. Those demands"],
    ["Really?Yes, really!Then we left.", "Really? Yes, really! Then we left."],
    ["over escalation (he said).Then", "over escalation (he said). Then"],
  ])("%s", (input, output) => expect(unglue(input)).toBe(output));

  it.each([
    "officials from the U.S. State Department",
    "at 3:35 p.m. EST on Thursday",
    "talks set for Jan. 10 in Geneva",
    "growth of 3.5 percent, or 4.25 in some regions",
    "see example.com or Node.js for details",
    "President George W. Bush and J.R.R. Tolkien",
    "visit www.example.com/News.Today or mail press@Example.Org",
  ])("leaves alone: %s", (input) => expect(unglue(input)).toBe(input));

  it("separates a closing quote from the next sentence and an opening quote from the last", () => {
    expect(unglue("the upcoming talks.”Biden and Putin")).toBe("the upcoming talks.” Biden and Putin");
    expect(unglue("a hotline between NATO and Russia.“The draft treaty")).toBe("a hotline between NATO and Russia. “The draft treaty");
    expect(unglue("might be possible,” Pifer wrote")).toBe("might be possible,” Pifer wrote");
  });
});

describe("opening quotes typed as closing quotes are turned round", () => {
  it("when quote parity shows the quote opens a quotation closed later", () => {
    expect(repairQuotes("Peskov said Thursday.” The goal is clear,” Peskov told reporters.")).toBe("Peskov said Thursday. “The goal is clear,” Peskov told reporters.");
  });

  it("but leaves correctly paired quotes as written", () => {
    const text = "“We are glad,” she said. “It is fair.” The talks ended.";
    expect(repairQuotes(text)).toBe(text);
  });

  it("and carries an open quote across paragraphs, as wire copy leaves it", () => {
    const text = "“The first paragraph of a long quote.\n\n“The second one ends it,” he said.” Then";
    expect(repairQuotes(text)).toBe(text);
  });
});

describe("teasers spliced into running text", () => {
  const strip = (text: string) => {
    const removed: RemovedPiece[] = [];
    return { text: removeTeasers(text, knownWordsOf(text), removed), removed: removed.map((r) => r.text) };
  };

  it("cuts a headline glued to the next sentence at the join, where the next word is known", () => {
    const input = "There was no readout.ALSO READ: Satellite images show troops massing near UkraineRussia has made clear it wants a guarantee. Russia denies it.";
    expect(strip(input)).toEqual({
      text: "There was no readout. Russia has made clear it wants a guarantee. Russia denies it.",
      removed: ["ALSO READ: Satellite images show troops massing near Ukraine"],
    });
  });

  it("cuts between an acronym and the next word", () => {
    expect(strip("He left.ALSO READ: Putin says he drove a taxi after the fall of the USSRRussia has denied any plan. Russia said so.").text).toBe(
      "He left. Russia has denied any plan. Russia said so.",
    );
  });

  it("cuts after a closing quote, whatever the next word", () => {
    expect(strip("It was serious.ALSO READ: Putin to the West: ‘It is not us who threaten anyone’Key members disagree.").text).toBe("It was serious. Key members disagree.");
  });

  it("cuts at a letter-to-capital join even for a word seen nowhere else", () => {
    expect(strip("She spoke.SEE: Families queue for water in the heat | In PicturesVolunteers handed out bottles.").text).toBe("She spoke. Volunteers handed out bottles.");
  });

  it("does not cut inside names such as McDonald, iPhone or YouTube", () => {
    expect(strip("Fine.READ MORE: Why McDonald's and YouTube love the iPhone").removed).toEqual(["READ MORE: Why McDonald's and YouTube love the iPhone"]);
  });

  it("takes a teaser that ends the paragraph whole", () => {
    expect(strip("Putin wrote.ALSO READ: Biden warns Putin of sanctions if Russia invades")).toEqual({
      text: "Putin wrote.",
      removed: ["ALSO READ: Biden warns Putin of sanctions if Russia invades"],
    });
  });

  it("leaves prose alone: no marker, a lowercase 'see:', or a marker with no visible end", () => {
    for (const text of ["We will see: the vote is on Monday.", "The report said it plainly.", `Start.READ MORE: ${"a long unbroken run of words ".repeat(20)}`])
      expect(strip(text).text).toBe(text);
  });
});

describe("template residue", () => {
  it("unwraps spinner braces and drops CMS placeholders", () => {
    const removed: RemovedPiece[] = [];
    expect(removeTemplateResidue("Biden would tell Putin {that a} diplomatic path {remains|stays} open.{{ad_slot_2}} [caption id=\"x\"]Done.", removed)).toBe(
      "Biden would tell Putin that a diplomatic path remains open. Done.",
    );
    expect(removed.map((r) => r.kind)).toEqual(["template-residue", "template-residue", "template-residue", "template-residue"]);
  });
});
