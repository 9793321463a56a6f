/**
 * The engine's own annotated texts: short invented release sentences (immigration, crime, budgets,
 * health, schools) with the claims a fact-checker expects from each, span by span.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import type { Check, Claim, Unit } from "./types";

function claimsIn(source: string): Claim[] {
  return extractClaims(source).claims;
}

/** The one claim whose text is `text`; fails listing what was found instead. */
function claim(source: string, text: string): Claim {
  const found = claimsIn(source);
  const hit = found.filter((c) => c.text === text);
  expect(
    hit.map((c) => c.text),
    `claims were ${JSON.stringify(found.map((c) => c.text))}`,
  ).toEqual([text]);
  return hit[0]!;
}

function checksIn(source: string): Check[] {
  return extractClaims(source).checks;
}

/* ------------------------------------------------------------------------------------------ */

/** [sentence, claim text, value, unit, denominator] */
type Recognised = [string, string, number | null, Unit, number?];

describe("claims the extractor recognises", () => {
  const cases: Recognised[] = [
    // numerals
    ["The clinic handled 142,580 patient visits in its first year.", "142,580", 142580, "count"],
    ["The county's graduation index stood at 77.5 points.", "77.5", 77.5, "other"],
    ["The pension fund posted a return of -2.4 percent.", "-2.4 percent", -2.4, "percent"],
    // multipliers and scale words
    ["The district hired 10k tutors for summer school.", "10k", 10000, "count"],
    ["The state borrowed $1.2B to repair bridges.", "$1.2B", 1.2e9, "money"],
    ["The council approved a $4.1 billion budget.", "$4.1 billion", 4.1e9, "money"],
    ["The bridge toll rises by 75 cents per crossing.", "75 cents", 0.75, "money"],
    ["The jobless rate fell by half a percentage point to 4.1 percent.", "half a percentage point", 0.5, "percent"],
    ["The jobless rate fell by half a percentage point to 4.1 percent.", "4.1 percent", 4.1, "percent"],
    // multiples in -fold
    ["Fentanyl seizures rose nearly fivefold in four years.", "fivefold", 5, "ratio", 1],
    ["Rents grew 3-fold over the decade.", "3-fold", 3, "ratio", 1],
    ["Naloxone distribution doubled in two years.", "doubled", 2, "ratio", 1],
    ["The library will reopen 22 of its 27 branches.", "22 of its 27", 22, "ratio", 27],
    ["Roughly 1 out of every 4 voters was over 65.", "1 out of every 4", 1, "ratio", 4],
    ["Roughly a tenth of the budget pays interest.", "a tenth", 1, "ratio", 10],
    ["Wait times halved after the reform.", "halved", 0.5, "ratio", 1],
    ["Black drivers are twice as likely to be searched.", "twice", 2, "ratio", 1],
    ["Roughly 1.8 million residents lost Medicaid coverage.", "1.8 million", 1.8e6, "count"],
    ["Health officials ordered half a million vaccine doses.", "half a million", 500000, "count"],
    // spelled-out numbers
    ["Three million ballots were mailed to voters.", "Three million", 3e6, "count"],
    ["The storm closed schools in fourteen counties.", "fourteen", 14, "count"],
    ["Inspectors cited forty-one nursing homes.", "forty-one", 41, "count"],
    ["Police raided a dozen stash houses.", "a dozen", 12, "count"],
    // fractions
    ["A third of inmates are awaiting trial.", "A third", 1, "ratio", 3],
    ["Salaries take up 3/4 of the school budget.", "3/4", 3, "ratio", 4],
    ["Two-thirds of teachers reported shortages.", "Two-thirds", 2, "ratio", 3],
    // percentages
    ["Asylum claims rose 213 percent at the southern border.", "213 percent", 213, "percent"],
    ["Kindergarten vaccination reached 94.3% statewide.", "94.3%", 94.3, "percent"],
    ["Youth unemployment fell to 11.2 per cent.", "11.2 per cent", 11.2, "percent"],
    ["The dropout rate climbed 2.5 percentage points.", "2.5 percentage points", 2.5, "percent"],
    // money
    ["Lawmakers approved $579 million for border security.", "$579 million", 579e6, "money"],
    ["The insulin program caps the price at $20 per pill.", "$20 per pill", 20, "money"],
    // ratios and rates
    ["Prosecutors won 4,601 out of 5,939 felony cases.", "4,601 out of 5,939", 4601, "ratio", 5939],
    ["One in five children in the county lacks health insurance.", "One in five", 1, "ratio", 5],
    ["The homicide rate was 30.2 per 100,000 residents.", "30.2 per 100,000", 30.2, "ratio", 100000],
    // multiples
    ["Overdose deaths are four times higher than a decade ago.", "four times", 4, "ratio", 1],
    // ranges
    ["Between 10 and 20 percent of students missed class.", "10 and 20 percent", 10, "percent"],
    ["Repairs to the jail will cost $5 million to $7 million.", "$5 million to $7 million", 5e6, "money"],
  ];

  it.each(cases)("%s → %s", (source, text, value, unit, denominator) => {
    const c = claim(source, text);
    expect(c.text).toBe(source.slice(c.start, c.end));
    expect(c.value).toBeCloseTo(value!, 9);
    expect(c.unit).toBe(unit);
    expect(c.denominator).toBe(denominator);
  });

  it("keeps both ends of a range", () => {
    expect(claim("Between 10 and 20 percent of students missed class.", "10 and 20 percent").upperValue).toBe(20);
    const money = claim("Repairs to the jail will cost $5 million to $7 million.", "$5 million to $7 million");
    expect(money).toMatchObject({ upperValue: 7e6, currency: "USD" });
  });
});

