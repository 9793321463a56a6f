/** Word lists the claim layer reads context with. Lower-case. */

/** Month names, then their abbreviations, capitalised as written: the one list of months the engine reads. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
] as const;
export const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"] as const;

export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((m) => m.toLowerCase()));

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
  "dialing", "called", "calling", "texted", "text", "lifeline", "launch", "number", "crisis",
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
  "reports", "registered", "logged", "counted", "estimated", "numbering", "averaged", "averages", "average",
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

/* ------------------------------------------------------------------------------------------------
 * Read by the attribute rules (extract.ts): subjects, speakers, groups.
 */

/** Verbs of saying, in the forms a release uses: what attributes a quotation ("…," said X). */
export const SAYING_VERBS = new Set([
  "said", "says", "say", "wrote", "writes", "write", "stated", "states", "state", "added", "adds",
  "continued", "continues", "testified", "testifies", "noted", "notes", "explained", "explains",
  "told", "tells", "argued", "argues", "argue", "concluded", "concludes", "declared", "declares",
  "announced", "announces", "remarked", "emphasized", "emphasizes", "stressed", "warned", "warns",
  "asserted", "asserts", "claimed", "claims", "reads", "read", "insisted", "observed", "pointed",
  "reported", "reports", "commented", "acknowledged", "acknowledges", "urged", "urges", "contends",
  "contended", "maintained", "maintains", "recalled", "replied", "responded", "posted", "tweeted",
]);

/** Nouns for people: a count of them is often a share of a group the sentence goes on to describe. */
export const PEOPLE_NOUNS = new Set([
  "adults", "americans", "people", "persons", "children", "residents", "women", "men", "students", "workers", "patients", "families",
  "households", "teens", "youth", "seniors", "veterans", "voters", "parents", "individuals", "employees", "applicants", "recipients",
  "beneficiaries", "enrollees", "participants", "inmates", "detainees", "migrants", "immigrants", "noncitizens", "officers", "nurses",
  "teachers", "doctors", "physicians", "drivers", "victims", "survivors", "customers", "consumers", "taxpayers", "farmers", "respondents",
  "girls", "boys", "infants", "babies", "retirees", "borrowers", "homeowners", "renters", "tenants", "citizens", "refugees", "defendants",
]);

/** Words that end the group read leftwards from a parenthesis. */
export const GROUP_STOPS = new Set(["was", "were", "is", "are", "be", "been", "had", "has", "have", "compared", "than", "that", "which", "who", "varied", "while", "whereas", "including", "according", "said"]);

/** Words in -ed that describe a group rather than act: "selected", "insured", "married". */
export const GROUP_ADJECTIVES = new Set(["selected", "insured", "uninsured", "married", "unmarried", "employed", "unemployed", "retired", "disabled", "incarcerated", "vaccinated", "unvaccinated", "related"]);

/** Verbs of change that take an object: "cut wait times by 30 percent", "raised the wage to $15". */
export const CHANGE_VERBS = new Set(["reduce", "reduces", "reduced", "cut", "cuts", "raise", "raises", "raised", "lower", "lowers", "lowered", "increase", "increases", "increased", "boost", "boosts", "boosted", "expand", "expands", "expanded", "trim", "trims", "trimmed", "slash", "slashes", "slashed", "shrink", "shrinks", "decrease", "decreases", "decreased", "grow", "grows", "grew", "double", "doubled", "bring", "brings", "brought", "push", "pushed",
  "reducing", "cutting", "raising", "lowering", "increasing", "boosting", "expanding", "trimming", "slashing", "shrinking", "decreasing", "growing", "doubling", "bringing", "pushing"]);

/** Past forms in -ed that compare or qualify rather than act on what is counted. */
export const NOT_ACTIONS = new Set(["compared", "estimated", "projected", "expected", "based", "adjusted", "combined", "needed", "related", "listed", "totaled", "valued", "priced", "ranked", "rated"]);

/** Heads of a place after "in": "$2 million in Ohio" is not money that is Ohio. */
export const PLACE_HEADS = new Set(["state", "states", "county", "counties", "city", "cities", "district", "districts", "region", "area", "areas", "country", "nation", "town", "towns"]);

/** Irregular past participles a count can be the object of: "taken into custody", "seen", "held". */
export const PARTICIPLES = new Set(["taken", "seen", "given", "held", "kept", "brought", "sent", "paid", "built", "sold", "caught", "found", "written", "shown", "hired", "fed", "housed", "won", "lost", "spent"]);

/** Words before a unit that belong to it: "square miles", "metric tons", "cubic feet". */
export const MEASURE_MODIFIERS = new Set(["square", "cubic", "metric", "short", "long", "board", "acre", "kilowatt", "megawatt", "gigawatt", "passenger", "flight"]);

/** Units of time: "30 days" is a duration, not a unit of measure shown beside a value. */
export const TIME_UNITS = new Set(["hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"]);

