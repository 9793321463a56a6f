/**
 * One short annotated text for each class of release structure the engine must read (issue 11):
 * tables and lists, speakers across sentences, shares of a group, rates with a noun inside,
 * ranges, not-claims and units of measure. Invented texts in the style of government releases,
 * so they test the class and not any one release's wording.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import type { Claim } from "./types";

function find(source: string, text: string): Claim {
  const claims = extractClaims(source).claims;
  const hit = claims.filter((c) => c.text === text);
  expect(
    hit.map((c) => c.text),
    `claims were ${JSON.stringify(claims.map((c) => c.text))}`,
  ).toEqual([text]);
  return hit[0]!;
}

function texts(source: string): string[] {
  return extractClaims(source).claims.map((c) => c.text);
}

describe("tables", () => {
  it("reads a pipe table: the row label is the subject, a period column header the time", () => {
    const source = [
      "Inspections | FY22 | FY23 |",
      "---|---|---|",
      "Restaurants (food service)2 | 4,120 | 4,812 |",
      "Day care centers | 310 | 355 |",
    ].join("\n");
    const cell = find(source, "4,812");
    expect(cell).toMatchObject({ value: 4812, subject: "Restaurants (food service)", timeScope: "FY23" });
    expect(cell.speaker).toBeUndefined();
    expect(find(source, "310")).toMatchObject({ subject: "Day care centers", timeScope: "FY22" });
    // The footnote mark glued to the label is not a figure.
    expect(texts(source)).not.toContain("2");
  });

  it("aligns a header that lost its corner cell from the right, and reads a period row label", () => {
    const source = ["Adults | Children | All | |", "---|---|---|---|", "March 2024 | 1,200 | 300 | 1,500 |"].join("\n");
    expect(find(source, "300")).toMatchObject({ subject: "Children", timeScope: "March 2024" });
    expect(find(source, "1,500")).toMatchObject({ subject: "All", timeScope: "March 2024" });
  });

  it("scales every cell by the caption's '(in millions of dollars)' and never joins two cells", () => {
    const source = "Grants by program (in millions of dollars)\nProgram\tFY2022\tFY2023\nHousing\t1,200\t1,350\nTransit\t800\t910\n";
    expect(find(source, "1,350")).toMatchObject({
      value: 1_350_000_000,
      unit: "money",
      timeScope: "FY2023",
      subject: "Housing (Grants by program)",
    });
    expect(find(source, "800")).toMatchObject({ value: 800_000_000, timeScope: "FY2022" });
    expect(find(source, "910")).toMatchObject({ value: 910_000_000 });
    expect(texts(source)).not.toContain("millions");
  });

  it("scales only the money columns when the headers say which they are", () => {
    const source = "Awards by round (in thousands of dollars)\nRound      Awards     Amount\nRound 1    94         598,000\n";
    expect(find(source, "94")).toMatchObject({ value: 94, unit: "count" });
    expect(find(source, "598,000")).toMatchObject({ value: 598_000_000, unit: "money", subject: "Round 1, Amount" });
  });

  it("reads a table set out with runs of spaces, dated by its caption", () => {
    const source = "Arrests by county, 2023\nCounty        Arrests     Convictions\nLewis         4,310       2,100\n";
    expect(find(source, "2,100")).toMatchObject({ subject: "Lewis, Convictions", timeScope: "2023" });
  });

  it("treats a footnote line under a table as no claim", () => {
    const source = ["Office | FY23 |", "---|---|", "Ports | 1,137 |", "1 Beginning in March FY20, counts include 42 expulsions."].join(
      "\n",
    );
    expect(texts(source)).toEqual(["1,137"]);
  });
});

describe("lists and their lead-ins", () => {
  it("gives every item the period and the speaker of the lead-in", () => {
    const source = [
      "State researchers analyzed records from the 2022 Youth Risk Survey. The analysis showed:",
      "  • Vaping was higher among girls (21.4 percent) than boys (17.9 percent).",
      "  • Daily vaping fell to 5.1 percent.",
    ].join("\n");
    const girls = find(source, "21.4 percent");
    expect(girls.subject).toContain("girls");
    expect(girls.timeScope).toContain("2022");
    expect(girls.speaker).toContain("researchers");
    expect(find(source, "17.9 percent").subject).toContain("boys");
    expect(find(source, "5.1 percent").speaker).toContain("researchers");
  });

  it("dates a fact sheet's items by a note such as '* based on FY21 figures'", () => {
    const source = "Parks by the numbers. * based on FY21 figures\n\n1,240 miles of\nmaintained trails\n\n86 campgrounds";
    const trails = find(source, "1,240");
    expect(trails).toMatchObject({ timeScope: "FY21", unit: "other", measure: "miles" });
    expect(trails.subject).toContain("maintained trails");
    expect(find(source, "86").timeScope).toBe("FY21");
  });

  it("names a bulleted item's figures by its label, and two nouns joined by 'and'", () => {
    const source =
      "Highlights:\n• Alaska: $73 million to connect 6,012 people in remote villages.\n• Texas: $62.3 million for 4,900 rural households.";
    expect(find(source, "6,012").subject).toBe("Alaska: people in remote villages");
    expect(find(source, "4,900").subject).toBe("Texas: rural households");
    expect(find("USDA connected 950,000 homes and businesses.", "950,000").subject).toContain("homes and businesses");
  });

  it("reads hand-wrapped lines as one sentence, with the scale on the next line", () => {
    const source =
      "The deficit in FY 2021 was $2.8 trillion, $360 billion more than in the prior year but $31\nbillion less than forecast.";
    expect(find(source, "$31\nbillion")).toMatchObject({ value: 31_000_000_000, unit: "money", direction: "decrease" });
    expect(find(source, "$2.8 trillion").subject).toBe("The deficit");
    expect(find(source, "$360 billion")).toMatchObject({ subject: "The deficit", direction: "increase" });
  });
});

describe("speakers across sentences", () => {
  it("a statement by one person speaks every figure after its lead-in, except table cells", () => {
    const source = [
      "Statement by Governor Maria Lopez on Wildfire Recovery",
      "Governor Lopez made the following statement:",
      "“We have rebuilt 1,850 homes since the fire. Crews cleared 42,000 tons of debris.",
      "Homes | 2023 |",
      "---|---|",
      "Rebuilt | 1,850 |",
      "We will finish the remaining 300 homes by June.",
    ].join("\n");
    expect(find(source, "42,000").speaker).toContain("Lopez");
    expect(
      extractClaims(source)
        .claims.filter((c) => c.text === "1,850")
        .map((c) => c.speaker ?? null),
    ).toEqual([expect.stringContaining("Lopez"), null]);
    expect(find(source, "300").speaker).toContain("Lopez");
  });

  it("a quotation that runs on into the next paragraph is spoken by whoever that paragraph names", () => {
    const source =
      "“We have hired 1,200 new officers this year, and response times fell 18 percent.\n\n“We will keep going,” said Police Chief Ana Ruiz.";
    expect(find(source, "1,200")).toMatchObject({ speaker: "Police Chief Ana Ruiz", subject: "new officers hired" });
    expect(find(source, "18 percent").speaker).toBe("Police Chief Ana Ruiz");
  });

  it("a quote after '…,' said X. keeps X when the quotation goes on", () => {
    const source = "“Wages are rising,” said Labor Secretary Dana Holt. “We added 212,000 jobs in May.”";
    expect(find(source, "212,000").speaker).toContain("Dana Holt");
  });

  it("a source named in one sentence goes on speaking in the next; 'This finding comes from' speaks the one before", () => {
    const first = "The audit found that 14 percent of claims were paid late. Similarly, 9 percent were paid twice.";
    expect(find(first, "9 percent").speaker).toMatch(/audit/i);
    const second = "About 2.1 million adults skipped a dose. This finding comes from a new survey by the Census Bureau published today.";
    expect(find(second, "2.1 million").speaker).toContain("Census Bureau");
  });

  it("names a report cited as 'in our Annual Energy Outlook'", () => {
    expect(find("Demand grows between 2% and 9% in our Annual Energy Outlook 2024.", "2% and 9%").speaker).toContain(
      "Annual Energy Outlook",
    );
  });
});

describe("shares of a group", () => {
  it("says what the share measures, not just the group", () => {
    expect(find("Of the 2,300 applicants, 64% were veterans.", "64%").subject).toBe("applicants who were veterans");
    expect(find("About 12 percent of adults aged 65 and older reported a fall.", "12 percent").subject).toBe(
      "adults aged 65 and older who reported a fall",
    );
    expect(find("More than 1 in 5 US adults over 60 do not get a flu shot.", "1 in 5").subject).toContain("who do not get a flu shot");
  });

  it("takes the group before a figure in parentheses and the group a figure is for", () => {
    expect(
      find("Obesity was higher for rural adults (34.2 percent) compared with urban adults (28.8 percent).", "28.8 percent").subject,
    ).toBe("urban adults");
    expect(find("Enrollment fell by 6 percent for kindergarten and by 2 percent for grades 1–5.", "2 percent")).toMatchObject({
      subject: "Enrollment for grades 1–5",
      direction: "decrease",
    });
  });
});

describe("the group a sentence opens with", () => {
  it("narrows the sentence's figures: 'Among young adults …', 'In the industrial sector, …'", () => {
    expect(find("Among young adults aged 18 to 25, the rate was 36.2 percent.", "36.2 percent").subject).toBe(
      "the rate among young adults aged 18 to 25",
    );
    expect(find("In the industrial sector, energy use grows 12% by 2050.", "12%").subject).toContain("industrial sector");
    // A time is no group: "In 2023, …" dates the figure instead.
    expect(find("In 2023, energy use grew 2%.", "2%").subject).toBe("energy use");
  });

  it("reads a pronoun opening a sentence as the paragraph's last subject", () => {
    expect(find("The Lifeline answered 5 million calls. That is 2 million more than the old number.", "2 million").subject).toBe(
      "calls answered",
    );
  });
});

describe("rates with a noun inside", () => {
  it("is one ratio with its denominator, and the figure after 'from' keeps the rate", () => {
    const c = find("Storms caused 4.8 outages per 10,000 customers in 2023, down from 6.1.", "4.8 outages per 10,000");
    expect(c).toMatchObject({ value: 4.8, denominator: 10000, unit: "ratio", subject: "outages per 10,000 customers" });
    const from = find("The rate fell from 61 to 52 violent victimizations per 1,000 residents.", "61");
    expect(from).toMatchObject({ unit: "ratio", denominator: 1000 });
  });
});

describe("ranges", () => {
  it("is one claim with value and upperValue", () => {
    expect(find("Prices are expected to rise between 3 and 5 percent next year.", "3 and 5 percent")).toMatchObject({
      value: 3,
      upperValue: 5,
      unit: "percent",
    });
    expect(find("The repairs will cost $4 million to $6 million.", "$4 million to $6 million")).toMatchObject({
      value: 4e6,
      upperValue: 6e6,
      unit: "money",
    });
  });
});

describe("not claims", () => {
  it.each([
    ["Enrollment fell 3 percent in the 2020–21 school year.", ["3 percent"]],
    ["Public school enrollment increased by 0.4 percent for grades 9–12.", ["0.4 percent"]],
    ["The rate was 25.4 percent for adults 50-64 years and 35.3 percent for people 75 years and older.", ["25.4 percent", "35.3 percent"]],
    ["People with incomes of $75,000 or more were less often victims.", []],
    ["Deaths rose 4 percent over the last 12 months.", ["4 percent"]],
    ["The four leading causes of death account for 1.1 million deaths.", ["1.1 million"]],
    ["The deficit was 4.6 percent of GDP.[2]", ["4.6 percent"]],
    ["Crime fell (figure 3) in most states.", []],
  ])("%s", (source, expected) => {
    expect(texts(source)).toEqual(expected);
  });
});

describe("units of measure", () => {
  it("puts a physical unit in `measure` and the thing measured in the subject", () => {
    expect(find("Agents seized 600 pounds of cocaine at the port.", "600")).toMatchObject({
      unit: "other",
      measure: "pounds",
      subject: "cocaine",
    });
    expect(find("The plant produced 3.2 million metric tons of steel.", "3.2 million")).toMatchObject({
      measure: "metric tons",
      subject: "steel",
    });
    expect(find("Farmers planted 41 million acres of soybeans.", "41 million")).toMatchObject({ measure: "acres", subject: "soybeans" });
  });
});

describe("what a count is of", () => {
  it("reads the verb a count is the object of", () => {
    expect(find("Hospitals treated 1,240 patients for heat stroke last summer.", "1,240").subject).toBe("patients treated for heat stroke");
    expect(find("The state said 31,400 households lost heating assistance in 2023.", "31,400").subject).toBe(
      "households who lost heating assistance",
    );
  });
});

describe("forecasts and verb groups", () => {
  it("reads the subject before 'is forecast to', 'are expected to', over an aside", () => {
    const source =
      "Net farm income, a broad measure of profits, is forecast to decrease by $39.8 billion (25.5 percent) to $116.1 billion in 2024. Receipts for corn are expected to drop by $12.6 billion.";
    expect(find(source, "$39.8 billion").subject).toBe("Net farm income");
    expect(find(source, "25.5 percent").subject).toBe("Net farm income");
    expect(find(source, "$12.6 billion").subject).toBe("Receipts for corn");
  });

  it("keeps the subject of a level after 'to a record'", () => {
    const source = "Total production expenses are forecast to increase by $1.8 billion (0.4 percent) to a record $456.4 billion.";
    expect(find(source, "$456.4 billion").subject).toBe("Total production expenses");
  });

  it("reads what a participle of change brings to a level, and a count with 'more' before its noun", () => {
    const source =
      "The agency hired 1,500 controllers in 2023, bringing the total workforce to 14,000. It plans to hire 1,800 more controllers this year.";
    expect(find(source, "14,000").subject).toContain("workforce");
    expect(find(source, "1,800").subject).toBe("controllers");
  });
});

describe("shares and groups, more shapes", () => {
  it("reads a share of the group a sentence opens with, whatever follows 'were'", () => {
    const source = "Of those cases, 65 percent were in children under five, and 83 percent were unvaccinated.";
    expect(find(source, "65 percent").subject).toBe("cases that were in children under five");
    expect(find(source, "83 percent").subject).toBe("cases that were unvaccinated");
  });

  it("reads a signed figure in parentheses as the group before it", () => {
    const source = "The largest increases in initial claims were in New York (+4,121), Illinois (+1,209) and Oregon (+650).";
    expect(find(source, "4,121").subject).toBe("New York");
    expect(find(source, "1,209").subject).toBe("Illinois");
  });

  it("reads a percentage restating a fraction before it as that fraction's subject", () => {
    const source = "Only about half of public schools (56 percent) said they could provide services to all students.";
    expect(find(source, "56 percent").subject).toBe(find(source, "half").subject);
  });
});

describe("what a share did, and groups narrowed by a participle", () => {
  it("reads a share followed by its verb as the part of the opening group that did it", () => {
    const source =
      "Of respondents without home broadband, 45 percent cited cost as the main reason, while 22 percent said service was not available.";
    expect(find(source, "45 percent").subject).toBe("respondents without home broadband who cited cost as the main reason");
    expect(find(source, "22 percent").subject).toBe("respondents without home broadband who said service was not available");
  });

  it("reads a share of a group that a present participle narrows, over a restating parenthesis", () => {
    const source = "Nearly half (47 percent) of all individuals experiencing homelessness were unsheltered.";
    expect(find(source, "half").subject).toBe("individuals experiencing homelessness who were unsheltered");
    expect(find(source, "47 percent").subject).toBe("individuals experiencing homelessness who were unsheltered");
  });

  it("keeps a change and a level apart ('rose by 334,000 to 6.5 million'), and drops a duration that bounds a group", () => {
    const source =
      "The number of unemployed people rose by 334,000 to 6.5 million. The long-term unemployed (those jobless for 27 weeks or more) numbered 1.2 million.";
    expect(texts(source)).toEqual(["334,000", "6.5 million", "1.2 million"]);
    expect(find(source, "6.5 million").subject).toBe("The number of unemployed people");
  });

  it("reads the subject of a clause before ', at' and a verb group with an adverb", () => {
    expect(find("Pedestrian deaths remain near a 40-year high, at 7,318 in 2023.", "7,318").subject).toBe("Pedestrian deaths");
    expect(find("The number of long-term unemployed was little changed at 1.2 million.", "1.2 million").subject).toBe(
      "The number of long-term unemployed",
    );
  });
});

describe("levels, restatements and frames", () => {
  it("reads levels after ', from' as the clause before the comma, when no earlier figure names them", () => {
    const source = "Net interest outlays nearly double, from $659 billion in 2023 to $1.6 trillion in 2034.";
    expect(find(source, "$659 billion").subject).toContain("Net interest outlays");
    expect(find(source, "$1.6 trillion").subject).toContain("Net interest outlays");
  });

  it("reads a figure in parentheses after another as the same thing in another unit", () => {
    expect(find("The average temperature was 2.12 degrees F (1.18 degrees C) above normal.", "1.18").subject).toContain(
      "The average temperature",
    );
  });

  it("reads the noun a figure is 'of' over a bound of two words", () => {
    expect(find("The disasters had a combined cost of at least $92.9 billion.", "$92.9 billion").subject).toBe("combined cost");
  });

  it("does not narrow the figure that the opening frame itself holds", () => {
    const source = "In 31 states, the graduation rate was between 85 and 90 percent.";
    expect(find(source, "31").subject).toBe("states");
    expect(find(source, "85 and 90 percent").subject).toBe("the graduation rate in 31 states");
  });

  it("reads 'Of those who …' as the group, and what the share of it was", () => {
    expect(find("Of those who lost coverage, an estimated 69 percent were disenrolled for procedural reasons.", "69 percent").subject).toBe(
      "those who lost coverage and were disenrolled for procedural reasons",
    );
  });
});

describe("periods across a sentence and a paragraph", () => {
  it("leaves the base of a later figure's change to that figure", () => {
    const source = "In March, encounters totaled 137,473, a 3 percent increase from February.";
    expect(find(source, "137,473").timeScope).toBe("In March");
    expect(find(source, "3 percent").timeScope).toBe("from February");
    expect(find("Higher education funding totals $2.1 billion, up 4 percent from 2024.", "$2.1 billion").timeScope).toBeUndefined();
  });

  it("dates a paragraph's later sentences by the period an earlier one opened with", () => {
    const source =
      "In March, encounters totaled 137,473. Total encounters nationwide were 189,359.\n\nOfficers seized 900 pounds of fentanyl.";
    expect(find(source, "189,359").timeScope).toBe("In March");
    expect(find(source, "900").timeScope).toBeUndefined();
  });
});

describe("bounds before a multiple, and 'those' with a participle", () => {
  it("leaves a bound out of the subject of 'more than doubled'", () => {
    expect(find("The child poverty rate more than doubled in 2022.", "doubled").subject).toBe("The child poverty rate");
  });

  it("reads 'of those killed' as the people killed, unless the last subject names them", () => {
    expect(
      find("Alcohol was a factor in 31 percent of fatal crashes, and 45 percent of those killed were not wearing seat belts.", "45 percent")
        .subject,
    ).toBe("those killed who were not wearing seat belts");
    expect(
      find("Prosecutors charged 230 defendants. Of those, 91 percent of those charged have prior convictions.", "91 percent").subject,
    ).toContain("defendants");
  });
});

describe("speakers, not passives", () => {
  it("does not take a passive or an adverb's participle for someone speaking", () => {
    expect(find("As of April 4, a total of 113 measles cases were reported by 18 jurisdictions.", "113").speaker).toBeUndefined();
    expect(find("Exemptions rose to 3 percent, the highest rate ever reported.", "3 percent").speaker).toBeUndefined();
    expect(find("Farm income fell 16 percent in 2023, the department reported.", "16 percent").speaker).toBe("the department");
  });
});

describe("the lexicon", () => {
  it("has one list of saying verbs: the clause-opening ones are among those that attribute a quotation", async () => {
    const { SAYING, SAYING_VERBS } = await import("./lexicon");
    expect([...SAYING].filter((w) => !SAYING_VERBS.has(w))).toEqual([]);
  });
});
