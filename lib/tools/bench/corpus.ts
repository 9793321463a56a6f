/**
 * A deterministic corpus of press-release-like texts for the import benchmark (lib/tools/bench/sources.ts).
 *
 * `benchRelease(index, seed)` is a pure function of its arguments, so the corpus never needs to be
 * held in memory or on disk: the benchmark generates each batch as it imports it, and a test can
 * check any release alone. Each release is about 3 KB: a dateline, a lead, body paragraphs with
 * counts, percentages, money, ratios and changes, a quote from an official, sometimes a statistic
 * shared with other releases on the same topic (worded differently: "1.8 million" and "1,800,000"),
 * and an "About" paragraph. One release in a hundred corrects an earlier one at the same URL, so
 * imports also make new versions.
 *
 * Places, agencies and people are invented; the wording is written for this benchmark.
 */
import type { IncomingDocument } from "@/lib/sources/import";

export const BENCH_RELEASES = 10_000;
export const BENCH_SEED = 20_260_101;
/** Every CORRECTION_EVERY-th release is a corrected text of an earlier one, at the same URL. */
export const CORRECTION_EVERY = 100;
const TARGET_LENGTH = 3000;

// ---------------------------------------------------------------------------------------------
// Seeded pseudo-random numbers

export type Random = () => number;

/** mulberry32: small, fast, and good enough to vary text (not for anything secret). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

// ---------------------------------------------------------------------------------------------
// Numbers as releases write them

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function count(random: Random, min: number, max: number): string {
  const n = between(random, min, max);
  if (n >= 2 && n <= 12 && random() < 0.3) return SMALL_WORDS[n - 2] ?? String(n);
  if (n >= 1_000_000 && random() < 0.7) return `${oneDecimal.format(n / 1_000_000)} million`;
  return grouped.format(n);
}

function percent(random: Random, min: number, max: number): string {
  const value = min + random() * (max - min);
  const text = random() < 0.6 ? oneDecimal.format(value) : String(Math.round(value));
  return random() < 0.5 ? `${text} percent` : `${text}%`;
}

function money(random: Random, min: number, max: number): string {
  const n = min + random() * (max - min);
  if (n >= 1e9) return `$${oneDecimal.format(n / 1e9)} billion`;
  if (n >= 1e6) return `$${oneDecimal.format(n / 1e6)} million`;
  return `$${grouped.format(Math.round(n / 100) * 100)}`;
}

function ratio(random: Random): string {
  const total = between(random, 20, 9000);
  const part = between(random, 1, total);
  return random() < 0.5 ? `${grouped.format(part)} out of ${grouped.format(total)}` : `${grouped.format(part)} of ${grouped.format(total)}`;
}

function year(random: Random): number {
  return between(random, 2018, 2025);
}

// ---------------------------------------------------------------------------------------------
// The world the releases describe

const PLACES = [
  "Harlow County",
  "Marston",
  "the City of Brackenridge",
  "Ellery Valley",
  "Port Danforth",
  "Wexcombe",
  "North Tamsin",
  "Calder Springs",
  "Oakhurst",
  "the Greyfield district",
  "Lindqvist County",
  "Sable Bay",
];
const FIRST_NAMES = [
  "Amara",
  "Jonah",
  "Priya",
  "Tomasz",
  "Lucía",
  "Dwayne",
  "Mei",
  "Olu",
  "Hannah",
  "Rafael",
  "Ines",
  "Kwame",
  "Sofia",
  "Declan",
];
const LAST_NAMES = [
  "Okafor",
  "Lindgren",
  "Castellano",
  "Whitcombe",
  "Nakamura",
  "Brennan",
  "Adeyemi",
  "Halvorsen",
  "Quintero",
  "Morrow",
  "Szabo",
  "Delacroix",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Topic {
  name: string;
  agencies: readonly string[];
  roles: readonly string[];
  headlines: readonly string[];
  /** Body sentences; each states one or two figures. */
  sentences: readonly ((random: Random, place: string) => string)[];
  /** Quotes an official gives (without the attribution). */
  quotes: readonly ((random: Random) => string)[];
  /** Subjects of the statistics several releases repeat. */
  shared: readonly { subject: string; unit: "count" | "percent" | "money"; min: number; max: number }[];
}

