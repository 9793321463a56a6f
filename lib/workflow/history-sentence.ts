/**
 * One line of a claim's History in the newsroom's words: "took the claim", "published Mostly
 * accurate", "changed the rating from Accurate to Misleading". Never a column name (assigneeId,
 * state, republished): the audit row's fields are read here and said as people say them. Pure.
 */
import { RATING_LABELS } from "./ratings";
import type { VerdictRating } from "@/lib/core/fields";

type Fields = Record<string, unknown> | null;

/** Names of the people an audit row may point at (an assignee), by user id. */
export type PeopleById = ReadonlyMap<number, string>;

/** Fields a person edits, in their words. Anything not here is bookkeeping and never named. */
const FIELD_WORDS: Record<string, string> = {
  url: "web address",
  title: "title",
  publisher: "publisher",
  publishedOn: "date",
  quote: "passage",
  stance: "stance",
  figure: "figure",
  body: "text",
  text: "figure",
  value: "value",
  unit: "unit",
  subject: "what it measures",
  timeScope: "period",
  speaker: "speaker",
  bound: "bound",
  direction: "direction",
  denominator: "denominator",
  upperValue: "upper value",
  checkworthiness: "check-worthiness",
};

const FIXED: Record<string, string> = {
  "citation.added": "added a citation",
  "citation.deleted": "deleted a citation",
  "note.added": "added a note",
  "note.deleted": "deleted a note",
  "claim.added_manually": "added this claim by hand",
  "claim.restored": "restored this as a claim",
  "claim.taken": "took the claim",
  "claim.submitted": "sent the claim to the editors",
  "claim.reopened": "reopened the claim for review",
  "claim.extracted": "found this claim (extractor run)",
  "claim.orphaned": "kept this claim on its version: the new version no longer has it",
};

function rating(value: unknown): string | null {
  return typeof value === "string" && value in RATING_LABELS ? RATING_LABELS[value as VerdictRating] : null;
}

function quoted(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? `“${value.trim()}”` : null;
}

/** "the web address and the title" for the fields that differ between before and after. */
function changedFields(before: Fields, after: Fields): string | null {
  if (!before || !after) return null;
  const words = Object.keys({ ...before, ...after })
    .filter((key) => key in FIELD_WORDS && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FIELD_WORDS[key] as string);
  const unique = [...new Set(words)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return `the ${unique[0]}`;
  return `the ${unique.slice(0, -1).join(", the ")} and the ${unique.at(-1)}`;
}

export function historySentence(action: string, before: Fields, after: Fields, people: PeopleById = new Map()): string {
  const fixed = FIXED[action];
  if (fixed) return fixed;
  switch (action) {
    case "claim.assigned": {
      const id = after?.assigneeId;
      const name = typeof id === "number" ? people.get(id) : undefined;
      return name ? `assigned the claim to ${name}` : "assigned the claim";
    }
    case "claim.set_aside": {
      const reason = quoted(after?.reason);
      return reason ? `set the claim aside as not checkable: ${reason}` : "set the claim aside as not checkable";
    }
    case "claim.marked_not_a_claim": {
      const reason = quoted(after?.reason);
      return reason ? `marked this as not a claim: ${reason}` : "marked this as not a claim";
    }
    case "verdict.draft_saved": {
      const now = rating(after?.rating);
      const was = rating(before?.rating);
      if (was && now && was !== now) return `changed the draft rating from ${was} to ${now}`;
      return now ? `saved a draft verdict: ${now}` : "saved a draft verdict";
    }
    case "verdict.published": {
      const now = rating(after?.rating);
      const was = rating(before?.rating);
      if (!now) return "published the verdict";
      if (was && was !== now) return `published ${now}, changing the rating from ${was} to ${now}`;
      if (after?.republished === true) return `published an updated verdict, still ${now}`;
      return `published ${now}`;
    }
    case "verdict.retracted": {
      const was = rating(before?.rating);
      const reason = quoted(after?.reason);
      return `retracted the verdict${was ? ` (${was})` : ""}${reason ? `: ${reason}` : ""}`;
    }
    case "citation.visibility_changed":
      return after?.isPublic === true ? "showed a citation on the public page" : "made a citation internal again";
    case "citation.updated":
    case "note.updated": {
      const what = action === "citation.updated" ? "a citation" : "a note";
      const fields = action === "citation.updated" ? changedFields(before, after) : null;
      return fields ? `edited ${what}: changed ${fields}` : `edited ${what}`;
    }
    case "claim.reextracted": {
      const fields = changedFields(before, after);
      return fields ? `updated the claim from a new extractor run: changed ${fields}` : "updated the claim from a new extractor run";
    }
    case "claim.reanchored":
      return after?.textChanged === true
        ? "moved the claim to a new version of the release, where its text reads differently"
        : "moved the claim to a new version of the release";
    case "claim.rechecked": {
      const note = quoted(after?.note);
      return note ? `re-checked the review against the changed text: ${note}` : "re-checked the review against the changed text";
    }
    default:
      // An action this list does not know yet: its name without the dotted code.
      return action.replace(/^[a-z]+\./, "").replace(/_/g, " ");
  }
}
