/** What a figure measures. */
import { AUXILIARIES, BOUND_BEFORE, BOUND_LAST_WORDS, CHANGE_VERBS, COUNTERS, DECREASE_WORDS, DETERMINERS, INCREASE_WORDS, MEASURE_UNITS, NOT_ACTIONS, NP_STOP, OBJECT_VERBS, PARTICIPLES, PEOPLE_NOUNS, PLACE_HEADS, PRONOUN_OBJECTS, SAYING, VAGUE_HEADS } from "../lexicon";
import { single, type Candidate } from "../candidates";
import { SCALE_WORDS } from "../number-words";
import { lastIndexBefore, type Sentence } from "../sentence";

const PERIOD_LABEL = /^(?:(?:FY|CY|SY|Q[1-4]|H[12])\s*'?\d{2,4}|(?:19|20)\d{2}(?:[–-]\d{2,4})?|[A-Z][a-z]+\.?\s+(?:19|20)\d{2})$/;

export function because(s: Sentence, rule: string, subject: string): string {
  s.subjectRule = rule;
  return subject;
}

export function subjectOf(s: Sentence, c: Candidate): string {
  // "52 violent victimizations per 1,000 persons": the rate's noun, its base and what the base counts.
  if (c.rateNoun) {
    const rate = c.rateOf ?? c;
    const base = s.nounPhrase(rate.lastToken, 3, false);
    const per = s.slice(c.rateNoun.start, rate.end);
    return because(s, "subject: a rate with its noun inside", base ? `${per} ${s.slice(base.start, base.end)}` : per);
  }
  // "10,000,000+ scheduled passenger flights": the plus is the figure's bound, not a stop.
  if (s.punct(c.lastToken, "+*") && s.glued(c.lastToken)) c = { ...c, lastToken: c.lastToken + 1 };
  // "2.3 million in March, compared with 1.9 million a year earlier": the same thing, another time or group.
  const compared = comparedWith(s, c);
  if (compared) return because(s, "subject: a figure compared with the one before it", compared);
  const opened = s.openingParenthesis(c);
  // "Inactivity was higher for women (29.4 percent)": a figure in parentheses measures the group before them.
  if (opened >= 0) {
    const group = s.groupBefore(opened);
    if (group) return because(s, "subject: the group before a figure in parentheses", group);
  }
  // "decreased by 13 percent for prekindergarten and kindergarten", "25.4 percent for adults 50-64 years".
  const forWhom = forGroup(s, c);
  if (forWhom) return because(s, "subject: the group a figure is for (13 percent for kindergarten)", forWhom);
  // "Of the state's 852 school districts, 612 will receive more funding": the part of the group the verb describes.
  if (c.unit === "count" && s.tokens[s.next(c.lastToken)]?.kind === "word") {
    const group = s.openingGroup();
    const verb = s.next(c.lastToken);
    const counted = s.quantities[0] !== undefined && s.quantities[0].start < c.start;
    const pronoun = ["those", "these", "them", "which"].includes(s.word(s.next(s.next(0) + 1)));
    if (group && (counted || pronoun) && (AUXILIARIES.has(s.word(verb)) || s.finiteVerb(verb))) {
      const rest = s.clauseRest(verb, 8);
      if (rest) return because(s, "subject: the part of the group the sentence opens with", `${group} ${PEOPLE_NOUNS.has(s.word(s.prev(s.next(c.lastToken)))) ? "who" : "that"} ${rest}`);
    }
  }
  // "9 percent were rapes or other sexual assaults": the share is what it is said to be.
  const predicate = shareIsWhat(s, c);
  if (predicate) return because(s, "subject: what a share is said to be (9 percent were robberies)", predicate);
  // "Naloxone distribution doubled": the figure is the verb, and its subject says what changed.
  if (c.q.multiple && s.word(c.firstToken).endsWith("ed")) return because(s, "subject: what the verb of a multiple says changed (doubled)", s.clauseBefore(c.firstToken, false, c) ?? "");
  let after = s.next(c.lastToken);
  // "77.5 percent of trafficking victims", "a third of the budget", "4 of 5 states".
  if (s.word(after) === "of" && (c.unit === "percent" || c.unit === "ratio" || c.value === null)) {
    // "nearly a third of them": the pronoun stands for what the figure before it counted.
    const pronoun = s.next(after + 1);
    // "71.5 percent of whom are from Mexico": the antecedent, and what the relative clause says of it.
    if ((s.word(pronoun) === "whom" || s.word(pronoun) === "which") && s.spokenOf) {
      const rest = s.clauseRest(pronoun + 1, 8);
      return because(s, "subject: a share of the antecedent, with its relative clause", rest ? `${s.spokenOf} who ${rest}` : s.spokenOf);
    }
    if (PRONOUN_OBJECTS.has(s.word(pronoun)) && s.spokenOf) {
      // "Nearly a third of them were outdoor workers": the part of them the sentence describes.
      // Only what the sentence says of them: "of those charged have prior convictions" → "who have prior convictions".
      const described = s.groupPredicate(pronoun + 1)?.replace(/^.*?\b(?:who|that)\s/, "who ");
      return because(s, "subject: a pronoun after 'of' stands for the last subject", described ? `${s.spokenOf} ${described}` : s.spokenOf);
    }
    const np = s.nounPhrase(after + 1, 8, true) ?? s.nounPhraseAfterFigure(after + 1);
    if (np) {
      const described = s.stoppedAtVerb || s.word(np.endToken) === "aged" || s.tokens[np.endToken]?.kind === "word" ? s.groupPredicate(np.endToken) : undefined;
      if (described) return because(s, "subject: the part of a group the sentence describes", `${s.slice(np.start, np.end)} ${described}`);
      return because(s, "subject: the noun phrase after 'of' (77.5 percent of victims)", s.withPhrase(np));
    }
  }
  // "a 10 percent increase in arrests": the thing that changed.
  const np = s.nounPhrase(after, 6, false);
  if (np) {
    const head = s.word(s.next(after));
    if ((INCREASE_WORDS.has(head) || DECREASE_WORDS.has(head)) && np.words === 1) {
      const k = s.next(after + 1);
      if (["in", "of"].includes(s.word(k))) {
        const obj = s.nounPhrase(k + 1, 6, true);
        if (obj) return because(s, "subject: what changed (a 10 percent increase in arrests)", s.withPhrase(obj));
      }
      // "…, a 627% increase over last year": restates the figures before it.
      const restated = restatedChange(s, c.firstToken);
      if (restated) return because(s, "subject: a restated change measures the figures before it", restated);
      // "The overall 10 percent increase from January is due to an increase in apprehensions".
      const changed = changeInSentence(s);
      if (changed) return because(s, "subject: what the sentence says changed", changed);
    }
    // "last month's 2.3 percent figure": a word for a figure names nothing; the sentence's last subject does.
    if (np.words === 1 && VAGUE_HEADS.has(head) && s.lastSubject) return because(s, "subject: a word for a figure takes the sentence's last subject", s.lastSubject.subject);
    if (head === "times" && c.unit === "count") {
      // "Deported Four Times": what happened that many times.
      const clause = s.clauseSubject(c, true);
      if (clause) return because(s, "subject: what happened that many times", clause);
    }
    // "600 pounds of cocaine", "3.2 million metric tons of steel": the unit is the figure's measure;
    // what is measured comes after "of".
    const measure = c.unit === "other" ? s.measureAfter(c.lastToken) : undefined;
    if (measure) {
      let end = s.next(c.lastToken);
      while (end < s.tokens.length && s.tokens[end]!.end <= s.tokens[s.next(c.lastToken)]!.start + measure.length) end = s.next(end + 1);
      const obj = s.word(end) === "of" ? s.nounPhrase(end + 1, 6, true) : null;
      if (obj) return because(s, "subject: what a unit of measure measures (600 pounds of cocaine)", s.slice(obj.start, obj.end));
      // "Milk production rose 1.3 percent to 226.4 billion pounds": the unit is no subject; the clause's is.
      const noun = s.slice(np.start, np.end);
      if (noun.toLowerCase() === measure.toLowerCase()) {
        const clause = s.clauseSubject(c) ?? s.lastSubject?.subject;
        if (clause) return because(s, "subject: what a figure in a unit of measure is a level of", clause);
      }
    }
    // "Hospitals treated 1,240 patients for heat stroke": the count is of what the verb did, and to what.
    const done = c.unit === "count" ? objectOfVerb(s, c, np) : undefined;
    if (done) return because(s, "subject: what a verb did to the counted (patients treated for heat stroke)", done);
    // "Chronic homelessness among individuals reached a record high of 143,105 people": the counter
    // noun says only that people are counted; the clause's subject says which.
    if (np.words === 1 && COUNTERS.has(head) && s.word(s.prev(c.firstToken)) === "of") {
      const clause = s.clauseSubject(c);
      if (clause) return because(s, "subject: the clause's subject of a figure counted in people", clause);
    }
    const phrase = s.withPhrase(np);
    // "1 in 4 US adults over 50 do not engage in regular physical activity": a share of a group is
    // the part of it the sentence describes.
    if (!MEASURE_UNITS.has(head) && head !== "times" && (c.unit === "percent" || c.unit === "ratio" || PEOPLE_NOUNS.has(s.word(np.endToken - 1)) || PEOPLE_NOUNS.has(s.lastWordOf(np)))) {
      const described = s.groupPredicate(np.endToken);
      if (described) return because(s, "subject: the part of a group the sentence describes", `${phrase} ${described}`);
    }
    if (!MEASURE_UNITS.has(head) && head !== "times") return because(s, "subject: the noun phrase after the figure", phrase);
    const clause = s.clauseSubject(c);
    return because(s, "subject: the clause's subject with a unit of measure", clause ? `${clause} (${phrase})` : phrase);
  }
  // "Inactivity puts 31 million at risk of heart disease": a count with only a state after it.
  if (c.unit === "count" && ["at", "in", "without"].includes(s.word(after)) && ["risk", "need", "poverty", "danger"].includes(s.word(s.next(after + 1)))) {
    const rest = s.clauseRest(after, 8);
    if (rest) return because(s, "subject: the state a count of people is in (31 million at risk)", rest);
  }
  // "$1.2 billion in new assistance for dairy producers": the money is that assistance.
  if (c.unit === "money" && s.word(after) === "in" && !s.inTimePhrase(s.tokens[after]!.start)) {
    const obj = s.nounPhrase(after + 1, 6, true);
    if (obj && !PLACE_HEADS.has(s.word(s.prev(obj.endToken)))) return because(s, "subject: what the money is ($1.2 billion in new assistance)", s.withPhrase(obj));
  }
  // "$500 million to hire 3,000 new teachers": what the money is to do.
  if (c.unit === "money" && s.word(after) === "to" && s.tag(s.next(after + 1)) === "VB") {
    const rest = purpose(s, after);
    if (rest) return because(s, "subject: what the money is to do ($500 million to hire teachers)", rest);
  }
  // "$579 million for border security"
  if (c.unit === "money" && ["for", "in", "to", "on"].includes(s.word(after))) {
    const obj = s.nounPhrase(after + 1, 6, true);
    const clause = s.clauseSubject(c);
    if (obj) return because(s, "subject: money for a purpose ($579 million for border security)", clause ? `${clause}: ${s.word(after)} ${s.slice(obj.start, obj.end)}` : s.slice(obj.start, obj.end));
  }
  // "$805 billion in fiscal year 2023, of which the federal government paid 69 percent".
  const ofWhich = shareOfWhich(s, c);
  if (ofWhich) return because(s, "subject: a share of what 'of which' refers to", ofWhich);
  const changed = changedObject(s, c);
  if (changed) return because(s, "subject: what a verb of change changes (cut wait times by 30 percent)", changed);
  // "The number of unemployed persons, at 6.3 million, changed little": the noun phrase before ", at".
  const appositive = appositiveOwner(s, c);
  if (appositive) return because(s, "subject: the noun phrase a figure is set beside (X, at 6.3 million,)", appositive);
  const owner = nounBeforeOf(s, c);
  if (owner) return because(s, "subject: the noun the figure is 'of' (an average salary of $52,000)", owner);
  const clause = s.clauseSubject(c);
  if (clause) return because(s, "subject: the subject of the clause the figure completes", clause);
  // A figure in parentheses after another ("77.5 percent of victims (4,601 out of 5,939)") shares its subject.
  const label = s.label(c);
  // "Encounters by fiscal year:" then "FY2021: 1,734,686": a label that is a period dates the figure; the lead-in names it.
  if (label && s.shape.inherited.subject && PERIOD_LABEL.test(label)) return because(s, "subject: the list's lead-in, for a label that is a period", s.shape.inherited.subject);
  return because(s, "subject: the figure before the parenthesis, or a fact sheet's label", previousSubject(s, c) ?? label ?? "");
}

/** "13 percent for prekindergarten and kindergarten": the group after "for" or "among", up to the clause's end. */
export function forGroup(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  let at = s.next(c.lastToken);
  if (s.word(at) === "each") at = s.next(at + 1);
  const prep = s.word(at);
  if (prep !== "for" && prep !== "among") return undefined;
  const start = s.next(at + 1);
  let end = -1;
  for (let j = start, n = 0; j < s.tokens.length && n < 10; j = s.next(j + 1), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-–’'".includes(t.text)) break;
    // "… and by 3 percent for grades 1–8": a coordinated figure ends the group.
    if ((t.lower === "and" || t.lower === "or") && (["by", "in", "for", "from", "to", "a", "an"].includes(s.word(s.next(j + 1))) || s.tokens[s.next(j + 1)]?.kind === "num")) break;
    if (t.kind === "word" && (t.lower === "compared" || t.lower === "than" || t.lower === "while" || t.lower === "whereas" || SAYING.has(t.lower))) break;
    end = j;
  }
  if (end < 0 || s.tokens[start]?.kind !== "word") return undefined;
  const group = s.slice(s.tokens[start]!.start, s.tokens[end]!.end);
  // "Public school enrollment decreased by 13 percent for …": with what the figure measures.
  const clause = s.clauseSubject(c);
  return clause ? `${clause} for ${group}` : group;
}

/** "Of these, 9 percent were rapes": a share followed by "were" and a noun phrase is that noun phrase. */
export function shareIsWhat(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  const verb = s.next(c.lastToken);
  if (!["were", "was", "are", "is"].includes(s.word(verb))) return undefined;
  const np = s.nounPhrase(verb + 1, 6, true);
  if (!np || np.words === 0) return undefined;
  const group = s.openingGroup();
  // "Of the 900 cases reviewed, 60 percent were dismissed": what the share of the group is said to be.
  if (group) {
    const rest = s.clauseRest(verb, 8);
    if (rest) return `${group} ${PEOPLE_NOUNS.has(group.slice(group.lastIndexOf(" ") + 1).toLowerCase()) ? "who" : "that"} ${rest}`;
  }
  // Not an adjective or a participle ("were inactive", "were arrested").
  const first = s.word(s.next(verb + 1));
  if (/(?:ed|ive|ble)$/.test(first)) return undefined;
  let end = np.end;
  // "rapes or other sexual assaults"
  const or = s.next(np.endToken);
  if (s.word(or) === "or" || s.word(or) === "and") {
    const more = s.nounPhrase(or + 1, 5, true);
    if (more) end = more.end;
  }
  return s.slice(np.start, end);
}

/**
 * "completed 4,812 inspections", "treated 1,240 patients for heat stroke": a count that is the
 * object of a regular past verb reads as the noun and the verb's participle, with its complement.
 */
export function objectOfVerb(s: Sentence, c: Candidate, np: { start: number; end: number; endToken: number }): string | undefined {
  let v = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  // Over a bound: "treated more than 1,200 patients".
  for (let n = 0; n < 3 && (BOUND_LAST_WORDS.has(s.word(v)) || ["than", "more", "fewer", "over", "about", "nearly", "almost", "roughly", "approximately", "around", "some", "least", "at"].includes(s.word(v))); n++) v = s.prev(v);
  // "taken into custody 336 individuals": the verb's complement may stand before the figure.
  let complement = "";
  if (!s.word(v).endsWith("ed") && ["into", "in", "to", "under"].includes(s.word(s.prev(v)))) {
    const verb = s.prev(s.prev(v));
    if (s.tokens[verb]?.kind === "word" && PARTICIPLES.has(s.word(verb)) || s.word(verb).endsWith("ed")) {
      complement = ` ${s.slice(s.tokens[s.prev(v)]!.start, s.tokens[v]!.end)}`;
      v = verb;
    }
  }
  const w = s.word(v);
  if (!(w.endsWith("ed") || PARTICIPLES.has(w)) || w.length < 4 || !/^[a-z]/.test(s.tokens[v]!.text)) return undefined;
  if (INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w) || OBJECT_VERBS.has(w) || SAYING.has(w) || BOUND_BEFORE.has(w) || NOT_ACTIONS.has(w)) return undefined;
  const tag = s.tag(v);
  // A word the tagger does not know ("disenrolled") is a verb when a noun stands before it.
  if (tag !== "VBD" && tag !== "VBN" && !(w.endsWith("ed") && s.tag(s.prev(v)).startsWith("NN"))) return undefined;
  if (s.stoppedAtVerb) return undefined;
  // The noun's own "of" or "with": "illegal aliens with criminal convictions".
  let end = np.end;
  let prep = s.next(np.endToken);
  if (["of", "with"].includes(s.word(prep))) {
    const own = s.nounPhrase(prep + 1, 5, true);
    if (own) {
      end = own.end;
      prep = s.next(own.endToken);
    }
  }
  let text = `${s.slice(np.start, end)} ${w}${complement}`;
  // The verb's complement: "for heat stroke", "into custody" — not a period ("in 2023") nor a place ("at the port").
  const p = s.word(prep);
  if (["for", "into", "from", "by", "under", "against", "on"].includes(p) && !s.inTimePhrase(s.tokens[prep]!.start)) {
    const obj = s.nounPhrase(prep + 1, 5, true);
    if (obj) text += ` ${p} ${s.slice(obj.start, obj.end)}`;
  }
  return text;
}