/* ------------------------------------------------------------------------------------------ */

/** [sentence, the claims it holds, in order] — the dates, times, names and idle words are absent. */
type Listed = [string, string[]];

describe("numbers that are not claims", () => {
  const cases: Listed[] = [
    // dates and years
    ["The policy took effect in September 2021 and has cut wait times by 30 days.", ["30"]],
    ["Since 2020, the agency has audited 812 contractors.", ["812"]],
    ["In fiscal year 2023, the state paroled 6,300 prisoners.", ["6,300"]],
    ["The FY22 budget added 45 caseworkers.", ["45"]],
    ["From October 2014 to May 2018, the shelter housed 9,100 families.", ["9,100"]],
    ["On Sept. 30, 2021, the court had 212 open cases.", ["212"]],
    // times of day
    ["The hearing begins at 10:30 a.m. and the vote on 3 amendments is at 3 p.m.", ["3"]],
    // identifiers and names
    ["The COVID-19 relief package sent 2,400 nurses to rural clinics.", ["2,400"]],
    ["Sen. Dana Ortiz, R-ND, said 16 counties lack a pharmacy.", ["16"]],
    ["The House passed H.R. 2, which funds 3,000 new agents.", ["3,000"]],
    ["Section 8 vouchers reach 2.3 million households.", ["2.3 million"]],
    ["Title 42 expulsions totaled 1.7 million.", ["1.7 million"]],
    ["Troopers made 85 arrests along I-95 last month.", ["85"]],
    // ages and round-the-clock schedules
    ["Residents over age 65 make up 19 percent of the county.", ["19 percent"]],
    ["The crisis line runs 24/7 and took 51,000 calls.", ["51,000"]],
    // list indexes
    ["1. The county hired 37 new deputies.", ["37"]],
    // number words that count nothing
    ["One of those programs served 450 veterans.", ["450"]],
    ["One recent drug bust netted 40 pounds of fentanyl.", ["40"]],
    ["No one was injured when 6 inmates escaped.", ["6"]],
    ["The agencies helped one another to place 90 refugees.", ["90"]],
    // durations inside a period
    ["The plan spends $4.5 billion over five years.", ["$4.5 billion"]],
    ["In the last 12 months the city recorded 38 homicides.", ["38"]],
    // periods counted from another date
    ["Enrollment reached 61 percent, up from 58 percent three years earlier.", ["61 percent", "58 percent"]],
    ["Five years ago the clinic saw 300 patients a week.", ["300"]],
    // telephone numbers
    ["For details call the press office at (312) 555-0187; the shelter served 640 families.", ["640"]],
    // addresses, codes and service numbers
    ["The office at 700 5th Avenue, Seattle, WA 98104, handled 2,150 claims.", ["2,150"]],
    ["Removals under 8 U.S.C. 1225 rose to 14,300 last year.", ["14,300"]],
    ["The 911 call center answered 96% of calls.", ["96%"]],
    ["The senator doubled down on her plan to hire 40 judges.", ["40"]],
    ["Every one of our 112 schools now has a nurse.", ["112"]],
    // a hyphenated number that names a kind of thing
    ["The four-year graduation rate reached 88.7 percent.", ["88.7 percent"]],
    ["A five-member board approved 12 grants.", ["12"]],
    ["Homicides declined 32% in the first half of 2025.", ["32%"]],
    ["The Census Bureau's 2024 estimates put the county at 412,000 residents.", ["412,000"]],
  ];

  it.each(cases)("%s", (source, texts) => {
    expect(claimsIn(source).map((c) => c.text)).toEqual(texts);
  });

  it("skips a list index on each line of a list", () => {
    const source = "Highlights:\n1. Arrests fell 8 percent.\n2. The jail closed 2 wings.\n";
    expect(claimsIn(source).map((c) => c.text)).toEqual(["8 percent", "2"]);
  });
});