/** Words in -ly that describe a noun rather than a verb: "average daily flights", "elderly residents". */
export const LY_ADJECTIVES = new Set(["daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "early", "elderly", "likely", "only", "family", "supply", "assembly", "ally", "italy"]);

/** Nouns that only count ("143,105 people"): what the clause says of them names the figure better. */
export const COUNTERS = new Set(["people", "persons", "individuals"]);

/** Nouns that say how a figure is counted, not what it counts ("a total of", "an average of"). */
export const VAGUE_HEADS = new Set(["total", "number", "sum", "amount", "average", "maximum", "minimum", "figure", "estimate", "tally", "count", "one", "some", "most", "all", "none", "peak", "high", "low", "level", "record"]);

/**
 * The verbs of saying that open a new clause after them ("the governor said violent crime fell"): a
 * subset of SAYING_VERBS without the forms that are also nouns or names ("states", "notes", "read").
 */
export const SAYING = new Set(["said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "noted", "added", "stated", "wrote", "explained", "warned", "testified"]);

/* Words the engine reads figures by (moved here from extract.ts: one lexicon). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"]]);
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"], ["dollar", "USD"], ["usd", "USD"], ["euros", "EUR"], ["euro", "EUR"], ["eur", "EUR"],
]);
export const COMPARATIVES = new Set([
  "as", "more", "higher", "larger", "greater", "bigger", "faster", "less", "lower", "smaller", "fewer", "that",
  "what", "the", "than", "over", "likelier", "likely", "worse", "better", "longer", "cheaper", "costlier",
]);
export const PERIOD_WORDS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter", "quarters"]);
/** Heads of an opening "In the … ," that narrows a sentence's figures to a part of the whole. */
export const FRAMING_HEADS = new Set(["sector", "sectors", "group", "groups", "state", "states", "county", "counties", "region", "regions", "district", "districts", "city", "cities", "category", "categories", "population", "areas", "area", "schools", "hospitals", "industry", "industries", "households", "families", "adults", "children", "women", "men", "students", "workers", "veterans"]);
/** A label that names a period: "FY2021", "2023", "March 2024", "Q3 2023". */
export const PHRASAL_UP = new Set(["make", "makes", "made", "making", "take", "takes", "took", "taking", "add", "adds", "added", "end", "ended", "sum", "sign", "signed", "set", "pick", "picked", "show", "showed"]);
export const PERIOD_LEADS = new Set([
  "in", "over", "during", "within", "throughout", "through", "the", "last", "past", "next", "previous", "prior",
  "recent", "coming", "first", "this", "that", "these", "those",
]);
export const BOUND_LAST_WORDS = new Set([...BOUND_BEFORE.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
/** Words in -ing that are prepositions, not participles: ", during the period from …". */
export const ING_PREPOSITIONS = new Set([
  "during", "including", "according", "regarding", "concerning", "following", "excluding", "considering",
  "pending", "barring", "notwithstanding", "involving", "beginning", "starting", "spanning", "totaling", "totalling",
]);
/** "22 of its 27 branches": "of" and a determiner between the parts of a ratio. */
export const RATIO_OF = new Set(["of the", "of its", "of their", "of our", "of his", "of her", "of these", "of those"]);
export const PRONOUN_OBJECTS = new Set(["them", "those", "these", "us", "it", "which", "whom"]);
/** Units a hyphenated number turns into a kind of thing: "a 10-year plan", "a five-member board". */
export const DESCRIPTOR_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "decade", "member", "person", "bed", "story"]);
export const COMPARED = new Set(["higher", "lower", "more", "less", "above", "below", "greater", "larger", "smaller", "fewer"]);
export const RELATIVE_TIME = new Set(["ago", "earlier", "later", "prior"]);
export const RANGE_JOINERS = new Set(["to", "and", "through", "-", "–", "—"]);


/** Words between an auxiliary and "to" that make the verb after "to" the clause's: "is forecast to decrease", "are expected to rise". */
export const VERB_CHAIN = new Set(["forecast", "forecasted", "expected", "projected", "estimated", "anticipated", "predicted", "likely", "unlikely", "set", "scheduled", "poised", "going", "due", "slated", "planned", "continuing", "continue", "continues", "continued", "beginning", "begin", "began", "starting", "start", "started", "seemed", "seems", "appeared", "appears", "tended", "tends"]);

/** Words before a passive or adverbial participle ("were reported by", "ever reported") that show it is no reported speech. */
export const NOT_SPEECH_BEFORE = new Set(["was", "were", "is", "are", "be", "been", "being", "ever", "previously", "first", "newly", "already", "never", "not", "commonly", "widely", "most", "least", "recently", "publicly", "officially", "self"]);

/** Words that may stand between "to" and a level: "rose to a record $456.4 billion". */
export const LEVEL_WORDS = new Set(["a", "an", "record", "new", "all-time", "historic"]);

/** Words between a figure and the noun it counts: "1,800 more controllers", "500 additional officers". */
export const COUNT_MODIFIERS = new Set(["more", "fewer", "additional", "extra", "less"]);

/** Adverbs inside a verb group: "was little changed", "is largely unchanged". */
export const VERB_ADVERBS = new Set(["little", "largely", "essentially", "virtually", "mostly", "relatively", "roughly", "nearly", "about", "basically", "generally", "slightly", "sharply", "steadily"]);

/**
 * Present-tense verbs that follow the group a share or count measures ("78 percent of adults say …",
 * "3 in 10 households lack access", "the general fund goes to …"): the tagger confirms each use.
 */
export const PRESENT_VERBS = new Set([
  "say", "says", "report", "reports", "lack", "lacks", "have", "has", "remain", "remains", "go", "goes", "live", "lives",
  "use", "uses", "need", "needs", "receive", "receives", "work", "works", "believe", "believes", "support", "supports",
  "face", "faces", "experience", "experiences", "get", "gets", "make", "makes", "take", "takes", "own", "owns", "pay", "pays",
  "spend", "spends", "come", "comes", "account", "accounts", "agree", "agrees", "want", "wants", "feel", "feels", "think",
  "thinks", "know", "knows", "do", "does", "see", "sees", "rely", "relies", "depend", "depends", "struggle", "struggles",
  "earn", "earns", "hold", "holds", "attend", "attends", "drink", "drinks", "smoke", "smokes", "qualify", "qualifies",
  "meet", "meets", "fall", "falls", "rise", "rises", "reach", "reaches", "exceed", "exceeds", "die", "dies", "fly", "flies",
  "visit", "visits", "vote", "votes", "expect", "expects", "plan", "plans", "favor", "favors", "oppose", "opposes",
]);