/** "…, of which the federal government paid 69 percent": the antecedent's share, and who or what took it. */
export function shareOfWhich(s: Sentence, c: Candidate): string | undefined {
  if (c.unit !== "percent" && c.unit !== "ratio") return undefined;
  for (let j = s.prev(c.firstToken), n = 0; j > 0 && n < 10; j = s.prev(j), n++) {
    if (s.tokens[j]!.kind === "punct") return undefined;
    if (!["which", "whom"].includes(s.word(j)) || s.word(s.prev(j)) !== "of") continue;
    const antecedent = s.lastSubject?.subject ?? s.spokenOf;
    if (!antecedent) return undefined;
    const between = s.slice(s.tokens[s.next(j + 1)]!.start, s.tokens[s.prev(c.firstToken)]!.end);
    return `${antecedent}: share ${between}`.replace(/\s+(?:about|nearly|roughly|almost|over|more than)$/, "");
  }
  return undefined;
}

/** "to hire 3,000 new teachers": the purpose after "to", up to the clause's end (figures kept). */
export function purpose(s: Sentence, to: number): string | undefined {
  let last = -1;
  for (let j = s.next(to + 1), n = 0; j < s.tokens.length && n < 10; j = s.next(j + 1), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-’',".includes(t.text)) break;
    if (t.kind === "punct" && t.text === "," && s.tokens[s.next(j + 1)]?.kind !== "num") break;
    if (t.kind === "word" && (t.lower === "and" || t.lower === "but") && s.finiteVerb(s.next(j + 1))) break;
    last = j;
  }
  return last < 0 ? undefined : s.slice(s.tokens[to]!.start, s.tokens[last]!.end);
}

