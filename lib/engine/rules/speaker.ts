/**
 * Who says a figure: the speaker rules. A table cell has no speaker (a table reports data). A figure
 * in a sentence takes, in order, the records below: the person quoted, the source the sentence cites,
 * reported speech, the source an earlier sentence of the paragraph named. Two rules look past the
 * sentence and run from the walk over the paragraphs (extract.ts): the next sentence saying where the
 * finding comes from, and a quotation attributed in the next paragraph. What the paragraph inherits
 * from the document (a list's lead-in, a statement by one person) comes last (layout.ts).
 */
import type { Candidate } from "../candidates";
import { NOT_SPEECH_BEFORE } from "../lexicon";
import type { TableCell } from "../layout";
import { quoteAt } from "../quotes";
import type { Sentence } from "../sentence";
import type { AttributeRule } from "./attributes";

export interface SpeakerRule extends AttributeRule {
  /** The speaker, or undefined when the rule does not apply. Rules past the sentence have none here. */
  read?(s: Sentence, c: Candidate): string | undefined;
}

const speakerRule = (name: string, why: string, examples: AttributeRule["examples"], read?: SpeakerRule["read"]): SpeakerRule => ({
  name: `speaker: ${name}`,
  attribute: "speaker",
  why,
  examples,
  ...(read ? { read } : {}),
});

/** The source the sentence cites ("according to …"), read once per sentence. */
function sentenceSource(s: Sentence): string | undefined {
  if (s.source === null) s.source = citedSource(s.text.slice(s.sentence.start, s.sentence.end));
  return s.source;
}

export const SPEAKER_RULES: readonly SpeakerRule[] = [
  speakerRule(
    "the person quoted",
    'A quotation\'s speaker, from "…," said X or X said, "…".',
    [{ text: "“We added 212,000 jobs in May,” said Labor Secretary Dana Holt.", figure: "212,000", expect: "Dana Holt" }],
    (s, c) => {
      const quote = quoteAt(s.quotes, c.start);
      if (!quote?.speaker) return undefined;
      const source = sentenceSource(s);
      return source && !quote.speaker.toLowerCase().includes(source.toLowerCase()) ? `${quote.speaker}, citing ${source}` : quote.speaker;
    },
  ),
  speakerRule(
    "the source the sentence cites",
    '"according to …", "in our Annual Energy Outlook", "data from … show".',
    [
      {
        text: "About one in five children lives in poverty, according to the Census Bureau.",
        figure: "one in five",
        expect: "Census Bureau",
      },
    ],
    (s) => {
      const source = sentenceSource(s);
      // The source goes on speaking in the paragraph's later sentences.
      if (source) s.namedSource = source;
      return source;
    },
  ),
  speakerRule(
    "reported speech (X said)",
    '"…, the department estimated.", "The health department said 640 residents died".',
    [{ text: "Farm income fell 16 percent in 2023, the department estimated.", figure: "16 percent", expect: "the department" }],
    (s, c) => {
      // Inside a quotation, only the quotation's speaker speaks.
      if (quoteAt(s.quotes, c.start)) return undefined;
      if (s.reported === null) s.reported = withoutDay(reportedSpeaker(s.text.slice(s.sentence.start, s.sentence.end)));
      if (s.reported) s.namedSource = s.reported;
      return s.reported;
    },
  ),
  speakerRule(
    "the source named earlier in the paragraph",
    "A source goes on speaking in the paragraph's later sentences.",
    [
      {
        text: "The audit found that 14 percent of claims were paid late. Similarly, 9 percent were paid twice.",
        figure: "9 percent",
        expect: "audit",
      },
    ],
    (s) => s.paragraphSource,
  ),
];

