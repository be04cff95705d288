// extractDates (the engine's DateDrafts) and chooseReference (the anchor date).
import { describe, expect, it } from "vitest";
import { DateFields } from "../../lib/schema/summary.ts";
import { chooseReference, extractDates, tagDates } from "../../lib/dates/index.ts";
import { loadArticles } from "./score.ts";

const STORY =
  "Presidents Morrow and Vell spoke by phone Thursday for 50 minutes, their second call this month. " +
  "The call began at 3:35 p.m. EST, an aide said. Senior officials will meet Jan. 10 in Geneva. " +
  "Morrow warned during a Dec. 7 video call that sanctions would follow. The two met in Geneva in June. " +
  "Kovar has massed troops for weeks and could move as soon as early 2022, officials fear. " +
  "\"We need answers now,\" the aide said. Kovar signed the treaty in 1997. The aide was 47 years old. " +
  "The sides will talk again next year.";

describe("extractDates", () => {
  const drafts = extractDates(STORY, { reference: "2021-12-30" });

  it("every draft is a valid DateFields object", () => {
    for (const d of drafts) expect(DateFields.safeParse(d).success).toBe(true);
  });
  it("evidence is the containing sentence, verbatim from the text", () => {
    for (const d of drafts) {
      expect(STORY.includes(d.evidence)).toBe(true);
      expect(d.evidence.includes(d.text)).toBe(true);
    }
    expect(drafts.find((d) => d.text === "Jan. 10")!.evidence).toBe("Senior officials will meet Jan. 10 in Geneva.");
  });
  it("keeps explicit dates, months, years, weekdays, times and durations with resolved values", () => {
    expect(drafts.map((d) => [d.text, d.type, d.value])).toEqual([
      ["Thursday", "DATE", "2021-12-30"],
      ["50 minutes", "DURATION", "PT50M"],
      ["this month", "DATE", "2021-12"],
      ["3:35 p.m. EST", "TIME", "2021-12-30T15:35"],
      ["Jan. 10", "DATE", "2022-01-10"],
      ["Dec. 7", "DATE", "2021-12-07"],
      ["June", "DATE", "2021-06"],
      ["early 2022", "DATE", "2022"],
      ["1997", "DATE", "1997"],
      ["next year", "DATE", "2022"],
    ]);
  });
  it("skips what carries no date information: 'now', vague durations ('for weeks'), ages", () => {
    const texts = drafts.map((d) => d.text);
    expect(texts).not.toContain("now");
    expect(texts).not.toContain("weeks");
    expect(texts.some((t) => /old/.test(t))).toBe(false);
  });
  it("about: the clause around the expression, without it, at most 15 words", () => {
    const about = (t: string) => drafts.find((d) => d.text === t)!.about;
    expect(about("Jan. 10")).toBe("Senior officials will meet in Geneva");
    expect(about("June")).toBe("The two met in Geneva");
    expect(about("1997")).toBe("Kovar signed the treaty");
    for (const d of drafts) if (d.about) expect(d.about.split(/\s+/).length).toBeLessThanOrEqual(15);
    for (const d of drafts) if (d.about) expect(d.about.includes(d.text)).toBe(false);
  });
  it("one draft per distinct (value, about): a repeated mention in the same words is not repeated", () => {
    const t = "Talks resume Jan. 10. Talks resume Jan. 10. Ministers meet Jan. 10.";
    const d = extractDates(t, { reference: "2021-12-30" });
    expect(d.map((x) => [x.value, x.about])).toEqual([
      ["2022-01-10", "Talks resume"],
      ["2022-01-10", "Ministers meet"],
    ]);
  });
  it("without a reference the values keep X placeholders", () => {
    const d = extractDates("They spoke Thursday and meet Jan. 10.", { reference: null });
    expect(d.map((x) => x.value)).toEqual(["XXXX-WXX-4", "XXXX-01-10"]);
  });
  it("empty text → []", () => {
    expect(extractDates("")).toEqual([]);
  });
});