/**
 * "reduce methane emissions from oil and gas operations by nearly 80 percent", "raises the minimum
 * teacher salary to $45,000", "We cut wait times by 30 percent": the object of a verb of change.
 */
export function changedObject(s: Sentence, c: Candidate): string | undefined {
  let by = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  // Over a bound ("by nearly 80 percent"), but "to" itself may end one ("up to").
  for (let n = 0; n < 3 && s.word(by) !== "by" && s.word(by) !== "to" && (BOUND_LAST_WORDS.has(s.word(by)) || ["than", "about", "nearly", "almost", "roughly"].includes(s.word(by))); n++) by = s.prev(by);
  if (s.word(by) !== "by" && s.word(by) !== "to") return undefined;
  for (let j = s.prev(by), n = 0; j >= 0 && n < 10; j = s.prev(j), n++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct" && !"-’'".includes(t.text)) return undefined;
    if (t.kind !== "word") continue;
    if (!(CHANGE_VERBS.has(t.lower) || ((INCREASE_WORDS.has(t.lower) || DECREASE_WORDS.has(t.lower)) && s.finiteVerb(j) && !/^(?:up|down|more|less|higher|lower)$/.test(t.lower)))) continue;
    const object = s.nounPhrase(j + 1, 8, true);
    if (!object || object.start >= s.tokens[by]!.start) return undefined;
    const end = s.withPhrase(object);
    return end.length > 0 ? end : undefined;
  }
  return undefined;
}

