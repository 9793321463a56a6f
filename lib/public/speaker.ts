/**
 * Who made a claim, as schema.org sees them: a Person ("Attorney General Lynn Fitch") or an
 * Organization — a body ("the Census Bureau", "ICE") or a group of people ("the senators",
 * "Knudsen and the attorneys general"). The extractor gives a name in the release's words, so
 * this reads those words; when nothing marks a body or a group, it is a person. Pure.
 */

export type SpeakerKind = "Person" | "Organization";

/** A title right before a personal name: "Chairman Mark Green", "Attorney General Lynn Fitch". */
const TITLED_PERSON =
  /\b(?:Chairman|Chairwoman|Chair|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Governor|Gov\.|General|Secretary|Director|President|Mayor|Commissioner|Chief|Sheriff|Dr\.|Mr\.|Ms\.|Mrs\.|Judge|Justice|Speaker|Leader|Minister|Superintendent|Administrator|Officer|Spokesperson|Spokesman|Spokeswoman)\s+[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+$/;

/** Words that name a body, a document of one, or a data source. */
const BODY =
  /\b(?:Department|Dept\.|Office|Bureau|Agency|Administration|Commission|Committee|Council|Association|Institute|University|College|School|Center|Centre|Foundation|Project|Coalition|Board|Authority|Service|Court|Ministry|Government|Police|Inc\.?|LLC|Corp\.?|Company|Clearinghouse|Survey|Census|Party|Union|Network|Alliance|Caucus|Senate|House|Congress|Legislature|Assembly|Agencies|Group|Organization|Organisation|Trust|Fund|Bank|Corporation|Society|Federation|Patrol|Guard|Customs|letter|report|study|data|statistics|figures|numbers|records|analysis|estimates|poll)\b/i;

/** Plural nouns for several people: "attorneys general", "senators", "officials". */
const GROUP =
  /\b(?:attorneys general|senators|representatives|lawmakers|legislators|officials|members|leaders|governors|mayors|states|advocates|researchers|experts|economists|analysts|officers|agents|prosecutors|sheriffs|democrats|republicans|coalition|group|team|staff|administration)\b/i;

/** The speaker without the data source they cite: "Mark Green, citing DHS numbers" → "Mark Green". */
export function speakerName(speaker: string): string {
  return speaker.replace(/,?\s+citing\b.*$/i, "").trim();
}

export function speakerKind(speaker: string): SpeakerKind {
  const name = speakerName(speaker);
  // Two or more parties ("Knudsen and the attorneys general") speak as a group.
  if (/\s(?:and|&)\s/i.test(name)) return "Organization";
  if (TITLED_PERSON.test(name)) return "Person";
  if (/^the\s/i.test(name)) return "Organization";
  if (BODY.test(name) || GROUP.test(name)) return "Organization";
  // An acronym ("ICE", "DHS", "CBP") is a body.
  if (/\b[A-Z]{2,}\b/.test(name) && !/[a-z]/.test(name.replace(/\b[A-Z]{2,}\b/g, ""))) return "Organization";
  return "Person";
}
