// The summary sentence(s): readable on their own, no dangling pronoun, no fragment, no false claim repeated
// as true, and the central demand stated.
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const summary = (text: string) => extractRules({ text, metadata: emptyMetadata() }).summary;

describe("the summary", () => {
  it("drops a trailing attribution with any speech verb ('…, the mayor noted.')", () => {
    const text = "The Dover council will vote on the harbor plan next week, Mayor Tom Ruiz noted. The plan would close the east pier.";
    expect(summary(text)).toBe("The Dover council will vote on the harbor plan next week. The plan would close the east pier.");
  });

  it("leaves out a wire dateline whatever the agency's name ('KESTON FALLS, May 2 (Harbour Wire) - …')", () => {
    const text =
      "KESTON FALLS, May 2 (Harbour Wire) - The county closed the old bridge to lorries on Thursday after inspectors found cracks.\n\n" +
      "Hauliers said the detour would add an hour to every delivery run.";
    expect(summary(text).startsWith("The county closed the old bridge")).toBe(true);
  });

  it("leaves out an agency dateline set with the New York Times wire's underscore ('KORVAL, Varnia (AP) _ …')", () => {
    const text =
      "KORVAL, Varnia (AP) _ The county closed the old bridge to lorries on Thursday after inspectors found cracks.\n\n" +
      "Hauliers said the detour would add an hour to every delivery run.";
    expect(summary(text).startsWith("The county closed the old bridge")).toBe(true);
  });

  it("leaves out a dateline with a date and no agency ('LISBON, June 3 — …', 'OSLO, Feb. 12 - …')", () => {
    for (const line of ["LISBON, June 3 — ", "OSLO, Feb. 12 - "]) {
      const text = `${line}The county closed the old bridge to lorries on Thursday after inspectors found cracks.\n\nHauliers said the detour would add an hour to every delivery run.`;
      expect(summary(text).startsWith("The county closed the old bridge")).toBe(true);
    }
  });

  it("leaves out the New York Times wire's dateline, set with an underscore ('RIVERTON, Ore. _ …')", () => {
    const text =
      "RIVERTON, Ore. _ The county closed the old bridge to lorries on Thursday after inspectors found cracks.\n\n" +
      "Hauliers said the detour would add an hour to every delivery run.";
    expect(summary(text).startsWith("The county closed the old bridge")).toBe(true);
  });

  it("closes up a space the page set before a comma or full stop", () => {
    const text = "Senator for Keston North , Ada Obi , on Tuesday moved that the chamber adjourn over the floods .\n\nThe motion passed without a vote.";
    expect(summary(text)).toBe("Senator for Keston North, Ada Obi, on Tuesday moved that the chamber adjourn over the floods. The motion passed without a vote.");
  });

  it("keeps a title before an acronym in brackets: only a place in capitals opens a dateline", () => {
    const text =
      "Director of the Northern Border Agency (NBA) Carla Mendes said on Monday that patrols would double along the river.\n\n" +
      "The agency asked the provinces to lend it forty boats before the flood season.";
    expect(summary(text).startsWith("Director of the Northern Border Agency (NBA) Carla Mendes said")).toBe(true);
  });

  it("opens with the first sentence of six words or more, not a shorter line before it", () => {
    const text =
      "Ferry service resumes today.\n\n" +
      "The harbor board restored the night ferry after a month of repairs.\n\n" +
      "Riders had walked the long way round the bay since the storm.";
    expect(summary(text).startsWith("The harbor board restored the night ferry")).toBe(true);
    expect(summary(text)).not.toContain("Ferry service resumes");
  });

  it("gives a sentence taken from inside a quotation its opening mark back", () => {
    const straight =
      "Dock workers at Port Halden walked out on Monday over night-shift pay.\n\n" +
      '"We are tired. We are asking the port authority to pay the night rate it promised," union leader Sam Oduya said.';
    expect(summary(straight)).toContain('"We are asking the port authority to pay the night rate it promised," union leader Sam Oduya said.');
    const curly =
      "Dock workers at Port Halden walked out on Monday over night-shift pay.\n\n" +
      "“We are tired. We demand that the port authority pay the night rate it promised,” union leader Sam Oduya said.";
    expect(summary(curly)).toContain("“We demand that the port authority pay the night rate it promised,” union leader Sam Oduya said.");
    // A quotation wholly inside the sentence keeps its marks as they are.
    const whole = "Dock workers walked out on Monday. Union leader Sam Oduya said the port must \"pay what it owes\" before talks resume.";
    expect(summary(whole)).toContain('Union leader Sam Oduya said the port must "pay what it owes" before talks resume.');
  });

  it("does not open a picked sentence with a pronoun whose antecedent it left behind", () => {
    const text =
      "The state transit board met on Tuesday to review the budget for the next two years.\n\n" +
      "Inspector Ray Blum told the committee about delays at the depot over the winter months.\n\n" +
      "He testified that the union had demanded that the board hire 40 more mechanics by June.\n\n" +
      "The Transit Workers Union demanded that the board hire 40 more mechanics before the summer schedule.";
    const out = summary(text);
    expect(out).not.toMatch(/(?:^|[.!?]["”]? )(?:He|She|They|It) /);
    expect(out).toContain("hire 40 more mechanics");
  });

  it("treats a pronoun subject after an opening phrase, or an unnamed speaker set in, as leaning on what came before", () => {
    const text =
      "The river authority opened the sluice gates at Keston on Monday to ease the flooding upstream.\n\n" +
      "Members of the Keston Farmers Guild met in the village hall on Sunday evening.\n\n" +
      "In hopes of stopping the release, they have demanded that the authority close the gates and urged the county to pay for the harvest.\n\n" +
      "Mayor Ilse Marr called for an inquiry into the opening.";
    const out = summary(text);
    expect(out).not.toContain("they have demanded");
    expect(out).toContain("Mayor Ilse Marr called for an inquiry");
    const setIn =
      "The river authority opened the sluice gates at Keston on Monday to ease the flooding upstream.\n\n" +
      "Ada Obi, who chairs the Keston Farmers Guild, spoke at the village hall on Sunday evening.\n\n" +
      "In the days after the flood, she said, the authority must close the gates and the county must pay for the harvest.\n\n" +
      "Mayor Ilse Marr called for an inquiry into the opening.";
    expect(summary(setIn)).not.toContain("she said");
  });

  it("does not repeat a claim that the article says is false", () => {
    const text =
      "A video shared widely online claims that the city council voted to ban gas stoves in all homes.\n\n" +
      "That claim is false: the council voted only on a study of new buildings, records show.\n\n" +
      "Council member Ana Ruiz demanded that the video's publisher remove it from the site immediately.";
    const out = summary(text);
    expect(out).not.toContain("voted to ban gas stoves");
    expect(out).toContain("remove it");
  });

  it("does not open with a fragment left from a site name ('Net - …')", () => {
    const text =
      "Net - The Harbor Workers Union demanded a 6% raise from Castell Shipping on Monday, ahead of talks.\n\n" +
      "Castell said it would respond to the union's demand by the end of the week, a spokesperson said.";
    const out = summary(text);
    expect(out.startsWith("The Harbor Workers Union demanded a 6% raise")).toBe(true);
  });

  it("does not open with a broadcaster's sign-on or close with a sign-off", () => {
    const story =
      "Dock workers in Keston Falls walked off the job on Monday to demand safer cranes.\n\n" +
      "The harbour board said it would meet union leaders on Wednesday to hear their complaints.";
    for (const signOn of ["Harbour Radio news, I'm Ana Reyes.", "For Valley Public Radio, I'm Tomas Lind in Keston Falls.", "This is Mara Holt reporting for Channel Nine."]) {
      const out = summary(`${signOn}\n\n${story}`);
      expect(out).not.toContain(signOn.slice(0, 12));
      expect(out.startsWith("Dock workers in Keston Falls walked off the job")).toBe(true);
      expect(summary(`${story}\n\n${signOn}`)).not.toContain(signOn.slice(0, 12));
    }
    // Words that only look like one stay: a quoted speaker naming a place, a sentence about someone.
    const quoted = "“I'm tired of waiting for the harbour board to act,” said crane driver Pia Lund on Monday in Keston Falls.";
    expect(summary(`${quoted}\n\n${story}`)).toContain("I'm tired of waiting");
  });

  it("states the central demand even when the lead does not", () => {
    const text =
      "Rain fell across the valley on Saturday as hundreds gathered outside the capitol building.\n\n" +
      "The crowd listened to speeches for more than two hours before the march began downtown.\n\n" +
      "Organizers from the Valley Farmworkers Alliance demanded that the Legislature pass the overtime bill this session.";
    expect(summary(text)).toContain("pass the overtime bill");
  });
});
