// Business demands the stop-28 readers missed on unseen news (issue 11, gold9): terms offered to a party, an offer
// whose bidder is named with "of", a plan filed for approval, a buy-back offer to debt holders, and an intention quoted
// around its verb. Fictional sentences, three wordings or more each, with the near misses that must stay no demand.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const run = (text: string) => extractRules({ text, metadata: emptyMetadata() });
const brief = (text: string) => run(text).demands.map((d) => ({ by: d.by, of: d.of, what: d.what }));

describe("terms offered to a party that can take them", () => {
  it.each([
    ["Harlow Mills Inc. said it will offer an early retirement package to as many as 900 employees in a cost-cutting move.", "Harlow Mills Inc", "an early retirement package to as many as 900 employees"],
    ["Brisco Industries Inc. offered its bondholders a one-time payment of $40 for each $1,000 note.", "Brisco Industries Inc", "its bondholders a one-time payment"],
    ["Velt Airways Inc. and Corran Air Corp. sweetened their merger plan, offering Velt holders a special $12-a-share payout.", "Velt Airways Inc", "Velt holders a special $12-a-share payout"],
    ["Pelham Mills Inc. is offering a severance package to its 300 workers.", "Pelham Mills Inc", "a severance package to its 300 workers"],
  ])("%s", (text, by, what) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by, what }));
  });

  it("a named party the terms are offered to is whom it is asked of", () => {
    expect(brief("Norvik Corp. offered Tessin Corp. a three-year supply contract.")).toContainEqual({ by: "Norvik Corp", of: ["Tessin Corp"], what: "Tessin Corp. a three-year supply contract" });
  });

  it.each([
    "Harlow Mills Inc. offered condolences to the families of the miners.",
    "Harlow Mills Inc. offered its customers a 10% discount on spring orders.",
    "Harlow Mills Inc. is offering 1.7 million shares to the public at $15 a share.",
    "Analysts expect Harlow Mills Inc. to offer a buyout package to employees.",
    "Harlow Mills Inc. could offer a severance package to its workers.",
    "The severance package offered to the workers last year was generous, Harlow Mills Inc. said.",
    "Harlow Mills Inc. offered help to the flood victims.",
    "The Falcons offered Dana Koss a three-year contract.",
  ])("no demand: %s", (text) => {
    expect(brief(text).filter((d) => /package|discount|shares|condolences|help|contract/.test(d.what))).toEqual([]);
  });
});

describe("an offer whose bidder is named with 'of', answered by the company it is for", () => {
  it.each([
    ["Pelham Mills Inc. is seeking alternatives to an unsolicited $32-a-share tender offer of Norvik Corp., a unit of Orlin Capital.", "Norvik Corp", ["Pelham Mills Inc"]],
    ["Pelham Mills Inc. rejected the $45-a-share offer of Norvik Corp. as too low.", "Norvik Corp", ["Pelham Mills Inc"]],
    ["The $18-a-share bid of Tarn Acquisition Corp. for Brisco Industries Inc. expires Friday.", "Tarn Acquisition Corp", ["Brisco Industries Inc"]],
  ])("%s", (text, by, of) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by, of }));
  });

  it.each([
    "The offer of help from the Red Cross was welcome.",
    "Pelham Mills Inc. accepted an offer of $12 a share last year, and the deal closed in March.",
    "The offer of Friday's meeting was a surprise to everyone.",
  ])("no bidder read from an amount or a thing: %s", (text) => {
    expect(brief(text).filter((d) => /Red Cross|Friday/.test(d.by))).toEqual([]);
  });
});

describe("a plan filed or proposed for approval", () => {
  it.each([
    ["Marlow Toys Inc. filed a Chapter 11 reorganization plan that pays 20 cents on the dollar to creditors.", "Marlow Toys Inc", "a Chapter 11 reorganization plan"],
    ["Marlow Toys Inc. submitted a restructuring plan to the bankruptcy court on Monday.", "Marlow Toys Inc", "a restructuring plan to the bankruptcy court"],
    ["Marlow Toys Inc. proposed a reorganization plan that would pay 30 cents on the dollar.", "Marlow Toys Inc", "a reorganization plan"],
  ])("%s", (text, by, what) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by, what }));
  });

  it.each([
    "Marlow Toys Inc. filed a plan to open 40 stores next year.",
    "The pilot, Dana Koss, filed a flight plan before takeoff.",
    "Marlow Toys Inc. plans to file a reorganization plan next month.",
    "Marlow Toys Inc. did not file a reorganization plan.",
    "Marlow Toys Inc. unveiled a marketing plan for its dolls.",
  ])("no demand: %s", (text) => {
    expect(brief(text).filter((d) => /plan/.test(d.what))).toEqual([]);
  });
});