/* ------------------------------------------------------------------------------------------ */

/** [sentence, claim text, expected value of the attribute] */
type Attribute = [string, string, string | undefined];

describe("subject: what the figure measures", () => {
  const cases: Attribute[] = [
    ["The department processed 142,580 visa applications.", "142,580", "visa applications processed"],
    ["Nearly 40 percent of detained migrants were minors.", "40 percent", "detained migrants who were minors"],
    ["Deportations carried out by ICE fell 70 percent.", "70 percent", "Deportations carried out by ICE"],
    ["The report found a 12 percent increase in violent crime.", "12 percent", "violent crime"],
    ["Of the 900 cases reviewed, 60 percent were dismissed.", "60 percent", "cases reviewed that were dismissed"],
    ["Hospital admissions rose 25 percent, from 400 to 500.", "400", "Hospital admissions"],
    ["Roughly 300 nurses quit last year.", "300", "nurses who quit"],
    ["The city added 300 new housing units.", "300", "new housing units"],
    ["Between 2019 and 2021 the court backlog shrank 30 percent.", "30 percent", "the court backlog"],
    ["Teachers earn an average salary of $52,000.", "$52,000", "average salary"],
    ["In a statement, the governor said violent crime fell 6 percent.", "6 percent", "violent crime"],
    // a period is not what a figure measures
    ["Enrollment reached 61 percent, up from 58 percent three years earlier.", "58 percent", "Enrollment"],
    ["Agents seized 900 rifles in FY2024.", "900", "rifles seized"],
    // a change set off by a comma restates the figures before it
    ["Thefts dropped from 500 to 400, a decline of about 20 percent.", "20 percent", "Thefts"],
    // a percentage in parentheses shares the subject its figure borrowed
    ["The plan costs $3.2 billion, $400 million (14 percent) more than last year.", "14 percent", "The plan"],
    // a participle after a comma shares the subject of the clause before it
    ["Overdose deaths declined again, falling 11 percent to 2,310.", "11 percent", "Overdose deaths"],
    // a level after a change is a level of the same thing, money or not
    ["Tuition will rise 3 percent next fall, to $11,250.", "$11,250", "Tuition"],
    ["Graduation rates climbed again, reaching 86 percent.", "86 percent", "Graduation rates"],
    ["Fraud was the costliest crime, with losses rising from $3.31 billion to $4.57 billion.", "$3.31 billion", "losses"],
    ["The city's prevention programs, funded at $121 million, reached 8,800 residents.", "$121 million", "The city's prevention programs"],
    ["Sales tax revenue totaled $19.8 billion, 4.2% higher than the year before.", "4.2%", "Sales tax revenue"],
    ["About two-thirds of the 4,300 detainees are awaiting trial.", "two-thirds", "detainees who are awaiting trial"],
    ["One in 8 women in the U.S. will develop the disease.", "One in 8", "women in the U.S."],
    ["Naloxone distribution doubled in two years.", "doubled", "Naloxone distribution"],
    // a fact sheet's labels
    ["Students served: 48,300", "48,300", "Students served"],
    ["1. Graduation rate: 91.2%", "91.2%", "Graduation rate"],
    ["Agents arrested 3,200 people, a 41% increase over last year.", "41%", "people arrested"],
    ["Hospitals treated 12,000 patients — a 40 percent jump.", "40 percent", "patients treated"],
    // a pronoun stands for what the paragraph's last figure counted
    [
      "Hospitals treated 12,000 patients for heat illness. Nearly a third of them were outdoor workers.",
      "a third",
      "patients treated for heat illness who were outdoor workers",
    ],
  ];
  it.each(cases)("%s → %s", (source, text, subject) => {
    expect(claim(source, text).subject).toBe(subject);
  });
});