const TOPICS: readonly Topic[] = [
  {
    name: "immigration",
    agencies: ["Office of Border Affairs", "Regional Immigration Services", "Committee on Border Security"],
    roles: ["director of border operations", "committee chair", "deputy commissioner"],
    headlines: [
      "reports border encounter figures for the quarter",
      "releases asylum caseload update",
      "publishes annual enforcement summary",
    ],
    sentences: [
      (r, p) =>
        `Agents in ${p} recorded ${count(r, 4000, 90000)} encounters at ports of entry in ${pick(r, MONTHS)}, ${percent(r, 1, 30)} fewer than a year earlier.`,
      (r) =>
        `The backlog of pending asylum cases reached ${count(r, 1_100_000, 3_900_000)}, and the average wait for a first hearing was ${count(r, 300, 1600)} days.`,
      (r) => `Officers processed ${ratio(r)} applications within the target time, the report said.`,
      (r) => `Removal flights rose to ${count(r, 40, 400)} in the fiscal year, up from ${count(r, 20, 300)} the year before.`,
      (r) => `The office spent ${money(r, 2e6, 9e8)} on detention contracts in ${year(r)}.`,
      (r, p) => `Shelters in ${p} housed an average of ${count(r, 200, 9000)} people a night during the winter months.`,
      (r) => `About ${percent(r, 5, 60)} of those apprehended were family units, according to the agency's monthly table.`,
    ],
    quotes: [
      (r) => `We have cut processing times by ${percent(r, 5, 40)} without adding a single officer`,
      (r) => `Every one of the ${count(r, 1000, 50000)} cases in this report represents a family waiting for an answer`,
    ],
    shared: [
      { subject: "known gotaways", unit: "count", min: 1_000_000, max: 2_400_000 },
      { subject: "pending asylum cases", unit: "count", min: 2_000_000, max: 3_800_000 },
      { subject: "migrant encounters at the southern border", unit: "count", min: 150_000, max: 300_000 },
    ],
  },
  {
    name: "crime",
    agencies: ["Department of Public Safety", "Office of the District Attorney", "Metropolitan Police Service"],
    roles: ["police chief", "district attorney", "public safety commissioner"],
    headlines: ["announces year-end crime statistics", "reports decline in violent crime", "releases burglary and theft figures"],
    sentences: [
      (r, p) => `Violent crime in ${p} fell ${percent(r, 1, 25)} in ${year(r)}, with ${count(r, 40, 900)} aggravated assaults reported.`,
      (r) => `Homicides dropped to ${count(r, 3, 180)}, the lowest figure since ${year(r) - 15}.`,
      (r) => `Officers answered ${count(r, 20000, 640000)} calls for service, and the median response time was ${count(r, 4, 19)} minutes.`,
      (r) => `Burglaries rose ${percent(r, 1, 20)} compared with the previous year, driven by commercial break-ins.`,
      (r) => `The department cleared ${ratio(r)} robbery cases, a clearance rate it called a record.`,
      (r) => `Vehicle thefts reached ${count(r, 800, 14000)} in the calendar year.`,
      (r) => `The city invested ${money(r, 5e5, 6e7)} in violence-interruption programs over ${SMALL_WORDS[between(r, 0, 3)]} years.`,
    ],
    quotes: [
      (r) => `Our officers took ${count(r, 300, 4000)} illegal guns off the streets this year`,
      (r) => `A ${percent(r, 5, 30)} drop in shootings means fewer families burying a child`,
    ],
    shared: [
      { subject: "violent crime rate", unit: "percent", min: 5, max: 25 },
      { subject: "homicides nationwide", unit: "count", min: 18_000, max: 24_000 },
      { subject: "illegal guns seized", unit: "count", min: 9_000, max: 20_000 },
    ],
  },
  {
    name: "budget",
    agencies: ["Office of Budget and Management", "City Finance Department", "State Treasury"],
    roles: ["budget director", "treasurer", "chief financial officer"],
    headlines: ["presents proposed budget for next fiscal year", "reports revenue surplus", "releases mid-year spending review"],
    sentences: [
      (r, p) => `The proposed budget for ${p} totals ${money(r, 1e8, 9e9)}, an increase of ${percent(r, 1, 9)} over the current year.`,
      (r) => `Property tax revenue came in at ${money(r, 5e7, 2e9)}, ${money(r, 1e6, 9e7)} above the forecast.`,
      (r) => `Debt service will consume ${percent(r, 3, 18)} of general fund spending in ${year(r)}.`,
      (r) => `The rainy-day fund holds ${money(r, 1e7, 8e8)}, enough to cover ${count(r, 20, 90)} days of operations.`,
      (r) => `Pension contributions grew to ${money(r, 2e7, 9e8)}, or ${percent(r, 5, 25)} of payroll.`,
      (r) => `The plan eliminates ${count(r, 10, 900)} vacant positions and adds ${count(r, 5, 300)} new ones in public safety.`,
      (r) => `Capital projects account for ${money(r, 1e7, 3e9)} of the spending plan.`,
    ],
    quotes: [
      (r) => `This budget closes a ${money(r, 1e7, 5e8)} gap without raising a single tax`,
      (r) => `We are paying down ${money(r, 1e6, 2e8)} in debt this year alone`,
    ],
    shared: [
      { subject: "structural budget deficit", unit: "money", min: 1e8, max: 9e8 },
      { subject: "federal relief funds", unit: "money", min: 1e9, max: 5e9 },
      { subject: "unfunded pension liability", unit: "money", min: 2e9, max: 9e9 },
    ],
  },
  {
    name: "health",
    agencies: ["Department of Health", "County Public Health Authority", "Regional Hospital Board"],
    roles: ["health commissioner", "chief medical officer", "hospital board chair"],
    headlines: [
      "reports vaccination and hospital figures",
      "releases annual community health assessment",
      "announces expansion of clinic services",
    ],
    sentences: [
      (r, p) => `Clinics in ${p} administered ${count(r, 20000, 2_600_000)} flu vaccine doses this season.`,
      (r) => `Emergency room visits for heat illness rose ${percent(r, 2, 45)} during the summer.`,
      (r) => `The uninsured rate fell to ${percent(r, 3, 14)}, down from ${percent(r, 6, 18)} in ${year(r)}.`,
      (r) => `Hospitals reported ${count(r, 100, 9000)} staffed beds, and ${percent(r, 60, 98)} were occupied on an average day.`,
      (r) => `Overdose deaths numbered ${count(r, 20, 2400)} last year, the report found.`,
      (r) => `The state awarded ${money(r, 1e6, 4e8)} to rural hospitals, and ${ratio(r)} eligible facilities applied.`,
      (r) => `Wait times for a primary care appointment averaged ${count(r, 5, 60)} days.`,
    ],
    quotes: [
      (r) => `We reached ${count(r, 2000, 90000)} residents who had never seen a doctor before`,
      (r) => `Nearly ${percent(r, 10, 40)} of adults here live with a chronic condition, and we have to meet them where they are`,
    ],
    shared: [
      { subject: "overdose deaths statewide", unit: "count", min: 2_000, max: 9_000 },
      { subject: "residents without health insurance", unit: "count", min: 400_000, max: 2_000_000 },
      { subject: "adult obesity rate", unit: "percent", min: 25, max: 40 },
    ],
  },
  {
    name: "education",
    agencies: ["Board of Education", "Unified School District", "Department of Higher Education"],
    roles: ["superintendent", "board president", "education secretary"],
    headlines: [
      "releases graduation and test score results",
      "announces teacher hiring plan",
      "reports enrollment figures for the school year",
    ],
    sentences: [
      (r, p) => `The four-year graduation rate in ${p} reached ${percent(r, 70, 97)}, up ${percent(r, 0, 5)} from the previous class.`,
      (r) => `Enrollment stood at ${count(r, 4000, 600000)} students on the October count day.`,
      (r) => `The district hired ${count(r, 30, 2500)} new teachers and still reported ${count(r, 5, 400)} vacancies.`,
      (r) => `Chronic absenteeism affected ${ratio(r)} students, the data show.`,
      (r) => `Per-pupil spending was ${money(r, 9000, 26000)} in ${year(r)}.`,
      (r) => `Reading proficiency among third graders rose to ${percent(r, 20, 70)}.`,
      (r) => `The school construction bond provides ${money(r, 5e7, 3e9)} for ${count(r, 3, 60)} buildings.`,
    ],
    quotes: [
      (r) => `Every one of our ${count(r, 20, 300)} schools now has a full-time counselor`,
      (r) => `Math scores climbed ${percent(r, 2, 15)} in a single year, and our teachers made that happen`,
    ],
    shared: [
      { subject: "teacher shortage vacancies", unit: "count", min: 30_000, max: 60_000 },
      { subject: "statewide graduation rate", unit: "percent", min: 80, max: 92 },
      { subject: "student loan debt per borrower", unit: "money", min: 25_000, max: 40_000 },
    ],
  },
];

