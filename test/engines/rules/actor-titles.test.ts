// People named with a prosecutor's title, and region names that hold a state's name: the person keeps the full
// name and the whole title, and the state is no actor (issue 11's actors; the development audit found each family).
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);
const kindsOf = (text: string, kind: string) => actors(text).filter((a) => a.kind === kind).map((a) => a.name);

describe("a prosecutor's title before a name", () => {
  it("keeps the full name after 'District Attorney', a middle initial too, and the title as the role", () => {
    const text =
      "The decision by District Attorney Harold J. Penner to present the case to a grand jury surprised the defense. " +
      "``We know what we want,'' Penner said on Monday.";
    const penner = actors(text).find((a) => a.name.endsWith("Penner"));
    expect(penner).toMatchObject({ name: "Harold J. Penner", kind: "person", role: "District Attorney" });
  });

  it("'Good for Attorney General Dana Rusk': the longer title is the role, and the name is the person's", () => {
    const text = "ATLANTA _ Good for Attorney General Dana Rusk for the sensible opinion she rendered in the case. Rusk said the law was clear.";
    expect(actors(text).filter((a) => a.kind === "person").map((a) => [a.name, a.role])).toEqual([["Dana Rusk", "Attorney General"]]);
  });

  it("takes the county into the role ('Orland County District Attorney Harold Penner')", () => {
    const text = "Orland County District Attorney Harold Penner said Monday that the suspect had fled. Penner said he would seek an indictment.";
    expect(actors(text).find((a) => a.name.endsWith("Penner"))).toMatchObject({ name: "Harold Penner", role: "Orland County District Attorney" });
  });

  it("names a federal prosecutor with the state in the role, and the state is no actor for it", () => {
    const text = "U.S. Attorney Marta L. Quill declined to discuss what charges were being pursued. Quill said the inquiry would go on.";
    expect(actors(text).find((a) => a.name.endsWith("Quill"))).toMatchObject({ name: "Marta L. Quill", role: "U.S. Attorney" });
    expect(names(text)).not.toContain("United States");
  });

  it("a state before a lower-case 'attorney' or 'marshal' is no actor either, but 'U.S. attorney general' keeps it", () => {
    expect(names("Marta Quill, the U.S. attorney for the Orland district, said charges would follow.")).not.toContain("United States");
    expect(names("Two U.S. marshals escorted the witness, Marta Quill said.")).not.toContain("United States");
    expect(names("The U.S. attorney general, Dana Rusk, said Washington would appeal.")).toContain("United States");
  });
});

describe("a region named with a state's name", () => {
  it("'Central America', 'South America', 'Latin America' are not the United States", () => {
    const text =
      "Police said the suspect may have fled to Mexico. He may have traveled further into Central America or South America, " +
      "where Latin America's courts rarely extradite, Inspector Dana Rusk said.";
    expect(names(text)).not.toContain("United States");
    expect(names(text).filter((n) => n.includes("America"))).toEqual([]);
  });

  it("'America' alone still names the state, as written", () => {
    const state = actors("America must act now, Senator Dana Rusk said, and the Velt Group agreed.").find((a) => a.kind === "country");
    expect(state?.name).toBe("America");
  });
});

describe("a given name that is also a month's short form", () => {
  it("'Jan Kavan' is one person, and 'Jan. 24' stays a date", () => {
    const text = "The Slovak foreign minister, Jan Brenko, said he had remained hopeful. On Jan. 24, Brenko said, the talks resume.";
    expect(names(text)).toContain("Jan Brenko");
    expect(names(text)).not.toContain("Brenko");
  });
});

describe("states named only as a route, an origin, a dateline's city or a state that is gone", () => {
  it("'dispatched through Somalia and Rwanda' names two places", () => {
    const list = names("The bombers were dispatched through Somalia and Rwanda, the Velt Group said.");
    expect(list).not.toContain("Somalia");
    expect(list).not.toContain("Rwanda");
  });

  it("'is from Nicaragua': where a person comes from", () => {
    expect(names("Dana Rusk, 44, is from Nicaragua, and said the talks must go on.")).not.toContain("Nicaragua");
  });

  it("'a statement issued from Berlin': where it was written, not Germany speaking", () => {
    expect(names("``This is about family,'' Senator Dana Rusk said in a written statement issued from Berlin.")).not.toContain("Germany");
  });

  it("'the former Soviet Union': the lands of a state that is gone", () => {
    expect(names("The border between Western Europe and the former Soviet Union moved east, Dana Rusk said.")).not.toContain("Soviet Union");
  });

  it("a state that speaks and refuses is still a party", () => {
    expect(names("Peru said on Monday that Chile must withdraw its troops from the border, and Chile refused.")).toEqual(expect.arrayContaining(["Peru", "Chile"]));
  });
});

