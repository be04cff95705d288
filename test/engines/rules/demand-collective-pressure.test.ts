// Labour and campaign demands in the wordings wire copy uses (bench/variety/politics.json): a strike or march whose
// purpose or participle is the demand ("went on strike to demand …", "marched … demanding …"), pushing or lobbying a
// party ("pushed the city to ban …", "lobbied lawmakers for …"), pressure on a party ("put pressure on X to …"), and a
// noun of calling after a verb of making ("repeated calls for …", "made an emotional plea for …").
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const brief = (text: string) => extractRules({ text, metadata: emptyMetadata() }).demands.map((d) => ({ by: d.by, what: d.what }));

describe("a strike or a march for something", () => {
  it("'went on strike … to demand', 'walked off the job to press for', 'took to the streets of X to demand'", () => {
    expect(brief("The Harbour Guild went on strike on Monday to demand a new pay scale.")).toEqual([{ by: "Harbour Guild", what: "a new pay scale" }]);
    expect(brief("Hundreds of dockers walked off the job to press for safer cranes.")).toEqual([{ by: "Dockers", what: "safer cranes" }]);
    expect(brief("The Harbour Guild took to the streets of Velmar to demand a new pay scale.")).toEqual([{ by: "Harbour Guild", what: "a new pay scale" }]);
  });

  it("a participle after the march and its place and time: 'marched through the capital on Saturday demanding …'", () => {
    expect(brief("Nurses marched through the capital on Saturday demanding better staffing.")).toEqual([{ by: "Nurses", what: "better staffing" }]);
    expect(brief("The Harbour Guild walked out on Tuesday demanding a new pay scale.")).toEqual([{ by: "Harbour Guild", what: "a new pay scale" }]);
  });

  it("near misses: going home, shouting slogans", () => {
    expect(brief("The dockers went home to rest.")).toEqual([]);
    expect(brief("Protesters marched through the city shouting slogans.")).toEqual([]);
  });
});

describe("pushing, lobbying and pressing a party", () => {
  it("'pushed the city to ban', 'has lobbied lawmakers for', 'put pressure on the council to'", () => {
    expect(brief("The Harbour Guild pushed the city to ban plastic bags.")).toEqual([{ by: "Harbour Guild", what: "ban plastic bags" }]);
    expect(brief("The Harbour Guild has lobbied lawmakers for a delay in the new rules.")).toEqual([{ by: "Harbour Guild", what: "a delay in the new rules" }]);
    expect(brief("The Harbour Guild is putting pressure on the council to repair the pier.")).toEqual([{ by: "Harbour Guild", what: "repair the pier" }]);
    expect(brief("Lena Ortiz stepped up pressure on the council to repair the pier.")).toEqual([{ by: "Lena Ortiz", what: "the council to repair the pier" }]);
  });

  it("near misses: prices pushed to highs, a cause that pushes, pressure on a thing", () => {
    expect(brief("Heavy buying pushed prices to record highs.")).toEqual([]);
    expect(brief("The strong dollar pushed the company to cut jobs.")).toEqual([]);
    expect(brief("The storm put pressure on the power grid.")).toEqual([]);
  });
});

describe("calls made again", () => {
  it("'repeated calls for', 'renewed calls on Sunday for', 'made an emotional plea for'", () => {
    expect(brief("The Harbour Guild repeated calls for an inquiry.")).toEqual([{ by: "Harbour Guild", what: "an inquiry" }]);
    expect(brief("The Harbour Guild renewed calls on Sunday for an inquiry.")).toEqual([{ by: "Harbour Guild", what: "an inquiry" }]);
    expect(brief("Lena Ortiz made an emotional plea for the ferry to be saved.")).toEqual([{ by: "Lena Ortiz", what: "the ferry to be saved" }]);
    expect(brief("The Harbour Guild's repeated demands for a raise were ignored.")).toEqual([{ by: "Harbour Guild", what: "a raise" }]);
  });

  it("near misses: the one who ignores or rejects renewed calls makes none; nor does a question whether calls are made", () => {
    expect(brief("The mayor ignored repeated calls for his resignation.")).toEqual([]);
    expect(brief("The minister has rejected renewed calls for an inquiry.")).toEqual([]);
    expect(brief("The plan raised the question of whether Lena Ortiz is making unrealistic calls for within the expected refusal.")).toEqual([]);
  });
});

describe("holding out until a party named by a common noun acts", () => {
  it("'will not disarm until the army leaves the province', 'will not end the strike until the company restores …'", () => {
    expect(brief("The rebels said they will not disarm until the army leaves the province.")).toEqual([{ by: "Rebels", what: "the army leaves the province" }]);
    expect(brief("The Harbour Guild said it will not end the strike until the company restores the bonus.")).toEqual([
      { by: "Harbour Guild", what: "the company restores the bonus" },
    ]);
  });

  it("near misses: waiting for weather, or for a job to be done", () => {
    expect(brief("The Harbour Guild said the ferry will not run until the storm ends.")).toEqual([]);
    expect(brief("The Harbour Guild said it will not rest until the job is done.")).toEqual([]);
  });
});

describe("'X should/must …, the union said' by a party the story names only by a common noun", () => {
  it("'…, the union said', '…, the union's president said'", () => {
    expect(brief("The Velmar council must reopen the night ferry, the union said.")).toEqual([{ by: "the union", what: "The Velmar council must reopen the night ferry" }]);
    expect(brief("The Legislature should restore the funding this year, the union's president said.")).toEqual([
      { by: "the union's president", what: "The Legislature should restore the funding this year" },
    ]);
  });

  it("near misses: a forecast, a report's finding", () => {
    expect(brief("Prices should rise next year, the analysts said.")).toEqual([]);
    expect(brief("The economy must grow faster, the report said.")).toEqual([]);
  });
});