/** Sentences without figures, so releases read like releases and not like tables. */
const FILLER = [
  "The full report, including methodology notes and county-level tables, is available on the agency's website.",
  "Officials said the figures are preliminary and may be revised when the annual audit is complete.",
  "The findings will be presented to the legislature's oversight committee next month.",
  "Community members are invited to comment on the plan at a series of public hearings.",
  "The agency noted that changes in reporting practices make some year-over-year comparisons difficult.",
  "Partners from local nonprofits, universities and neighboring jurisdictions contributed data to the review.",
  "A summary in Spanish, Vietnamese and Tagalog will be published alongside the English edition.",
  "Staff will brief council members on the results before the next regular session.",
  "The numbers come from the agency's own case management system and have not yet been independently verified.",
  "Several advocacy groups questioned whether the new counting rules flatter the results.",
  "Leaders from both parties said they would study the report before proposing changes.",
  "The office plans to publish the underlying data in a machine-readable format later this year.",
  "Residents can sign up on the website to receive the monthly update by email.",
  "A separate review of contracting practices is still under way and is expected in the spring.",
];

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The statistics several releases repeat, fixed per topic (the same in every run). */
const SHARED_VALUES = TOPICS.map((topic, t) =>
  topic.shared.map((stat, s) => {
    const random = seededRandom(mix(BENCH_SEED, 1000 * t + s));
    const value = stat.min + random() * (stat.max - stat.min);
    // Stated to three significant figures, as releases usually do.
    const magnitude = 10 ** (Math.floor(Math.log10(value)) - 2);
    return { ...stat, value: Math.round(value / magnitude) * magnitude };
  }),
);