describe("chooseReference", () => {
  it("defaults to the publication day", () => {
    expect(chooseReference(STORY, "2021-12-30")).toBe("2021-12-30");
    expect(chooseReference(STORY, "2021-12-30T23:10:00-05:00")).toBe("2021-12-30");
  });
  it("keeps the publication date when the story is consistent with it", () => {
    const t = "Sales rose in 2023 and will rise again in 2025, the company said Monday.";
    expect(chooseReference(t, "2024-05-20")).toBe("2024-05-20");
    // A past year in reported future ("said in 2019 it would close in 2021") is not a republication.
    expect(chooseReference("The firm said in 2019 that it would close the plant in 2021.", "2024-05-20")).toBe("2024-05-20");
  });
  it("detects a republished page: a year already past spoken of as the future", () => {
    const t = "Officials say an offensive will begin in early 2022. The two leaders spoke Thursday after a Dec. 7 call.";
    const ref = chooseReference(t, "2024-05-20");
    expect(ref).toBe("2021-12-31");
    expect(tagDates(t, { reference: ref }).map((x) => x.value)).toEqual(["2022", "2021-12-30", "2021-12-07"]);
  });
  it("prefers the story's own latest full date when it has one", () => {
    const t = "The summit, held on Dec. 16, 2021, ended without a deal. Talks will resume in 2022, officials said.";
    expect(chooseReference(t, "2024-05-20")).toBe("2021-12-16");
  });
  it("no publication date: a full date near the top of the text, else null", () => {
    expect(chooseReference("GENEVA, Dec. 30, 2021 — Talks ended.", null)).toBe("2021-12-30");
    expect(chooseReference("Talks ended Thursday.", null)).toBeNull();
  });
  it("the annotated articles keep their publication date", () => {
    for (const a of loadArticles()) expect(chooseReference(a.text, a.ref)).toBe(a.ref);
  });
});

