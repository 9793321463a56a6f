/**
 * The rules that say what a figure measures (subject), when (time) and who says it (speaker), as
 * named records with their examples. The logic lives where the engine reads the sentence
 * (extract.ts for sentences, layout.ts for tables, lists and statements); each rule returns its
 * choice under the name recorded here, `claims extract --explain` prints that name, and
 * rules.test.ts runs every example through the whole engine and checks both the name and the value.
 * A test also checks that every rule name the engine can give is recorded here.
 */

export type Attribute = "subject" | "timeScope" | "speaker";

export interface AttributeExample {
  /** A short text holding the figure. */
  text: string;
  /** The figure as written. */
  figure: string;
  /** What the attribute must contain. */
  expect: string;
}

export interface AttributeRule {
  name: string;
  attribute: Attribute;
  why: string;
  examples: AttributeExample[];
}

const subject = (name: string, why: string, examples: AttributeExample[]): AttributeRule => ({ name: `subject: ${name}`, attribute: "subject", why, examples });
const time = (name: string, why: string, examples: AttributeExample[]): AttributeRule => ({ name: `time: ${name}`, attribute: "timeScope", why, examples });
const speaker = (name: string, why: string, examples: AttributeExample[]): AttributeRule => ({ name: `speaker: ${name}`, attribute: "speaker", why, examples });