describe("timeScope: the period a figure covers", () => {
  const cases: Attribute[] = [
    ["Border arrests rose 48 percent over the last fiscal year.", "48 percent", "over the last fiscal year"],
    ["The jail population has fallen 12 percent since 2020.", "12 percent", "since 2020"],
    ["The state paroled 6,300 prisoners in fiscal year 2023.", "6,300", "in fiscal year 2023"],
    ["Since the governor took office, the state has added 3,400 teachers.", "3,400", "Since the governor took office"],
    ["Border agents apprehended 2,450 migrants in March.", "2,450", "in March"],
    ["Encounters dropped 55 percent from December to February.", "55 percent", "from December to February"],
    ["“We will hire 80 more officers by June,” the chief said.", "80", "by June"],
    ["The county recorded 38 homicides.", "38", undefined],
    // counted back from a figure, the phrase dates that figure only
    ["Enrollment reached 61 percent, up from 58 percent three years earlier.", "58 percent", "three years earlier"],
    ["Enrollment reached 61 percent, up from 58 percent three years earlier.", "61 percent", undefined],
    // a rate belongs to the figure it follows
    ["Treatment costs $1,200 per month, and 1 in 5 patients received it in 2022.", "1 in 5", "in 2022"],
  ];
  it.each(cases)("%s → %s", (source, text, timeScope) => {
    expect(claim(source, text).timeScope).toBe(timeScope);
  });
});

