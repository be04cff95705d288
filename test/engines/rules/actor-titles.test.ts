// People named with a prosecutor's title, and region names that hold a state's name: the person keeps the full
// name and the whole title, and the state is no actor (issue 11's actors; the development audit found each family).
import { describe, expect, it } from "vitest";
import { emptyMetadata } from "../../../lib/article.ts";
import { extractRules } from "../../../lib/engines/rules/index.ts";

const actors = (text: string) => extractRules({ text, metadata: emptyMetadata() }).actors;
const names = (text: string) => actors(text).map((a) => a.name);

describe("a prosecutor's title before a name", () => {
  it("keeps the full name after 'District Attorney', a middle initial too, and the title as the role", () => {
    const text =
      "The decision by District Attorney Harold J. Penner to present the case to a grand jury surprised the defense. " +
      "``We know what we want,'' Penner said on Monday.";
    const penner = actors(text).find((a) => a.name.endsWith("Penner"));
    expect(penner).toMatchObject({ name: "Harold J. Penner", kind: "person", role: "District Attorney" });
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