export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  // ------------------------------------------------------------------------------------ subjects
  subject("a rate with its noun inside", "The rate's noun, its base and what the base counts.", [
    { text: "There were 52 violent victimizations per 1,000 persons.", figure: "52 violent victimizations per 1,000", expect: "violent victimizations per 1,000 persons" },
  ]),
  subject("a figure compared with the one before it", "The same thing at another time or for another group.", [
    { text: "The agency processed 2.3 million passports in March, compared with 1.9 million a year earlier.", figure: "1.9 million", expect: "passports processed" },
  ]),
  subject("the group before a figure in parentheses", "\"higher for women (29.4 percent)\": the figure measures the group.", [
    { text: "Obesity was higher for rural adults (34.2 percent) compared with urban adults (28.8 percent).", figure: "34.2 percent", expect: "rural adults" },
  ]),
  subject("the group a figure is for (13 percent for kindergarten)", "With the clause's subject when there is one.", [
    { text: "Enrollment fell by 6 percent for kindergarten.", figure: "6 percent", expect: "Enrollment for kindergarten" },
  ]),
  subject("the part of the group the sentence opens with", "\"Of the 852 districts, 612 will receive more\".", [
    { text: "Of the state's 852 school districts, 612 will receive more funding.", figure: "612", expect: "school districts that will receive more funding" },
  ]),
  subject("what a share is said to be (9 percent were robberies)", "A share followed by \"were\" and a noun phrase; with the group the sentence opens with.", [
    { text: "Of these, 9 percent were rapes or other sexual assaults.", figure: "9 percent", expect: "rapes or other sexual assaults" },
    { text: "Of the 2,300 applicants, 64% were veterans.", figure: "64%", expect: "applicants who were veterans" },
  ]),
  subject("what the verb of a multiple says changed (doubled)", "\"Naloxone distribution doubled\".", [
    { text: "Naloxone distribution doubled in two years.", figure: "doubled", expect: "Naloxone distribution" },
  ]),
  subject("a share of the antecedent, with its relative clause", "\"71.5 percent of whom are from Mexico\".", [
    { text: "Apprehensions of single adults rose to 19,917, 71.5 percent of whom are from Mexico.", figure: "71.5 percent", expect: "who are from Mexico" },
  ]),
  subject("a pronoun after 'of' stands for the last subject", "\"a third of them\", with what the sentence says of them.", [
    { text: "Hospitals treated 12,000 patients for heat illness. Nearly a third of them were outdoor workers.", figure: "a third", expect: "patients treated for heat illness who were outdoor workers" },
  ]),
  subject("the part of a group the sentence describes", "A share or count of a group, and the predicate that picks it out.", [
    { text: "More than 1 in 5 US adults over 60 do not get a flu shot.", figure: "1 in 5", expect: "who do not get a flu shot" },
    { text: "The state said 31,400 households lost heating assistance.", figure: "31,400", expect: "households who lost heating assistance" },
  ]),
  subject("the noun phrase after 'of' (77.5 percent of victims)", "A share of a noun phrase.", [
    { text: "The grants cover 40 percent of the state budget.", figure: "40 percent", expect: "state budget" },
  ]),
  subject("what changed (a 10 percent increase in arrests)", "A change noun and its object.", [
    { text: "The city saw a 10 percent increase in arrests.", figure: "10 percent", expect: "arrests" },
  ]),
  subject("a restated change measures the figures before it", "\", a 41% increase over last year\".", [
    { text: "Agents arrested 3,200 people, a 41% increase over last year.", figure: "41%", expect: "people arrested" },
  ]),
  subject("what the sentence says changed", "A change noun with no object: what the sentence says rose or fell.", [
    { text: "The overall 10 percent increase from January is due to an increase in apprehensions of single adults.", figure: "10 percent", expect: "apprehensions of single adults" },
  ]),
  subject("a word for a figure takes the sentence's last subject", "\"last month's 2.3 percent figure\".", [
    { text: "The core index was up 2.2 percent, a slight decline from last month's 2.3 percent figure.", figure: "2.3 percent", expect: "The core index" },
  ]),
  subject("what happened that many times", "\"deported four times\".", [
    { text: "The man was deported four times before his arrest.", figure: "four", expect: "deported" },
  ]),
  subject("what a unit of measure measures (600 pounds of cocaine)", "The unit is the figure's measure; the subject follows \"of\".", [
    { text: "Agents seized 600 pounds of cocaine at the port.", figure: "600", expect: "cocaine" },
  ]),
  subject("what a figure in a unit of measure is a level of", "\"rose 1.3 percent to 226.4 billion pounds\".", [
    { text: "Milk production rose 1.3 percent in 2023 to 226.4 billion pounds.", figure: "226.4 billion", expect: "Milk production" },
  ]),
  subject("what a verb did to the counted (patients treated for heat stroke)", "A count that is a verb's object, with the verb's complement.", [
    { text: "Hospitals treated 1,240 patients for heat stroke last summer.", figure: "1,240", expect: "patients treated for heat stroke" },
  ]),
  subject("the clause's subject of a figure counted in people", "\"reached a record high of 143,105 people\".", [
    { text: "Chronic homelessness among individuals reached a record high of 143,105 people.", figure: "143,105", expect: "Chronic homelessness among individuals" },
  ]),
  subject("the noun phrase after the figure", "The thing counted, with its qualifiers.", [
    { text: "The city has 142,580 registered voters.", figure: "142,580", expect: "registered voters" },
  ]),
  subject("the clause's subject with a unit of measure", "A duration or other unit with no \"of\": the clause's subject, the unit beside it.", [
    { text: "Wait times at the border averaged 45 minutes.", figure: "45", expect: "Wait times at the border" },
  ]),
  subject("the state a count of people is in (31 million at risk)", "\"puts 31 million at risk of heart disease\".", [
    { text: "Inactivity puts 31 million at risk of heart disease.", figure: "31 million", expect: "at risk of heart disease" },
  ]),
  subject("what the money is ($1.2 billion in new assistance)", "Money \"in\" something is that thing.", [
    { text: "The secretary announced $1.2 billion in new assistance for dairy producers.", figure: "$1.2 billion", expect: "new assistance for dairy producers" },
  ]),
  subject("what the money is to do ($500 million to hire teachers)", "Money \"to\" a verb names its purpose.", [
    { text: "The budget provides $500 million to hire 3,000 new teachers.", figure: "$500 million", expect: "to hire 3,000 new teachers" },
  ]),
  subject("money for a purpose ($579 million for border security)", "Money \"for\" something.", [
    { text: "Congress approved $579 million for border security.", figure: "$579 million", expect: "border security" },
  ]),
  subject("a share of what 'of which' refers to", "\"of which the federal government paid 69 percent\".", [
    { text: "Spending on the program reached $805 billion, of which the federal government paid 69 percent.", figure: "69 percent", expect: "share the federal government paid" },
  ]),
  subject("what a verb of change changes (cut wait times by 30 percent)", "The object of a verb of change before \"by\" or \"to\".", [
    { text: "The rule will reduce methane emissions by nearly 80 percent.", figure: "80 percent", expect: "methane emissions" },
  ]),
  subject("the noun phrase a figure is set beside (X, at 6.3 million,)", "An appositive figure.", [
    { text: "The number of unemployed persons, at 6.3 million, changed little.", figure: "6.3 million", expect: "unemployed persons" },
  ]),
  subject("the noun the figure is 'of' (an average salary of $52,000)", "A noun that takes the figure with \"of\".", [
    { text: "Teachers earn an average salary of $52,000.", figure: "$52,000", expect: "average salary" },
  ]),
  subject("the subject of the clause the figure completes", "\"Deportations have fallen 70 percent\".", [
    { text: "Deportations have fallen 70 percent since 2015.", figure: "70 percent", expect: "Deportations" },
  ]),
  subject("the list's lead-in, for a label that is a period", "\"Encounters by fiscal year:\" over \"FY2021: 1,734,686\".", [
    { text: "Encounters by fiscal year:\nFY2021: 1,734,686\nFY2022: 2,378,944", figure: "1,734,686", expect: "Encounters by fiscal year" },
  ]),
  subject("the figure before the parenthesis, or a fact sheet's label", "\"(4,601 out of 5,939)\" shares the subject of the figure before it; \"Students served: 48,300\".", [
    { text: "Students served: 48,300", figure: "48,300", expect: "Students served" },
  ]),
  subject("the sentence's previous figure's", "A figure that names nothing counts what the sentence's previous figure counted.", [
    { text: "Health officials ordered 9,000 doses, and 2,000 more in May.", figure: "2,000", expect: "doses ordered" },
  ]),
  subject("a pronoun opening the sentence stands for the paragraph's last subject", "\"That is 2 million more than …\".", [
    { text: "The Lifeline answered 5 million calls. That is 2 million more than the old number.", figure: "2 million", expect: "calls answered" },
  ]),
  {
    name: "table: row label and column header",
    attribute: "subject",
    why: "A cell's subject is its row label and column header that are not periods; its period is the one that is.",
    examples: [{ text: "Program | Housing | Transit |\n---|---|---|\nFY2023 | 1,350 | 910 |", figure: "910", expect: "Transit" }],
  },
  {
    name: "table: row label",
    attribute: "timeScope",
    why: "A table with no header for the cell: the row label alone, and the period it or the caption names.",
    examples: [{ text: "Arrests by county, 2023\nLewis | 4,310 |\nClark | 12,450 |", figure: "4,310", expect: "2023" }],
  },
  // ----------------------------------------------------------------------------------- periods
  time("a period in the sentence", "The nearest time phrase, before or after the figure.", [
    { text: "Arrests rose 12 percent in fiscal year 2023.", figure: "12 percent", expect: "fiscal year 2023" },
  ]),
  time("the list's lead-in", "A lead-in ending in a colon gives its items its period.", [
    { text: "Researchers analyzed data from the 2022 Youth Risk Survey. The analysis showed:\n  • Daily vaping fell to 5.1 percent.", figure: "5.1 percent", expect: "2022" },
  ]),
  time("a note that dates the list", "\"* based on FY19 figures\" dates every item after it.", [
    { text: "Parks by the numbers. * based on FY21 figures\n\n86 campgrounds", figure: "86", expect: "FY21" },
  ]),
  // ---------------------------------------------------------------------------------- speakers
  speaker("the person quoted", "A quotation's speaker, from \"…,\" said X or X said, \"…\".", [
    { text: "“We added 212,000 jobs in May,” said Labor Secretary Dana Holt.", figure: "212,000", expect: "Dana Holt" },
  ]),
  speaker("the source the sentence cites", "\"according to …\", \"in our Annual Energy Outlook\", \"data from … show\".", [
    { text: "About one in five children lives in poverty, according to the Census Bureau.", figure: "one in five", expect: "Census Bureau" },
  ]),
  speaker("reported speech (X said)", "\"…, the department estimated.\", \"The health department said 640 residents died\".", [
    { text: "Farm income fell 16 percent in 2023, the department estimated.", figure: "16 percent", expect: "the department" },
  ]),
  speaker("the source named earlier in the paragraph", "A source goes on speaking in the paragraph's later sentences.", [
    { text: "The audit found that 14 percent of claims were paid late. Similarly, 9 percent were paid twice.", figure: "9 percent", expect: "audit" },
  ]),
  speaker("the next sentence says where the finding comes from", "\"This finding comes from a new study from the CDC\".", [
    { text: "About 2.1 million adults skipped a dose. This finding comes from a new survey by the Census Bureau published today.", figure: "2.1 million", expect: "Census Bureau" },
  ]),
  speaker("a quotation that runs on into the next paragraph, attributed there", "A quotation left open at a paragraph's end goes on in the next, which may name its speaker.", [
    { text: "“We have hired 1,200 new officers this year.\n\n“We will keep going,” said Police Chief Ana Ruiz.", figure: "1,200", expect: "Ana Ruiz" },
  ]),
  speaker("the list's lead-in", "Who found the figures a list reports: \"CDC researchers analyzed …\", \"The analysis showed:\".", [
    { text: "State researchers analyzed records from the 2022 survey. The analysis showed:\n  • Daily vaping fell to 5.1 percent.", figure: "5.1 percent", expect: "researchers" },
  ]),
  speaker("statement by one person (lead-in)", "\"X made the following statement:\" speaks every later figure that names no one else.", [
    { text: "Governor Lopez made the following statement:\nCrews cleared 42,000 tons of debris.", figure: "42,000", expect: "Lopez" },
  ]),
  speaker("statement by one person (title)", "\"Statement by Secretary … on …\" as the release's title.", [
    { text: "Statement by Secretary Maria Lopez on Wildfire Recovery\nCrews cleared 42,000 tons of debris.", figure: "42,000", expect: "Lopez" },
  ]),
];

/** Rules that add to another rule's choice; `--explain` appends their words to its name. */
export const ATTRIBUTE_REFINEMENTS: readonly string[] = [", with the list item's label", ", within the group the sentence opens with"];