describe("speaker: who asserts the figure", () => {
  const cases: Attribute[] = [
    // attribution after a quote, curly and straight
    ["“Arrests at the border rose 48 percent,” Governor Maria Lopez said.", "48 percent", "Governor Maria Lopez"],
    ['"Violent crime dropped 9 percent," said the Department of Public Safety.', "9 percent", "the Department of Public Safety"],
    // attribution before a quote
    ['Sheriff Tom Reyes said, "Our jail population fell 12 percent."', "12 percent", "Sheriff Tom Reyes"],
    ["The senators wrote: “Overdoses killed 1,100 people in our states.”", "1,100", "The senators"],
    // a multi-sentence quote: the figure in its first sentence
    ["“We seized 1,200 pounds of fentanyl. That is a record,” the police chief said.", "1,200", "the police chief"],
    // the cited data source
    [
      "According to the Bureau of Justice Statistics, 2.1 million people were incarcerated.",
      "2.1 million",
      "the Bureau of Justice Statistics",
    ],
    ["Agents apprehended 2,450 migrants, according to U.S. Customs and Border Protection.", "2,450", "U.S. Customs and Border Protection"],
    ["FBI statistics show that 21,570 murders occurred in 2021.", "21,570", "FBI statistics"],
    // reported speech
    ["The state health department said 640 residents died of overdoses.", "640", "The state health department"],
    ["Police Chief Ana Ruiz told reporters 27 officers had resigned.", "27", "Police Chief Ana Ruiz"],
    ["About 2,000 migrants arrive each day, officials said Tuesday.", "2,000", "officials"],
    ["Crime fell 9 percent last year, the mayor said.", "9 percent", "the mayor"],
    ["Median rent rose to $1,640, the housing agency reported, while vacancies fell.", "$1,640", "the housing agency"],
    ["Per the agency's latest report, 41 states saw declines.", "41", "the agency's latest report"],
    [
      "Data from the National Highway Traffic Safety Administration show 40,990 people died.",
      "40,990",
      "Data from the National Highway Traffic Safety Administration",
    ],
    // nothing says who
    ["The county recorded 38 homicides.", "38", undefined],
    ["An estimated 107,000 people died of overdoses.", "107,000", undefined],
    ["Sixty-two percent of parents surveyed said they were satisfied.", "Sixty-two percent", undefined],
  ];
  it.each(cases)("%s → %s", (source, text, speaker) => {
    expect(claim(source, text).speaker).toBe(speaker);
  });

  it("gives a second quote of the paragraph the first quote's speaker", () => {
    const source = "“Violent crime dropped 9 percent this year,” Chief Ana Ruiz said. “Burglaries declined 15 percent as well.”";
    expect(claim(source, "9 percent").speaker).toBe("Chief Ana Ruiz");
    expect(claim(source, "15 percent").speaker).toBe("Chief Ana Ruiz");
  });

  it("gives a quote broken by its attribution the same speaker on both sides", () => {
    const source = "“We hired 120 officers,” Chief Lena Ortiz said, “and we will hire 80 more by June.”";
    expect(claim(source, "120").speaker).toBe("Chief Lena Ortiz");
    expect(claim(source, "80").speaker).toBe("Chief Lena Ortiz");
  });

  it("reads 'she added' before a second quote as the speaker already named", () => {
    const source =
      'Attorney General Jan Moss said: "Fraud cost taxpayers $14 million last year. We recovered $9 million." She added, "That is 64 percent."';
    for (const text of ["$14 million", "$9 million", "64 percent"]) expect(claim(source, text).speaker).toBe("Attorney General Jan Moss");
  });

  it("gives every sentence of a long quote the speaker named after it", () => {
    const source = "“Property crime fell 4 percent. Car thefts fell 11 percent. Shoplifting rose 6 percent,” said Commissioner Lee Park.";
    for (const text of ["4 percent", "11 percent", "6 percent"]) expect(claim(source, text).speaker).toBe("Commissioner Lee Park");
  });
});

/** [sentence, claim text, bound] */
type Bounded = [string, string, Claim["bound"]];

describe("bound: how exactly the text states it", () => {
  const cases: Bounded[] = [
    ["ICE deported over 80,000 people.", "80,000", "lower"],
    ["The state spent more than $3 billion on Medicaid.", "$3 billion", "lower"],
    ["Waiting lists surpassed 10,000 patients.", "10,000", "lower"],
    ["Nearly 40 percent of inmates are awaiting trial.", "40 percent", "upper"],
    ["The fund may lend up to $50 million.", "$50 million", "upper"],
    ["About 2,500 students transferred.", "2,500", "approximate"],
    ["Roughly 300 nurses quit.", "300", "approximate"],
    ["The city hired 212 officers.", "212", "exact"],
  ];
  it.each(cases)("%s → %s", (source, text, bound) => {
    expect(claim(source, text).bound).toBe(bound);
  });
});

/** [sentence, claim text, direction] */
type Directed = [string, string, Claim["direction"]];