/** "The number of unemployed persons, at 6.3 million, changed little": the phrase before ", at". */
export function appositiveOwner(s: Sentence, c: Candidate): string | undefined {
  const at = s.prev(c.firstToken);
  if (s.word(at) !== "at" || !s.punct(s.prev(at), ",")) return undefined;
  const verb = s.prev(at);
  const subject = s.clauseBefore(verb, false, null);
  return subject?.replace(/^(?:the\s+)?(?:total\s+)?(?:number|amount|count)\s+of\s+/i, "") || undefined;
}

/** "an increase in apprehensions of single adults": what the sentence says rose or fell. */
export function changeInSentence(s: Sentence): string | undefined {
  for (let j = 0; j < s.tokens.length; j++) {
    const w = s.word(j);
    if (!(INCREASE_WORDS.has(w) || DECREASE_WORDS.has(w)) || !["a", "an", "the"].includes(s.word(s.prev(j)))) continue;
    const k = s.next(j + 1);
    if (s.word(k) !== "in") continue;
    const obj = s.nounPhrase(k + 1, 6, true);
    if (obj) return s.withPhrase(obj);
  }
  return undefined;
}

/** "an average salary of $52,000": the noun a figure is "of", read leftwards (at most four words). */
export function nounBeforeOf(s: Sentence, c: Candidate): string | undefined {
  let of = s.prev(c.firstToken);
  if (BOUND_BEFORE.has(s.word(of))) of = s.prev(of); // "a decrease of about 15 percent"
  if (s.word(of) !== "of") return undefined;
  let first = -1;
  const last = s.prev(of);
  for (let j = last, n = 0; j >= 0 && n < 4; j = s.prev(j), n++) {
    const t = s.tokens[j]!;
    if (t.kind !== "word" || NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || BOUND_BEFORE.has(t.lower)) break;
    first = j;
  }
  if (first < 0) return undefined;
  const head = s.word(last);
  if (INCREASE_WORDS.has(head) || DECREASE_WORDS.has(head)) return restatedChange(s, first);
  // "down from a peak of 94 million": the peak of what the sentence's last figure measured.
  if (VAGUE_HEADS.has(head)) return s.lastSubject?.subject;
  if (MEASURE_UNITS.has(head)) return undefined;
  return s.slice(s.tokens[first]!.start, s.tokens[last]!.end);
}