describe("a person named by a familiar form of the given name", () => {
  it("'Charles Schumer' and 'Chuck Schumer' are one person", () => {
    const text =
      "Senator Charles Schumer said the bill must pass. ``Both Senator Dana Rusk and Chuck Schumer agree this was a crime,'' " +
      "said Josh Isay, Schumer's campaign manager.";
    expect(names(text).filter((n) => n.endsWith("Schumer"))).toEqual(["Charles Schumer"]);
  });

  it("two people who share a surname stay two ('Charles Rusk' and 'Dana Rusk')", () => {
    const text = "Charles Rusk said the plant would close. His sister, Dana Rusk, said the union must be heard.";
    expect(names(text)).toEqual(expect.arrayContaining(["Charles Rusk", "Dana Rusk"]));
  });
});

describe("a body's name that opens on a common noun and 'to'", () => {
  it("keeps 'Brothers to the Rescue' and 'Right to Life Party' whole", () => {
    expect(names("Jose Vardo, founder of Brothers to the Rescue, a Cuban exile group, called the ruling a disgrace.")).toContain("Brothers to the Rescue");
    expect(names("Senator Dana Rusk, who is also running on the Right to Life Party line, said the law must change.")).toContain("Right to Life Party");
  });

  it("joins no name to another across 'to' ('sent Clinton to the Senate', 'from Orland Police to the Velt Group')", () => {
    expect(names("The governor sent Clinton to the Senate, Dana Rusk said.")).toContain("Senate");
    expect(names("The memo went from Orland Police to the Velt Group, Dana Rusk said.")).toEqual(expect.arrayContaining(["Orland Police", "Velt Group"]));
  });
});

describe("one group named more and less closely", () => {
  it("'federal law enforcement officials' … 'officials said': one group, by the fuller phrase", () => {
    const text =
      "Federal law enforcement officials said Wednesday that they had concluded that Tom Vardo, a drifter, fired the shot that killed " +
      "Dr. Ana Pell. Based on physical evidence _ including a rifle found buried near the clinic and fibers found in Vardo's van _ " +
      "officials said they had decided to issue a warrant for his arrest on a charge of murder.";
    expect(kindsOf(text, "group")).toEqual(["Federal law enforcement officials"]);
  });

  it("'federal immigration officials' … 'federal officials': one group", () => {
    const text =
      "With the city waiting, federal immigration officials said Monday they will order the relatives of Tomas Vell to hand over the boy. " +
      "Last week, federal officials sought to have the family sign an agreement to turn the boy over should they lose their appeal.";
    expect(kindsOf(text, "group").filter((n) => n.endsWith("officials"))).toEqual(["Federal immigration officials"]);
  });

  it("'federal officials' and 'local officials' stay two groups", () => {
    const text = "Last week, federal officials sought to have the family sign an agreement. The local officials said they would not help the federal government in any way.";
    expect(kindsOf(text, "group")).toEqual(expect.arrayContaining(["Federal officials", "Local officials"]));
  });
});

describe("a name with an Arabic article", () => {
  it("keeps 'el-Sayed' in the name, and 'El-Sayed said' opening a sentence is that person", () => {
    const text = "Egyptian Ambassador Ahmed Kamal el-Sayed, on behalf of the African envoys, condemned the bombings. El-Sayed said the attacks were cowardly.";
    expect(actors(text).filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Ahmed Kamal el-Sayed"]);
  });

  it("'President Bashar al-Assad' is one person with the title as the role", () => {
    expect(actors("President Bashar al-Assad said the army would withdraw.").find((a) => a.kind === "person")).toMatchObject({ name: "Bashar al-Assad", role: "President" });
  });
});
