/** Who says a figure. */
import type { Candidate } from "../candidates";
import { quoteAt } from "../quotes";
import type { Sentence } from "../sentence";

export function speakerOf(s: Sentence, c: Candidate): string | undefined {
  const body = s.text.slice(s.sentence.start, s.sentence.end);
  if (s.source === null) s.source = citedSource(body);
  const source = s.source;
  const quote = quoteAt(s.quotes, c.start);
  if (quote?.speaker) {
    s.speakerRule = "speaker: the person quoted";
    return source && !quote.speaker.toLowerCase().includes(source.toLowerCase()) ? `${quote.speaker}, citing ${source}` : quote.speaker;
  }
  s.speakerRule = "speaker: the source the sentence cites";
  if (source) {
    s.namedSource = source;
    return source;
  }
  if (!quote) {
    if (s.reported === null) s.reported = withoutDay(reportedSpeaker(body));
    s.speakerRule = "speaker: reported speech (X said)";
    if (s.reported) s.namedSource = s.reported;
    return s.reported;
  }
  return undefined;
}


/** A data source the sentence cites: "according to data collected by …", "DHS numbers indicate". */
export function citedSource(sentence: string): string | undefined {
  // A period inside an abbreviation ("U.S. Customs", "Dept. of Health") does not end the source.
  const according = /\baccording to\s+((?:[^,.;:“”"(]|\.(?=[A-Za-z])|(?<=\b[A-Z][a-z]{0,3})\.(?=\s+[A-Z]))+)/i.exec(sentence);
  if (according) return trimSource(according[1]!);
  // "Per the agency's latest report, …": a source named by what it is.
  const per = /\b[Pp]er\s+((?:the\s+)?(?:[\w’'.&-]+\s+){0,5}?(?:report|data|figures|statistics|survey|study|analysis|estimates|numbers|records|census)\b)/.exec(sentence);
  if (per) return trimSource(per[1]!);
  // "in our Annual Energy Outlook 2023", "in the agency's National Crime Victimization Survey".
  const within = /\bin\s+(?:our|the|its|their|this|[A-Z][\w.&-]*[’']s?)\s+((?:[A-Z][\w’'-]*\s+){0,6}(?:Outlook|Report|Survey|Review|Study|Analysis|Assessment|Projections?|Estimates|Census|Index|Bulletin|Brief)(?:\s+(?:19|20)\d{2})?)\b/.exec(sentence);
  if (within) return trimSource(within[1]!);
  // The two patterns below try every capitalised word; first ask whether their verb is there at all.
  if (!/\s(?:show|indicat|found|finds|suggest|reveal)/i.test(sentence)) return citing(sentence);
  const shows = /((?:[A-Z][\w’'.&-]*\s+){1,6}(?:data|numbers|figures|statistics|reports?|estimates|records|analysis|survey|study|census))\s+(?:show|shows|showed|indicate|indicates|indicated|found|finds|suggest|suggests|reveal|reveals|revealed)\b/.exec(sentence);
  if (shows) return trimSource(shows[1]!);
  const from = /\b((?:data|figures|statistics|numbers|records|estimates)\s+from\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z&][\w’'.&-]*){0,7})\s+(?:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals|revealed|found)\b/i.exec(sentence);
  if (from) return trimSource(from[1]!);
  const reports = /\b((?:recent\s+|new\s+)?(?:reports?|data|figures|statistics|estimates))\s+(?:show|shows|indicate|indicates|suggest|suggests)\b/i.exec(sentence);
  if (reports) return trimSource(reports[1]!);
  return citing(sentence);
}

/**
 * A sentence that says where the sentence before it comes from: "This finding comes from a new study
 * from the Centers for Disease Control and Prevention (CDC) published in …".
 */
export function findingSource(sentence: string): string | undefined {
  if (!/\b(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\b/.test(sentence)) return undefined;
  const m = /^(?:This|These|The|Those|Both)\s+(?:new\s+)?(?:finding|findings|figure|figures|data|numbers|estimates|statistics|results?|rates?)\s+(?:comes?|came|are|is|were|was)\s+(?:from|based\s+on)\s+((?:[^,.;(]|\([^)]*\)|\.(?=[A-Za-z]))+?)(?:\s+(?:published|released|issued|conducted|posted)\b|[,;]|\.?$)/.exec(sentence);
  return m ? trimSource(m[1]!) : undefined;
}

/** "…, citing federal data": the source named after "citing". */
function citing(sentence: string): string | undefined {
  const m = /\bciting\s+((?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:[A-Z][\w’'.&-]*|data|figures|statistics|numbers|reports?|estimates)[^,.;:“”"(]{0,120})/.exec(sentence);
  if (m) return trimSource(m[1]!);
  return undefined;
}

/** A speaker without the day it spoke: "The Justice Department today" is "The Justice Department". */
export function withoutDay(s: string | undefined): string | undefined {
  return s?.replace(/\s+(?:today|yesterday|on\s+\w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week)$/i, "");
}

function trimSource(s: string): string | undefined {
  const t = s.replace(/\s+/g, " ").trim().replace(/^(the|a|an)\s+(?=\S)/i, (m) => m);
  return t.length >= 3 ? t : undefined;
}

/**
 * Reported speech outside quotation marks: "…, officials said Tuesday.", "ICE said that …",
 * "The health department said 640 residents died", "Chief Ruiz told reporters 27 officers …".
 */
export function reportedSpeaker(sentence: string): string | undefined {
  // Both patterns need a verb of saying; most sentences have none, and the patterns try every comma and word.
  if (!/\s(?:said|says|reported|estimated|estimates|announced|found|told)/.test(sentence)) return undefined;
  // After the figures: the verb may be followed by a few words of when and where ("said Tuesday at 10 a.m.").
  const tail = /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,7}?)\s+(?:said|says|reported|estimated|estimates|announced|found)(?:\s+[\w’'.:-]+){0,5}?\s*\.?\s*$/.exec(sentence);
  if (tail) return tail[1];
  // Set off by commas mid-sentence: "Income rose to $74,580, the Census Bureau reported, while …".
  const aside = /,\s*((?:[A-Z][\w’'.-]*|the|an?|[a-z]+s|police)(?:\s+[\w’'.-]+){0,5}?)\s+(?:said|says|reported|reports|announced|estimated|estimates|found)\s*,/.exec(sentence);
  if (aside) return aside[1];
  // Before them: a capitalised noun phrase opening the sentence (not a prepositional phrase or a number).
  const head = /^(?!(?:In|On|At|By|For|From|Since|During|After|Before|Over|Of|As|If|When|While|Although|But|And|This|That|It|There)\b)([A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,7}?)(?<!\s(?:an?|the|is|are|was|were|be|to))\s+(?:said|says|reported|announced|estimated|estimates|found|told\s+(?:the\s+)?[a-z]+)\b/.exec(sentence);
  // Not an article alone ("An estimated …"), and not the figure itself ("Sixty-two percent of parents surveyed said").
  if (head && !/^(?:a|an|the)$/i.test(head[1]!) && !/\d|percent|per cent|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|thirds?|quarters?|fifths?|tenths?|majority|most|all)\b/i.test(head[1]!)) return head[1];
  return undefined;
}