/** Past the sentence: "This finding comes from a new study from the CDC" attributes the sentence before it (extract.ts). */
export const FINDING_IN_NEXT_SENTENCE = speakerRule(
  "the next sentence says where the finding comes from",
  '"This finding comes from a new study from the CDC".',
  [
    {
      text: "About 2.1 million adults skipped a dose. This finding comes from a new survey by the Census Bureau published today.",
      figure: "2.1 million",
      expect: "Census Bureau",
    },
  ],
);
/** Past the paragraph: a quotation left open at a paragraph's end goes on in the next, which may name its speaker (extract.ts). */
export const QUOTATION_ATTRIBUTED_LATER = speakerRule(
  "a quotation that runs on into the next paragraph, attributed there",
  "A quotation left open at a paragraph's end goes on in the next, which may name its speaker.",
  [
    {
      text: "“We have hired 1,200 new officers this year.\n\n“We will keep going,” said Police Chief Ana Ruiz.",
      figure: "1,200",
      expect: "Ana Ruiz",
    },
  ],
);

/** The speaker of a figure from its sentence and paragraph, and the rule that gave it. */
export function readSpeaker(s: Sentence, c: Candidate, cell: TableCell | undefined): { speaker?: string; rule?: string } {
  // A table reports data: nobody says its cells.
  if (cell) return {};
  for (const r of SPEAKER_RULES) {
    const speaker = r.read!(s, c);
    if (speaker) return { speaker, rule: r.name };
  }
  const { speaker, speakerRule: rule } = s.shape.inherited;
  return speaker ? { speaker, rule } : {};
}

