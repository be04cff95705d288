import { describe, expect, it } from "vitest";
import { wordCount } from "../../lib/clean/words.ts";
import { prepareArticle } from "../../lib/prepare-article.ts";

describe("wordCount, the one word counter", () => {
  it("counts words, not the punctuation standing between them", () => {
    expect(wordCount("The mayor — who spoke first — said no.")).toBe(7);
    expect(wordCount("  - * -  ")).toBe(0);
  });

  it("keeps contractions, initialisms and hyphenated words whole", () => {
    expect(wordCount("Don't ask the U.S. co-op board")).toBe(6);
  });

  it("counts unspaced Chinese and Japanese as two characters a word", () => {
    expect(wordCount("市议会周三投票")).toBe(4); // 7 characters
    expect(wordCount("The 市议会 voted")).toBe(4); // 3 characters → 2, plus "The" and "voted"
  });

  it("is what a summary reports as the article's length, in any script", () => {
    const text = [
      "港口工人周一要求市政府在月底前恢复夜班并补发拖欠的工资。",
      "工会主席表示，如果市政府不答复，工人将在下周举行罢工。",
      "市政府发言人说，财政部门正在核对工资记录，将于周五公布结果。",
      "码头运营公司拒绝评论，但表示夜班停止是因为货运量下降。",
      "一些商户担心罢工会影响节日前的货物运输和市场供应。",
      "市议会定于下月初召开听证会，讨论港口的长期用工安排。",
    ].join("\n\n");
    const prepared = prepareArticle({ bytes: new TextEncoder().encode(text), contentType: "text/plain; charset=utf-8" }, { maxObjectBytes: 5_000_000 });
    expect(prepared.wordCount).toBe(wordCount(prepared.cleaned.text));
    expect(prepared.wordCount).toBeGreaterThan(60); // ~150 characters; counted as runs of letters it was 12, and refused as "not an article"
  });
});