function sharedFigure(random: Random, stat: { unit: string; value: number }): string {
  switch (stat.unit) {
    case "percent":
      return random() < 0.5 ? `${stat.value} percent` : `${stat.value}%`;
    case "money":
      if (stat.value >= 1e9) return random() < 0.7 ? `$${stat.value / 1e9} billion` : `$${grouped.format(stat.value)}`;
      if (stat.value >= 1e6) return random() < 0.7 ? `$${stat.value / 1e6} million` : `$${grouped.format(stat.value)}`;
      return `$${grouped.format(stat.value)}`;
    default:
      if (stat.value >= 1e6 && random() < 0.6) return `${stat.value / 1e6} million`;
      return grouped.format(stat.value);
  }
}

function person(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

function isoDate(random: Random): { iso: string; words: string } {
  const y = between(random, 2021, 2025);
  const m = between(random, 1, 12);
  const d = between(random, 1, 28);
  return { iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, words: `${MONTHS[m - 1]} ${d}, ${y}` };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

function originalRelease(index: number, seed: number): IncomingDocument & { title: string; url: string } {
  const random = seededRandom(mix(seed, index));
  const t = index % TOPICS.length;
  const topic = TOPICS[t];
  if (!topic) throw new Error("no topic");
  const place = pick(random, PLACES);
  const agency = pick(random, topic.agencies);
  const date = isoDate(random);
  const title = `${place.replace(/^the /, "")} ${agency} ${pick(random, topic.headlines)}`;
  const official = person(random);
  const role = pick(random, topic.roles);

  // Each release uses a sentence pattern at most once, in its own order.
  const figures = shuffled(random, topic.sentences);
  const plain = shuffled(random, FILLER);
  const nextFigure = () => (figures.pop() ?? pick(random, topic.sentences))(random, place);
  const nextPlain = () => plain.pop() ?? pick(random, FILLER);

  const paragraphs: string[] = [];
  const city = place.replace(/^the (City of )?/, "").toUpperCase();
  paragraphs.push(`${city}, ${date.words} — ${nextFigure()} ${nextPlain()}`);
  const quote = pick(random, topic.quotes)(random);
  paragraphs.push(`“${quote},” said ${official}, ${role}. “These numbers are not an end point; they tell us where to work next.”`);

  // About one release in three repeats a statistic other releases on the topic also state.
  if (random() < 0.35) {
    const stats = SHARED_VALUES[t] ?? [];
    const stat = pick(random, stats);
    const figure = sharedFigure(random, stat);
    const lead = pick(random, [
      `According to figures cited by ${official}, there were ${figure} ${stat.subject} over the period.`,
      `The report puts the ${stat.subject} at ${figure}, a number lawmakers have cited repeatedly.`,
      `Independent analysts estimate ${figure} ${stat.subject}, in line with federal data.`,
    ]);
    paragraphs.push(`${lead} ${nextPlain()}`);
  }

  let length = paragraphs.reduce((sum, p) => sum + p.length + 2, title.length);
  const about = `About the ${agency}: founded in ${between(random, 1890, 1995)}, the ${agency.replace(/^the /i, "")} serves ${count(random, 20000, 4_000_000)} residents with a staff of ${count(random, 40, 9000)}.`;
  const contact = `Media contact: ${person(random)}, press office, (555) ${between(random, 200, 999)}-${String(between(random, 0, 9999)).padStart(4, "0")}.`;
  const reserve = about.length + contact.length + 4;
  while (length + reserve < TARGET_LENGTH) {
    const sentences = [nextFigure(), nextPlain()];
    if (random() < 0.5) sentences.push(nextPlain());
    const paragraph = shuffled(random, sentences).join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs.push(about, contact);

  const domain = `${slug(agency)}.${slug(place.replace(/^the /, ""))}.example.gov`;
  return {
    title,
    publisher: `${agency}, ${place.replace(/^the /, "")}`,
    publishedAt: date.iso,
    url: `https://${domain}/news/${date.iso.slice(0, 4)}/${slug(title)}-${index}`,
    text: paragraphs.join("\n\n"),
  };
}

/**
 * Release number `index` of the corpus (0-based). Every CORRECTION_EVERY-th one (index 99, 199, …)
 * is a corrected text of the release CORRECTION_EVERY / 2 before it, at the same URL: one changed
 * figure and a correction note, so an import makes it a new version.
 */
export function benchRelease(index: number, seed = BENCH_SEED): IncomingDocument & { title: string; url: string } {
  if (index % CORRECTION_EVERY !== CORRECTION_EVERY - 1) return originalRelease(index, seed);
  const original = originalRelease(index - CORRECTION_EVERY / 2, seed);
  const random = seededRandom(mix(seed, index));
  const fixed = original.text.replace(/\d(?=[\d,.]* (?:percent|million|billion|residents))/, (digit) =>
    String((Number(digit) + 1 + Math.floor(random() * 8)) % 10),
  );
  return {
    ...original,
    text: `${fixed}\n\nCorrection: an earlier version of this release gave an incorrect figure in one paragraph. It has been updated.`,
  };
}

/** Releases [from, to) of the corpus, generated on demand. */
export function benchReleases(from: number, to: number, seed = BENCH_SEED): (IncomingDocument & { title: string; url: string })[] {
  const out: (IncomingDocument & { title: string; url: string })[] = [];
  for (let index = from; index < to; index++) out.push(benchRelease(index, seed));
  return out;
}
