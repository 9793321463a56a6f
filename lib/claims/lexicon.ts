/** Word lists the claim layer reads context with. Lower-case. */

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Words after which a number names something rather than counts it ("Section 3", "Title 42"). */
export const IDENTIFIER_WORDS = new Set([
  "section", "sec", "title", "article", "art", "chapter", "ch", "part", "rule", "amendment", "proposition",
  "prop", "measure", "bill", "no", "nos", "number", "phase", "step", "stage", "level", "district", "precinct",
  "route", "highway", "interstate", "hwy", "room", "suite", "unit", "apt", "box", "page", "pages", "pp", "vol",
  "volume", "issue", "item", "exhibit", "docket", "case", "order", "resolution", "law", "code", "form", "model",
  "version", "flight", "ward", "region", "zone", "tier", "category", "schedule", "appendix", "figure", "fig",
  "table", "line", "paragraph", "para", "subsection", "clause", "station", "sector", "lot", "gate", "terminal",
  "exit", "channel", "grade", "class", "week", "day", "game", "round", "season", "ordinance", "statute",
  "regulation", "act", "cfr", "usc", "u.s.c", "s", "h.r", "hr", "h.res", "s.res", "sb", "hb", "ab", "lb",
  "h.b", "s.b", "a.b", "l.b", "h.f", "s.f", "h.j.res", "s.j.res", "h.con.res", "s.con.res", "h.f.a", "s.r",
  "covid", "sars", "mk", "opcode", "ext", "extension", "floor", "lane", "pier", "dock", "berth",
]);

/** Words after which a year-shaped number is a year ("in 2020", "fiscal year 2023"). */
/** Plural nouns a year names the edition of: "the Census Bureau's 2024 estimates", "2023 figures". */
export const YEAR_EDITIONS = new Set([
  "estimates", "data", "figures", "numbers", "statistics", "reports", "results", "projections", "forecasts",
  "rates", "levels", "totals", "elections", "guidelines", "rules", "regulations", "standards", "records", "rankings",
]);

/** Words that make the street of an address: "500 12th Street SW", "1600 Pennsylvania Ave." */
export const STREET_WORDS = new Set([
  "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way", "place",
  "pl", "parkway", "pkwy", "highway", "hwy", "court", "ct", "plaza", "square", "terrace", "circle",
]);

/** Service numbers that are names, not figures, before these words: "the 911 call center", "dial 988". */
export const SERVICE_NUMBERS = new Set([211, 311, 411, 511, 811, 911, 988]);
export const SERVICE_NUMBER_NEIGHBOURS = new Set([
  "call", "calls", "caller", "callers", "center", "centers", "centre", "dispatch", "dispatcher", "dispatchers",
  "operator", "operators", "system", "line", "lines", "hotline", "service", "services", "emergency", "dial", "dialed",
  "dialing", "called", "calling", "texted", "text",
]);

export const YEAR_LEADS = new Set([
  "in", "since", "from", "to", "until", "till", "by", "of", "during", "through", "throughout", "before", "after",
  "between", "and", "year", "fy", "fiscal", "circa", "early", "late", "mid", "spring", "summer", "fall",
  "autumn", "winter", "the", "for", "on", "as", "than", "or", "calendar", "school", "class", "cycle", "election",
  "budget", "thru", "vs", "versus", "over",
]);

/** Nouns that make a number a measurement rather than a count of things. */
export const MEASURE_UNITS = new Set([
  "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter", "meters", "metre",
  "metres", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares",
  "pound", "pounds", "lbs", "lb", "ounce", "ounces", "oz", "kilogram", "kilograms", "kg", "kilo", "kilos",
  "gram", "grams", "ton", "tons", "tonnes", "tonne", "gallon", "gallons", "liter", "liters", "litre", "litres",
  "barrel", "barrels", "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week",
  "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "degree",
  "degrees", "square", "cubic", "mph", "megawatts", "megawatt", "kilowatt", "kilowatts", "watts", "mbps",
  "gigabytes", "terabytes", "points", "point",
]);

/** Verbs of change: the number after them is the size of a change. */
export const INCREASE_WORDS = new Set([
  "increased", "increase", "increases", "increasing", "rose", "rise", "rises", "rising", "risen", "grew",
  "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "soared",
  "soar", "soars", "surged", "surge", "surges", "spiked", "spike", "spikes", "up", "gained", "gain", "gains",
  "expanded", "swelled", "ballooned", "skyrocketed", "rocketed", "boosted", "raised", "raise", "hike",
  "hiked", "hikes", "growth", "upswing", "uptick", "higher", "more",
]);

export const DECREASE_WORDS = new Set([
  "decreased", "decrease", "decreases", "decreasing", "fell", "fall", "falls", "falling", "fallen", "dropped",
  "drop", "drops", "dropping", "declined", "decline", "declines", "declining", "plunged", "plunge",
  "plummeted", "plummet", "shrank", "shrink", "shrunk", "down", "cut", "cuts", "reduced", "reduce",
  "reduction", "reductions", "lowered", "slid", "slipped", "dipped", "dip", "sank", "tumbled", "slashed",
  "lost", "lose", "loss", "losses", "lower", "less", "fewer", "downturn", "eased",
]);

