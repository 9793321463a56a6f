/**
 * What the attribute rules share: a rule names what it decides (subject, time or speaker) and carries
 * examples that run through the whole engine as tests (rules.test.ts). The rules read from a sentence
 * live in subject.ts, time.ts and speaker.ts; the rules below read the document's shape instead
 * (tables, lists, statements) and their logic is in ../layout.ts, which gives each figure of a
 * paragraph what the paragraph inherits, under these names.
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

const layoutRule = (name: string, attribute: Attribute, why: string, examples: AttributeExample[]): AttributeRule => ({
  name,
  attribute,
  why,
  examples,
});

/** Rules read from the document's shape (logic in ../layout.ts). */
export const LAYOUT_RULES: readonly AttributeRule[] = [
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
  layoutRule("time: the list's lead-in", "timeScope", "A lead-in ending in a colon gives its items its period.", [
    {
      text: "Researchers analyzed data from the 2022 Youth Risk Survey. The analysis showed:\n  • Daily vaping fell to 5.1 percent.",
      figure: "5.1 percent",
      expect: "2022",
    },
  ]),
  layoutRule("time: a note that dates the list", "timeScope", '"* based on FY19 figures" dates every item after it.', [
    { text: "Parks by the numbers. * based on FY21 figures\n\n86 campgrounds", figure: "86", expect: "FY21" },
  ]),
  layoutRule(
    "speaker: the list's lead-in",
    "speaker",
    'Who found the figures a list reports: "CDC researchers analyzed …", "The analysis showed:".',
    [
      {
        text: "State researchers analyzed records from the 2022 survey. The analysis showed:\n  • Daily vaping fell to 5.1 percent.",
        figure: "5.1 percent",
        expect: "researchers",
      },
    ],
  ),
  layoutRule(
    "speaker: statement by one person (lead-in)",
    "speaker",
    '"X made the following statement:" speaks every later figure that names no one else.',
    [{ text: "Governor Lopez made the following statement:\nCrews cleared 42,000 tons of debris.", figure: "42,000", expect: "Lopez" }],
  ),
  layoutRule("speaker: statement by one person (title)", "speaker", '"Statement by Secretary … on …" as the release\'s title.', [
    {
      text: "Statement by Secretary Maria Lopez on Wildfire Recovery\nCrews cleared 42,000 tons of debris.",
      figure: "42,000",
      expect: "Lopez",
    },
  ]),
];