describe("about: a readable phrase or null", () => {
  it("never opens with the tail of a clock time or number", () => {
    const t = "The hearing opened at 9 a.m. Thursday, recessed at 3:35 p.m. EST and concluded on Friday with a vote.";
    const drafts = extractDates(t, { reference: "2024-03-08" });
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    for (const d of drafts) {
      if (d.about === null) continue;
      expect(d.about).toMatch(/^[A-Za-z"“]/);
      expect(d.about).not.toMatch(/^\d|^35 /);
    }
  });
  it("drops a trailing attribution with a long capitalised name, and null when nothing readable is left", () => {
    const t = "The depot opens on Monday, Northern Regional Transit Authority Board Chairman Jane Doe said.";
    expect(extractDates(t, { reference: "2024-03-04" })[0]!.about).toBe("The depot opens");
    expect(extractDates("Monday.", { reference: "2024-03-04" })[0]?.about ?? null).toBeNull();
  });
  it("holds no bracket cut open: a dateline's date says nothing readable, a bracket closed inside is kept", () => {
    const line = "HOLMFIRTH, June 9 (Northern Wire) - The mill reopened.";
    expect(extractDates(line, { reference: "2024-06-09" })[0]?.about ?? null).toBeNull();
    const t = "The council (which met on Friday in closed session) voted to close the pool.";
    expect(extractDates(t, { reference: "2024-06-09" })[0]!.about).toBe("The council met in closed session");
  });
  it("drops a short attribution set off by a comma ('…, union officials said')", () => {
    const t = "LONDON (Northern Wire) - The stoppage began on Monday, union officials said.";
    expect(extractDates(t, { reference: "2024-06-09" })[0]!.about).toBe("The stoppage began");
  });
  it("cut short to fifteen words, ends before a phrase of its own, not on a dangling 'by'", () => {
    const t = "Families of the valley town of Orrin were told on Monday to move their cattle by the district warden, Ilse Marr, before the storm.";
    expect(extractDates(t, { reference: "2024-03-06" })[0]!.about).toBe("Families of the valley town of Orrin were told to move their cattle");
    const long = "Rangers found the missing canoe and two paddles on Sunday in a reed bed near the weir by the old mill at Orrin.";
    expect(extractDates(long, { reference: "2024-03-06" })[0]!.about).toBe("Rangers found the missing canoe and two paddles in a reed bed near the weir");
  });
  it("keeps the preposition that opens the words after the expression", () => {
    const t = "Rangers found the missing canoe on Sunday in a reed bed near the weir.";
    expect(extractDates(t, { reference: "2024-03-06" })[0]!.about).toBe("Rangers found the missing canoe in a reed bed near the weir");
  });
  it("stops before a coordinated clause that tells another event", () => {
    const t = "The harbour master was appointed in May and retired on Dec. 2.";
    const [may, dec] = extractDates(t, { reference: "2024-12-20" });
    expect(may!.about).toBe("The harbour master was appointed");
    expect(dec!.about).toBe("The harbour master was appointed in May and retired");
  });
  it("the clause the expression is in, opened by a subordinator or a speaker's verb", () => {
    const t = "Ferry crews walked off the job on Friday after talks with the harbour board broke down late on Thursday.";
    const [fri, thu] = extractDates(t, { reference: "2024-05-04" });
    expect(fri!.about).toBe("Ferry crews walked off the job");
    expect(thu!.about).toBe("talks with the harbour board broke down late");
    const said = "Harbour director Oskar Lind said the board had offered a raise over two years.";
    expect(extractDates(said, { reference: "2024-05-04" })[0]!.about).toBe("the board had offered a raise");
    // "said in an editorial" opens no clause: the speaker stays.
    const editorial = "The Valley Courier said in an editorial on Monday, May 6.";
    expect(extractDates(editorial, { reference: "2024-05-07" })[0]!.about).toMatch(/^The Valley Courier said in an editorial/);
  });
  it("a duration tied to an event keeps the event ('an hour after the ferry sank')", () => {
    const t = "The coast guard arrived less than an hour after the ferry sank.";
    expect(extractDates(t, { reference: "2024-05-04" })[0]!.about).toBe("The coast guard arrived after the ferry sank");
  });
  it("an expression that modifies a noun leaves the noun phrase whole, with its article", () => {
    const about = (t: string) => extractDates(t, { reference: "2024-05-04" })[0]!.about;
    expect(about("The mayor faces next year's election with a thin majority.")).toBe("The mayor faces the election with a thin majority");
    expect(about("The union wants talks before the summer season begins.")).toBe("The union wants talks before the season begins");
    expect(about("The regions signed a 10-year economic programme.")).toBe("The regions signed an economic programme");
    expect(about("The panel that issued Thursday's ruling met again.")).toMatch(/issued the ruling/);
  });
  it("a long clause keeps its subject, titles and all, and its verb when cut to fifteen words", () => {
    const t = "Leaders of the Keston Falls Harbour Pilots Association were expelled from the council on Feb. 20 in punishment for two unpaid levies blamed on its treasurer.";
    expect(extractDates(t, { reference: "2024-03-06" })[0]!.about).toBe("Leaders of the Keston Falls Harbour Pilots Association were expelled from the council in punishment");
    const wire = "VARNA (Harbour Wire) _ Presidents Ivo Lund of Varnia and Aldo Brenn of Osteria signed a fisheries agreement Friday and promised more talks.";
    expect(extractDates(wire, { reference: "2024-03-09" })[0]!.about).toBe("Presidents Ivo Lund of Varnia and Aldo Brenn of Osteria signed a fisheries agreement");
  });
  it("a dateline's place in capitals is not what happens: null", () => {
    const line = "KESTON FALLS, May 2 (Harbour Wire) - Dock workers walked out.";
    expect(extractDates(line, { reference: "2024-05-02" })[0]?.about ?? null).toBeNull();
  });
  it("a duration's 'of' goes with it: 'a minute of silence'", () => {
    const t = "The choir observed a minute of silence for the flood victims.";
    expect(extractDates(t, { reference: "2024-03-06" })[0]!.about).toBe("The choir observed silence for the flood victims");
  });
  it("quotes a very long sentence only around the expression", () => {
    const filler = "and the union asked the council for another hearing on the noise ".repeat(60);
    const t = `The council will vote on March 15 ${filler}before the summer.`;
    const [d] = extractDates(t, { reference: "2024-03-04" });
    expect(d!.text).toBe("March 15");
    expect(d!.evidence.length).toBeLessThanOrEqual(600);
    expect(t.includes(d!.evidence) && d!.evidence.includes("March 15")).toBe(true);
  });
});

describe("about: what is left around the expression still reads as a phrase", () => {
  const aboutOf = (sentence: string, reference = "2024-06-09") => extractDates(sentence, { reference }).map((d) => d.about);
  it("a date inside a noun phrase leaves the phrase whole, determiner and all", () => {
    expect(aboutOf("Investigators have been hunting him since the March 2004 bombing of a clinic.")).toEqual(["Investigators have been hunting him since the bombing of a clinic"]);
    expect(aboutOf("Police want to question her as a witness in the Oct. 23 shooting of a ferry captain.")).toEqual(["Police want to question her as a witness in the shooting of a ferry captain"]);
    expect(aboutOf("Varnia invoked the 1982 Harbour Convention to keep the trial at home.")).toEqual(["Varnia invoked the Harbour Convention to keep the trial at home"]);
  });
  it("keeps the expression where the words on either side of it would run together", () => {
    expect(aboutOf("Pilgrims prayed for rain as Easter week began.", "2024-03-20")[0]).toBe("Pilgrims prayed for rain as Easter week began");
    expect(aboutOf("Leaflets handed out on June 4 urge residents to boil their water.")).toEqual(["Leaflets handed out on June 4 urge residents to boil their water"]);
    expect(aboutOf("Protesters spent part of Saturday night outside the council building.")).toEqual(["Protesters spent part of Saturday night outside the council building"]);
    expect(aboutOf("The keeper was attacked on the night of May 2 as he locked the gate.")).toEqual(["The keeper was attacked on the night of May 2 as he locked the gate"]);
  });
  it("a duration that a preposition or 'took'/'spent' governs stays in the phrase", () => {
    expect(aboutOf("The deal came after two days of talks in Geneva.")).toEqual(["The deal came after two days of talks in Geneva"]);
    expect(aboutOf("The spa charges 500 rupees for twenty minutes of clean air.")).toEqual(["The spa charges 500 rupees for twenty minutes of clean air"]);
    expect(aboutOf("It took nearly six hours to clear the wreck from the track.")).toEqual(["It took nearly six hours to clear the wreck from the track"]);
    expect(aboutOf("The minister spent about three hours in Varna before flying home.")).toEqual(["The minister spent about three hours in Varna before flying home"]);
  });
  it("a degree word or the start of a range goes with the expression it qualifies", () => {
    expect(aboutOf("Just over an hour later, the ferry reached the harbour.")).toEqual(["the ferry reached the harbour"]);
    expect(aboutOf("The vote ended close to 3 a.m. local time.")).toEqual(["The vote ended"]);
    expect(aboutOf("The hearing is set for shortly after Easter.", "2024-03-01")).toEqual(["The hearing is set"]);
    expect(aboutOf("The treatment lasts for 10-20 minutes and costs little.")).toEqual(["The treatment lasts"]);
    expect(aboutOf("Membership rose between 1991 and 1995 at every branch.")).toEqual(["Membership rose", "Membership rose at every branch"]);
  });
  it("an opening word goes with the time it introduces; a stub before a comma keeps its time", () => {
    expect(aboutOf("Also on Sunday, hundreds of farmers blocked the bridge.")).toEqual(["hundreds of farmers blocked the bridge"]);
    expect(aboutOf("Late Monday, the council agreed to reopen the library.")).toEqual(["the council agreed to reopen the library"]);
    expect(aboutOf("Come June 1, every driver will need a permit.")).toEqual(["Come June 1, every driver will need a permit"]);
    expect(aboutOf("It began two years ago, when wages were frozen.")).toEqual(["It began two years ago, when wages were frozen"]);
    expect(aboutOf("The walkout began two years ago, when wages were frozen.")).toEqual(["The walkout began"]);
  });
  it("a deadline given 'until' a time keeps it; a closing stop with quotes or a footnote mark goes", () => {
    expect(aboutOf("The board has given the tenants until 9 a.m. Tuesday to sign the lease.")).toEqual(["The board has given the tenants until 9 a.m. Tuesday to sign the lease"]);
    expect(aboutOf("The tenants have until June to decide whether to stay.")).toEqual(["The tenants have until June to decide whether to stay"]);
    expect(aboutOf("``The harbour reopens to ships on Friday .''")).toEqual(["The harbour reopens to ships"]);
    expect(aboutOf("The first edition came out in 1987 .*")).toEqual(["The first edition came out"]);
  });
  it("cut to fifteen words on the right, it does not end inside a name or on a possessive", () => {
    expect(aboutOf("On Monday the twin blasts damaged homes and shops near the busy old harbour fish market in Dar es Salaam.")).toEqual(["the twin blasts damaged homes and shops near the busy old harbour fish market"]);
    expect(aboutOf("On Monday the twin blasts damaged the homes and shops near the busy harbour fish market of Dar es Salaam.")).toEqual(["the twin blasts damaged the homes and shops near the busy harbour fish market"]);
    expect(aboutOf("On Monday armed police officers in full riot gear raided the rented flat of the company's two owners in Varna.")).toEqual(["armed police officers in full riot gear raided the rented flat"]);
  });
  it("a clause keeps the subject an aside stood between: a relative clause, an appositive, an attribution, a list", () => {
    expect(aboutOf("Maren Holt, who founded the cooperative in 1998, stepped down.")).toEqual(["Maren Holt founded the cooperative"]);
    expect(aboutOf("The depot, which closed on Friday, employed 40 people.")).toEqual(["The depot closed"]);
    expect(aboutOf("The celebration, which typically runs five days, began on June 2.")).toEqual(["The celebration typically runs", "The celebration began"]);
    expect(aboutOf("Council leader Ivo Stamm, the mayor's office said, signed the order on Tuesday.")).toEqual(["Council leader Ivo Stamm signed the order"]);
    expect(aboutOf("The three inspectors, Lena Dahl, Piet Moor and Sara Quist, were dismissed on Thursday.")).toEqual(["The three inspectors were dismissed"]);
    expect(aboutOf("Abel Ferro, the harbour pilot who found the wreck, said on Monday that the hull had split.")).toEqual(["Abel Ferro said that the hull had split"]);
    expect(aboutOf("Varnia, Osteria and Lundmark signed the accord on Friday.")).toEqual(["Varnia, Osteria and Lundmark signed the accord"]);
    expect(aboutOf("Treasurer Ada Voss, Harbour Minister Ivo Lund and Attorney General Mira Sand all voted on Friday to keep the toll.")[0]).toMatch(/^Treasurer Ada Voss, Harbour Minister Ivo Lund and Attorney General Mira Sand all voted/);
    // An opening that is no subject stays out: a time, an adverb, an attribution.
    expect(aboutOf("Last week, after a long debate, voted the council to close the pool.")[0] ?? "").not.toMatch(/^Last week/);
    expect(aboutOf("According to the harbour board, was the ferry sold on Friday.")[0] ?? "").not.toMatch(/^According/);
  });
  it("a relative clause the time is in takes the noun it describes; one inside the subject goes when the time is the main clause's", () => {
    expect(aboutOf("The board said the loan affected harbour debt that was raised to rebuild the north pier in 2019.")).toEqual(["harbour debt was raised to rebuild the north pier"]);
    expect(aboutOf("Police questioned the man who found the body on Friday.")).toEqual(["the man found the body"]);
    // A name after a preposition says where: the noun before it is the one described.
    expect(aboutOf("Police questioned the man from Orrin who found the body on Friday.")).toEqual(["the man from Orrin found the body"]);
    expect(aboutOf("Most of the boats at the Keston Falls Marina that sank on Friday were old.")).toEqual(["the boats at the Keston Falls Marina sank"]);
    expect(aboutOf("The council thanked one of about 40 volunteers who cleared the beach on Sunday.")).toEqual(["one of about 40 volunteers cleared the beach"]);
    expect(aboutOf("Hundreds of former dockers from the port that made the town rich a century ago marched on Friday to demand their pensions.")).toEqual([
      "the port made the town rich",
      "Hundreds of former dockers from the port marched to demand their pensions",
    ]);
    expect(aboutOf("A pilot who saw the wreck from the air was questioned by the harbour police on Friday.")).toEqual(["A pilot who saw the wreck from the air was questioned by the harbour police"]);
    expect(aboutOf("A pilot who saw the wreck of the ferry from the air above the bay was questioned by the harbour police on Friday.")).toEqual(["A pilot was questioned by the harbour police"]);
    // A participle before its preposition is no verb of a main clause: the relative clause stays the time's.
    expect(aboutOf("The court backed a ruling that has kept two sailors suspected of smuggling in jail since 2021.")).toEqual(["a ruling has kept two sailors suspected of smuggling in jail"]);
  });
  it("a second clause joined by 'and' or 'but' with a subject of its own is the one the time belongs to", () => {
    expect(aboutOf("The rebels kept their promise to free the hostages and police found the two men unharmed on Friday.")).toEqual(["police found the two men unharmed"]);
    expect(aboutOf("Talks had stalled for weeks but the two sides signed a deal on Friday.")).toEqual(["the two sides signed a deal"]);
    // Inside what a speaker said, too.
    expect(aboutOf("The mayor said the pool was closed in May and the council will vote on its future on Friday.", "2024-06-04")).toEqual([
      "the pool was closed",
      "the council will vote on its future",
    ]);
    // Names joined by "and", a second verb with no subject of its own, people described by "who": one clause.
    expect(aboutOf("Smith and Jones met on Friday.")).toEqual(["Smith and Jones met"]);
    expect(aboutOf("The mayor resigned in May and moved to the coast.")).toEqual(["The mayor resigned"]);
    expect(aboutOf("It brought together old friends who had not spoken since 2006.")).toEqual(["old friends had not spoken"]);
  });
  it("an attribution goes whole, with the words that describe the speaker", () => {
    expect(aboutOf("The mill will close, a company official said Friday.")).toEqual(["The mill will close"]);
    expect(aboutOf("Tests link the suspect to the scene of the fire, a senior police official said Tuesday.")).toEqual(["Tests link the suspect to the scene of the fire"]);
  });
});