/** Lead words that qualify a figure, keyed by the words before the number (joined by a space). */
export const BOUND_BEFORE: ReadonlyMap<string, "lower" | "upper" | "approximate"> = new Map([
  ["more than", "lower"], ["over", "lower"], ["well over", "lower"], ["at least", "lower"], ["upwards of", "lower"],
  ["in excess of", "lower"], ["north of", "lower"], ["greater than", "lower"], ["higher than", "lower"],
  ["surpassed", "lower"], ["exceeded", "lower"], ["topped", "lower"], ["exceeding", "lower"], ["surpassing", "lower"],
  ["a minimum of", "lower"], ["no fewer than", "lower"], ["no less than", "lower"], ["above", "lower"],
  ["beyond", "lower"], ["nearly", "upper"], ["almost", "upper"], ["up to", "upper"], ["less than", "upper"],
  ["fewer than", "upper"], ["under", "upper"], ["as many as", "upper"], ["as much as", "upper"],
  ["no more than", "upper"], ["at most", "upper"], ["just under", "upper"], ["shy of", "upper"], ["below", "upper"],
  ["a maximum of", "upper"], ["close to", "upper"], ["just shy of", "upper"], ["approaching", "upper"],
  ["about", "approximate"], ["around", "approximate"], ["roughly", "approximate"], ["approximately", "approximate"],
  ["some", "approximate"], ["an estimated", "approximate"], ["estimated", "approximate"], ["approx", "approximate"],
  ["circa", "approximate"], ["on the order of", "approximate"], ["an average of", "approximate"],
  ["on average", "approximate"], ["averaged", "approximate"], ["averaging", "approximate"], ["nearly", "upper"],
]);

/** Words that end a noun phrase when reading a subject. */
export const NP_STOP = new Set([
  "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should",
  "may", "might", "must", "can", "do", "does", "did", "he", "she", "they", "we", "it", "i", "you", "who",
  "which", "that", "whom", "whose", "this", "these", "those", "in", "on", "at", "by", "from", "to", "into",
  "over", "under", "since", "during", "for", "with", "of", "about", "after", "before", "between", "through",
  "per", "than", "as", "while", "across", "within", "without", "against", "among", "and", "or", "but", "so",
  "yet", "nor", "also", "not", "now", "only", "just", "still", "even", "already", "very", "nearly", "when",
  "where", "because", "if", "then", "there", "here", "said", "says", "according", "including", "each",
  "every", "last", "next", "ago", "alone", "total", "annually", "respectively", "compared", "up", "down",
  "out", "off", "away", "back", "more", "less", "fewer", "higher", "lower", "percent", "percentage", "versus", "vs",
]);

/** Words that may open a noun phrase after a preposition; skipped when reading the phrase. */
export const DETERMINERS = new Set([
  "the", "a", "an", "all", "those", "these", "its", "their", "his", "her", "our", "your", "my", "this",
  "that", "such", "some", "any", "each", "every", "both", "total",
]);

/** Auxiliaries trimmed from the end of a subject ("Deportations have" -> "Deportations"). */
export const AUXILIARIES = new Set([
  "have", "has", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should",
  "may", "might", "must", "can", "do", "does", "did", "also", "now", "reportedly", "already", "just", "not",
]);

/** Verbs a figure commonly stands after as object: the subject is then read before the verb. */
export const OBJECT_VERBS = new Set([
  "reached", "reach", "reaches", "totaled", "totalled", "total", "totals", "numbered", "hit", "hits",
  "topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses", "stood", "stands", "amounted",
  "accounted", "represented", "represents", "made", "makes", "comprised", "comprises", "equaled",
  "equals", "was", "were", "is", "are", "be", "been", "became", "becomes", "remained", "remains", "cost",
  "costs", "received", "receives", "spent", "spends", "saw", "sees", "recorded", "records", "reported",
  "reports", "registered", "logged", "counted", "estimated", "numbering",
]);

/** Words around a figure that mark it as worth checking. */
export const SALIENCE_WORDS = new Set([
  "record", "highest", "lowest", "most", "least", "worst", "best", "largest", "smallest", "biggest",
  "unprecedented", "astounding", "staggering", "alarming", "historic", "surge", "crisis", "doubled",
  "tripled", "skyrocketed", "plummeted", "only", "nearly", "every", "all", "never", "ever", "first",
]);

/** Irregular past-tense verbs: after a noun they end the phrase ("300 nurses quit", "1.8 million people lost"). */
export const IRREGULAR_PAST = new Set([
  "quit", "lost", "rose", "fell", "grew", "shrank", "sank", "slid", "fled", "left", "went", "came", "became",
  "paid", "spent", "saw", "took", "made", "got", "won", "kept", "held", "met", "sought", "brought", "bought",
  "fought", "caught", "taught", "thought", "told", "said", "sold", "built", "sent", "gave", "ran", "began",
  "stood", "broke", "drove", "flew", "hid", "led", "struck", "swore", "wrote", "chose", "froze", "stole",
]);

/** Words ending in -ing that are nouns or noun modifiers, not verbs ("housing units", "funding gap"). */
export const ING_NOUNS = new Set([
  "housing", "funding", "spending", "training", "nursing", "trafficking", "smuggling", "policing", "sentencing",
  "screening", "testing", "lending", "parking", "boarding", "staffing", "counseling", "tutoring", "reading",
  "writing", "manufacturing", "processing", "planning", "building", "learning", "teaching", "marketing",
  "shipping", "clothing", "drinking", "smoking", "vaping", "gambling", "mining", "farming", "fishing", "lodging",
  "offending", "prescribing", "schooling", "borrowing", "banking", "accounting", "engineering", "recycling",
  "sheltering", "wellbeing", "childbearing", "sibling", "ceiling", "pudding", "evening", "morning", "string",
  "spring", "thing", "king", "wing", "ring", "swing", "sling", "shooting", "stabbing", "killing", "bombing",
  "rating", "ranking", "ruling", "hearing", "meeting", "filing", "opening", "closing", "listing", "warning",
  "beginning", "ending", "crossing", "dwelling", "bedding", "heating", "cooling", "plumbing", "wiring",
]);