describe("an offer to buy back debt is made to its holders", () => {
  it.each([
    ["Control Systems Corp. is offering to buy back $150 million of 12% senior notes.", "Control Systems Corp"],
    ["Marlow Toys Inc. offered to repurchase its 9% debentures at 80 cents on the dollar.", "Marlow Toys Inc"],
    ["Brisco Industries Inc. said it is offering to buy back $75 million in subordinated bonds.", "Brisco Industries Inc"],
  ])("%s", (text, by) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by, what: expect.stringMatching(/^(?:buy back|repurchase)/) }));
  });

  it.each([
    "Control Systems Corp. bought back $150 million of its notes last year.",
    "Control Systems Corp. may consider buying back some of its bonds next year.",
    "Control Systems Corp. plans to sell $200 million of notes.",
  ])("no demand: %s", (text) => {
    expect(brief(text).filter((d) => /notes|bonds/.test(d.what))).toEqual([]);
  });
});

describe("an intention quoted around its verb", () => {
  it.each([
    ['Pattern Holdings Ltd. said it "intends to seek control" of Innis Packaging Inc., a Toronto concern.', "Pattern Holdings Ltd", "control of Innis Packaging Inc"],
    ['Pattern Holdings Ltd. said it "plans to seek control" of Innis Packaging Inc.', "Pattern Holdings Ltd", "control of Innis Packaging Inc"],
    ['Harlow Foods Inc. said it "will demand a recount" of the vote.', "Harlow Foods Inc", "a recount of the vote"],
  ])("%s", (text, by, what) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by, what }));
  });

  it("a quotation that is someone else's words is not the subject's intention", () => {
    expect(brief('Pattern Holdings Ltd. called the "seek control" talk nonsense.')).toEqual([]);
  });
});

describe("a share of a company sought", () => {
  it.each([
    ["Norvik Corp. said Tessin Holdings is seeking to buy up to 25% of the copier company.", "buy up to 25% of the copier company"],
    ["Norvik Corp. said Tessin Holdings is seeking to buy as much as 15% of the Ohio company.", "buy as much as 15% of the Ohio company"],
    ["Tessin Holdings is seeking to acquire about 10% of the Pelham Mills Inc. shares.", "acquire about 10% of the Pelham Mills Inc. shares"],
  ])("%s", (text, what) => {
    expect(brief(text)).toContainEqual(expect.objectContaining({ by: "Tessin Holdings", what }));
  });

  it.each([
    "Norvik Corp. said it is seeking to buy up to 25% of the building.",
    "Tessin Holdings bought 15% of the Ohio company last year.",
    "Analysts expect Tessin Holdings to seek to buy up to 25% of the copier company.",
  ])("no demand: %s", (text) => {
    expect(brief(text).filter((d) => /%/.test(d.what))).toEqual([]);
  });
});

describe("'the company' after a short form of its name", () => {
  it("is the company the short form names, not one named later in the story", () => {
    const text = [
      "Orrin Data Corp. said it expects to be profitable next year.",
      "Now Orrin Data is flush with cash.",
      "\"We'd like to continue to reduce debt,\" President Lee Marsh said.",
      "Noting that the company is offering to buy back $120 million in senior notes, he said the response will guide future plans.",
      "The sale of its Velt Systems Inc. unit to Tarn Technology Inc. raised the cash.",
    ].join(" ");
    expect(brief(text)).toContainEqual(expect.objectContaining({ by: "Orrin Data Corp", what: expect.stringMatching(/^buy back \$120 million in senior notes/) }));
  });
});

describe("an intention to take over another company, read as seeking it", () => {
  it.each([
    ["Norvik Corp. plans to acquire Tessin Inc. for $40 a share.", "acquire Tessin Inc. for $40 a share"],
    ["Norvik Corp. said it intends to buy the 60% of Tessin Inc. it doesn't already own.", "buy the 60% of Tessin Inc. it doesn't already own"],
    ["Norvik Corp. announced plans to acquire Tessin Inc.", "acquire Tessin Inc"],
    ["Norvik Corp.'s decision to acquire Tessin Inc. surprised analysts.", "acquire Tessin Inc"],
    ["Norvik Corp. wants to buy Tessin Inc.", "buy Tessin Inc"],
  ])("%s", (text, what) => {
    expect(brief(text)).toContainEqual({ by: "Norvik Corp", of: ["Tessin Inc"], what });
  });

  it.each([
    "Norvik Corp. plans to open 40 stores.",
    "Norvik Corp. plans to buy 40 jets from Boeing Co.",
    "Norvik Corp. is seeking to buy 40 jets from Boeing Co.",
    "Norvik Corp. plans to buy a new headquarters building.",
    "The government plans to remove the tariffs.",
    "Norvik Corp. has no plans to acquire Tessin Inc.",
    "Norvik Corp. doesn't intend to buy Tessin Inc.",
    "Analysts said Norvik Corp. plans to acquire Tessin Inc.",
    "Norvik Corp. is expected to bid for Tessin Inc.",
    "Norvik Corp. agreed to acquire Tessin Inc. for $40 a share.",
    "Norvik Corp. acquired Tessin Inc. last year.",
  ])("no demand: %s", (text) => {
    expect(brief(text)).toEqual([]);
  });
});