/**
 * "thefts dropped from 500 to 400, a decline of 20 percent": a change set off by a comma (or a dash) restates
 * the figures before it, and measures what they measure. `opening` is the token after the article:
 * the change word, or the figure ("a 627% increase").
 */
export function restatedChange(s: Sentence, opening: number): string | undefined {
  const article = s.prev(opening);
  if (!["a", "an"].includes(s.word(article)) || !s.punct(s.prev(article), ",—–(")) return undefined;
  // The sentence's last claim, when there is one: the nearest number may be no claim ("K-12").
  if (s.lastSubject) return s.lastSubject.subject;
  const q = s.quantities[lastIndexBefore(s.quantities, s.tokens[article]!.start)];
  return q ? subjectOf(s, single(s, q)) || undefined : undefined;
}
/**
 * "compared with 1.9 million a year earlier", "compared to 3.4 percent for nonveterans": the
 * sentence's last subject, with the group after "for" in place of its own.
 */
export function comparedWith(s: Sentence, c: Candidate): string | undefined {
  const base = s.lastSubject?.subject;
  if (!base) return undefined;
  let prep = s.prev(c.firstToken - (s.punct(c.firstToken - 1, "$") ? 1 : 0));
  if (BOUND_LAST_WORDS.has(s.word(prep)) && !["with", "to"].includes(s.word(prep))) prep = s.prev(prep);
  const w = s.word(prep);
  const compared = ((w === "with" || w === "to") && s.word(s.prev(prep)) === "compared") || w === "versus" || w === "vs";
  if (!compared) return undefined;
  const after = s.next(c.lastToken);
  if (s.word(after) === "for" || s.word(after) === "among") {
    const group = s.nounPhrase(after + 1, 5, true);
    const at = base.search(/\s(?:for|among)\s/);
    if (group && at > 0) return `${base.slice(0, at)} ${s.word(after)} ${s.slice(group.start, group.end)}`;
  }
  return base;
}

export function previousSubject(s: Sentence, c: Candidate): string | undefined {
  // Only a short look back: per-claim work must not grow with the sentence.
  const from = Math.max(s.sentence.start, c.start - 80);
  const between = s.text.slice(from, c.start);
  const open = between.lastIndexOf("(");
  if (open < 0 || between.indexOf(")", open) >= 0) return undefined;
  // The figure just before the parenthesis names what both count.
  const at = from + open;
  const q = s.quantities[lastIndexBefore(s.quantities, at)];
  if (!q || at - q.end > 80) return undefined;
  // That figure may itself have borrowed its subject ("$2.1 billion (3.7 percent) more"): take it as described.
  return subjectOf(s, single(s, q)) || s.lastSubject?.subject || undefined;
}