/** A data source the sentence cites: "according to data collected by …", "DHS numbers indicate". */
function citedSource(sentence: string): string | undefined {
  // A period inside an abbreviation ("U.S. Customs", "Dept. of Health") does not end the source.
  const according = /\baccording to\s+((?:[^,.;:“”"(]|\.(?=[A-Za-z])|(?<=\b[A-Z][a-z]{0,3})\.(?=\s+[A-Z]))+)/i.exec(sentence);
  if (according) return trimSource(according[1]!);
  // "Per the agency's latest report, …": a source named by what it is.
  const per =
    /\b[Pp]er\s+((?:the\s+)?(?:[\w’'.&-]+\s+){0,5}?(?:report|data|figures|statistics|survey|study|analysis|estimates|numbers|records|census)\b)/.exec(
      sentence,
    );
  if (per) return trimSource(per[1]!);
  // "in our Annual Energy Outlook 2023", "in the agency's National Crime Victimization Survey".
  const within =
    /\bin\s+(?:our|the|its|their|this|[A-Z][\w.&-]*[’']s?)\s+((?:[A-Z][\w’'-]*\s+){0,6}(?:Outlook|Report|Survey|Review|Study|Analysis|Assessment|Projections?|Estimates|Census|Index|Bulletin|Brief)(?:\s+(?:19|20)\d{2})?)\b/.exec(
      sentence,
    );
  if (within) return trimSource(within[1]!);
  // The two patterns below try every capitalised word; first ask whether their verb is there at all.
  if (!/\s(?:show|indicat|found|finds|suggest|reveal)/i.test(sentence)) return citing(sentence);
  const shows =
    /((?:[A-Z][\w’'.&-]*\s+){1,6}(?:data|numbers|figures|statistics|reports?|estimates|records|analysis|survey|study|census))\s+(?:show|shows|showed|indicate|indicates|indicated|found|finds|suggest|suggests|reveal|reveals|revealed)\b/.exec(
      sentence,
    );
  if (shows) return trimSource(shows[1]!);
  const from =
    /\b((?:data|figures|statistics|numbers|records|estimates)\s+from\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z&][\w’'.&-]*){0,7})\s+(?:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals|revealed|found)\b/i.exec(
      sentence,
    );
  if (from) return trimSource(from[1]!);
  const reports =
    /\b((?:recent\s+|new\s+)?(?:reports?|data|figures|statistics|estimates))\s+(?:show|shows|indicate|indicates|suggest|suggests)\b/i.exec(
      sentence,
    );
  if (reports) return trimSource(reports[1]!);
  return citing(sentence);
}

/**
 * A sentence that says where the sentence before it comes from: "This finding comes from a new study
 * from the Centers for Disease Control and Prevention (CDC) published in …".
 */
export function findingSource(sentence: string): string | undefined {
  if (!/\b(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\b/.test(sentence)) return undefined;
  const m =
    /^(?:This|These|The|Those|Both)\s+(?:new\s+)?(?:finding|findings|figure|figures|data|numbers|estimates|statistics|results?|rates?)\s+(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\s+((?:[^,.;(]|\([^)]*\)|\.(?=[A-Za-z]))+?)(?:\s+(?:published|released|issued|conducted|posted)\b|[,;]|\.?$)/.exec(
      sentence,
    );
  return m ? trimSource(m[1]!) : undefined;
}

/** "…, citing federal data": the source named after "citing". */
function citing(sentence: string): string | undefined {
  const m =
    /\bciting\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:[A-Z][\w’'.&-]*|data|figures|statistics|numbers|reports?|estimates)[^,.;:“”"(]{0,120})/.exec(
      sentence,
    );
  if (m) return trimSource(m[1]!);
  return undefined;
}

/** A speaker without the day it spoke: "The Justice Department today" is "The Justice Department". */
function withoutDay(s: string | undefined): string | undefined {
  return s?.replace(/\s+(?:today|yesterday|on\s+\w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week)$/i, "");
}

function trimSource(s: string): string | undefined {
  const t = s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|a|an)\s+(?=\S)/i, (m) => m);
  return t.length >= 3 ? t : undefined;
}

/**
 * Reported speech outside quotation marks: "…, officials said Tuesday.", "ICE said that …",
 * "The health department said 640 residents died", "Chief Ruiz told reporters 27 officers …".
 */
function reportedSpeaker(sentence: string): string | undefined {
  // Both patterns need a verb of saying; most sentences have none, and the patterns try every comma and word.
  if (!/\s(?:said|says|reported|estimated|estimates|announced|found|told)/.test(sentence)) return undefined;
  // After the figures: the verb may be followed by a few words of when and where ("said Tuesday at 10 a.m.").
  const tail =
    /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,7}?)\s+(?:said|says|reported|estimated|estimates|announced|found)(?:\s+[\w’'.:-]+){0,5}?\s*\.?\s*$/.exec(
      sentence,
    );
  if (tail && !passive(tail[1]!)) return tail[1];
  // Set off by commas mid-sentence: "Income rose to $74,580, the Census Bureau reported, while …".
  const aside =
    /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,5}?)\s+(?:said|says|reported|reports|announced|estimated|estimates|found)\s*,/.exec(
      sentence,
    );
  if (aside && !passive(aside[1]!)) return aside[1];
  // Before them: a capitalised noun phrase opening the sentence (not a prepositional phrase or a number).
  const head =
    /^(?!(?:In|On|At|By|For|From|Since|During|After|Before|Over|Of|As|If|When|While|Although|But|And|This|That|It|There)\b)([A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,7}?)(?<!\s(?:an?|the|is|are|was|were|be|to))\s+(?:said|says|reported|announced|estimated|estimates|found|told\s+(?:the\s+)?[a-z]+)\b/.exec(
      sentence,
    );
  // Not an article alone ("An estimated …"), and not the figure itself ("Sixty-two percent of parents surveyed said").
  if (
    head &&
    !/^(?:a|an|the)$/i.test(head[1]!) &&
    !/\d|percent|per cent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|thirds?|quarters?|fifths?|tenths?|majority|most|all)\b/i.test(
      head[1]!,
    )
  )
    return head[1];
  return undefined;
}

/** "113 measles cases were reported", "the highest rate ever reported": a participle, not someone speaking. */
function passive(speaker: string): boolean {
  return NOT_SPEECH_BEFORE.has(speaker.slice(speaker.lastIndexOf(" ") + 1).toLowerCase());
}