describe("direction: which way a change went", () => {
  const cases: Directed[] = [
    ["Deportations fell 70 percent.", "70 percent", "decrease"],
    ["Tuition increased by 12 percent.", "12 percent", "increase"],
    ["The university reported a 5 percent drop in enrollment.", "5 percent", "decrease"],
    ["Fentanyl seizures jumped 48% this year.", "48%", "increase"],
    ["The budget rose to $2 billion.", "$2 billion", undefined],
    ["Residents over age 65 make up 19 percent of the county.", "19 percent", undefined],
    ["The county employs 1,900 teachers.", "1,900", undefined],
    ["Naloxone distribution doubled in two years.", "doubled", "increase"],
    ["Wait times halved after the reform.", "halved", "decrease"],
  ];
  it.each(cases)("%s → %s", (source, text, direction) => {
    expect(claim(source, text).direction).toBe(direction);
  });
});

describe("sentence offsets and checkworthiness", () => {
  const source =
    "The board met on Monday. “Overdose deaths fell 31 percent since 2021,” Health Commissioner Rita Gomez said. Four clinics stayed open.";

  it("points each claim at the sentence that holds it", () => {
    const [change, clinics] = claimsIn(source);
    expect(source.slice(change!.sentence.start, change!.sentence.end)).toBe(
      "“Overdose deaths fell 31 percent since 2021,” Health Commissioner Rita Gomez said.",
    );
    expect(source.slice(clinics!.sentence.start, clinics!.sentence.end)).toBe("Four clinics stayed open.");
  });

  it("rates a sourced percentage change above a small spelled count, both within [0, 1]", () => {
    const [change, clinics] = claimsIn(source);
    for (const c of [change!, clinics!]) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
    expect(change!.checkworthiness).toBeGreaterThan(clinics!.checkworthiness);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe("checks between claims", () => {
  const kinds = (source: string) => checksIn(source).map((k) => `${k.kind} ${k.outcome}`);

  it.each<[string, string, string[]]>([
    [
      "a percentage agreeing with its ratio",
      "Of 5,939 victims, 77.5 percent (4,601 out of 5,939) were women.",
      ["percent-vs-ratio consistent"],
    ],
    [
      "a percentage disagreeing with its ratio",
      "The audit found 60 percent of claims (45 out of 100) were paid late.",
      ["percent-vs-ratio inconsistent"],
    ],
    ["a ratio set against another percentage", "Of 2,600 applicants, 1 in 5 were approved, well below the 35% national average.", []],
    [
      "an approximate ratio and the percentage it rounds",
      "Roughly 6 in 10 adults (58%) support the measure.",
      ["percent-vs-ratio consistent"],
    ],
    [
      "an exact ratio and a percentage it does not round to",
      "Exactly 6 in 10 adults (58%) support the measure.",
      ["percent-vs-ratio inconsistent"],
    ],
    [
      "a percentage and a ratio in two clauses",
      "Young people made up 31 percent of new voters, and 1 out of every 4 voters was over 65.",
      [],
    ],
    ["two labels that differ in a number", "Grade 9: 4,120\nGrade 10: 3,985\n", []],
    ["a change that follows from its figures", "Hospital admissions rose 25 percent, from 400 to 500.", ["change-vs-figures consistent"]],
    ["a change that does not", "School lunch costs rose 40 percent, from 300 to 390.", ["change-vs-figures inconsistent"]],
    [
      "a change against the percentage stated with it, not an earlier one",
      "Burglaries fell 9 percent, while thefts dropped from 500 to 400, a decline of 20 percent.",
      ["change-vs-figures consistent"],
    ],
    [
      "the same figure stated twice",
      "The program served 18,400 families. By December it had served 18,400 families.",
      ["repeated-figure consistent"],
    ],
    [
      "one subject given two figures",
      "The county jail held 1,150 inmates. A later audit said the county jail held 1,310 inmates.",
      ["repeated-figure inconsistent"],
    ],
    ["a figure and an addition to it", "The city hired 120 officers. It plans to hire 80 more officers.", []],
    ["two subjects that only share a last word", "Traffic deaths reached 1,108 last year. Overdose deaths reached 2,310 last year.", []],
    [
      "a count that matches the names listed",
      "A coalition of 5 states, Texas, Ohio, Utah, Iowa, and Idaho, filed the brief.",
      ["count-vs-list consistent"],
    ],
    [
      "a count that does not",
      "A coalition of 6 states, Maine, Vermont, Oregon, and Nevada, sued the agency.",
      ["count-vs-list inconsistent"],
    ],
  ])("%s", (_, source, expected) => {
    expect(kinds(source)).toEqual(expected);
  });

  it("says what the arithmetic expects", () => {
    const [check] = checksIn("The audit found 60 percent of claims (45 out of 100) were paid late.");
    expect(check).toMatchObject({ expected: 45, claims: [0, 1] });
    const [list] = checksIn("A coalition of 6 states, Maine, Vermont, Oregon, and Nevada, sued the agency.");
    expect(list!.expected).toBe(4);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe("robustness on a whole release", () => {
  const release = [
    "FOR IMMEDIATE RELEASE — March 3, 2024",
    "",
    "Governor Announces Record Drop in Overdose Deaths",
    "",
    "HELENA — Overdose deaths fell 31 percent in fiscal year 2023, to 412, Governor Ana Ruiz announced Tuesday at 10:30 a.m.",
    "“Since 2021 we have trained 1,900 first responders and handed out more than 60,000 naloxone kits,” Ruiz said. “One in four of those kits was used.”",
    "According to the state health department, 77.4 percent of deaths (319 out of 412) involved fentanyl, and treatment waiting lists shrank from 2,300 to 1,150.",
    "The $4.5 million program, funded under Section 8 of H.B. 2 and approved 52-48, will hire a dozen counselors over five years.",
    "1. Naloxone in every school by 2025.",
    "2. A crisis line staffed by 40 counselors.",
  ].join("\n");

  const { claims, checks } = extractClaims(release);
  const byText = (text: string) => claims.find((c) => c.text === text)!;

  it("keeps every claim's text equal to its slice of the source, inside its sentence", () => {
    expect(claims.length).toBeGreaterThan(5);
    for (const c of claims) {
      expect(c.text).toBe(release.slice(c.start, c.end));
      expect(c.sentence.start).toBeLessThanOrEqual(c.start);
      expect(c.end).toBeLessThanOrEqual(c.sentence.end);
    }
  });

  it("lists claims in document order without overlap", () => {
    for (let k = 1; k < claims.length; k++) expect(claims[k]!.start).toBeGreaterThanOrEqual(claims[k - 1]!.end);
  });

  it("finds the release's figures and none of its dates, times, names or indexes", () => {
    expect(claims.map((c) => c.text)).toEqual([
      "31 percent",
      "412",
      "1,900",
      "60,000",
      "One in four",
      "77.4 percent",
      "319 out of 412",
      "2,300",
      "1,150",
      "$4.5 million",
      "a dozen",
      "40",
    ]);
  });

  it("reads who, when and what for the release's figures", () => {
    expect(byText("31 percent")).toMatchObject({
      subject: "Overdose deaths",
      timeScope: "in fiscal year 2023",
      speaker: "Governor Ana Ruiz",
      direction: "decrease",
    });
    expect(byText("412").subject).toBe("Overdose deaths");
    expect(byText("1,900")).toMatchObject({ subject: "first responders trained", timeScope: "Since 2021", speaker: "Ruiz" });
    expect(byText("60,000")).toMatchObject({ bound: "lower", speaker: "Ruiz" });
    expect(byText("One in four")).toMatchObject({ unit: "ratio", denominator: 4, speaker: "Ruiz" });
    expect(byText("77.4 percent")).toMatchObject({ subject: "deaths", speaker: "the state health department" });
    expect(byText("1,150").subject).toBe("treatment waiting lists");
  });

  it("checks the release's percentage against its ratio", () => {
    expect(checks.map((k) => `${k.kind} ${k.outcome}`)).toContain("percent-vs-ratio consistent");
  });
});
