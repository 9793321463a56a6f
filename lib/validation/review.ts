/**
 * Input schemas of the review actions, shared by the forms (client) and the actions (server).
 * Every field arrives from FormData as a string, so numbers are coerced here and an empty optional
 * field means "not given". Messages are written for the person filling in the form.
 *
 * No server-only import: client components use these for field limits and messages.
 */
import { z } from "zod";
import { blankToUndefined, formRowId, isRowId } from "./params";

export const LIMITS = {
  url: 2_000,
  title: 300,
  publisher: 200,
  quote: 5_000,
  noteBody: 20_000,
  reason: 500,
  /** What an editor re-checked after the text changed: a line, not a note. */
  recheckNote: 300,
  subject: 300,
  manualClaimSpan: 200,
  email: 254,
  name: 100,
  passwordMin: 12,
  passwordMax: 200,
} as const;

// The values are defined once, in db/enums.ts (the pgEnums are built from the same arrays).
import { CITATION_STANCES, USER_ROLES, VERDICT_RATINGS } from "@/db/enums";
export { CITATION_STANCES, type CitationStance, USER_ROLES, type UserRole, VERDICT_RATINGS, type VerdictRating } from "@/db/enums";

const id = formRowId;

/** The version the editor saw when it opened the item (optimistic concurrency). */
const version = z.coerce
  .number({ error: "The form is missing its version; reload the page." })
  .int("The form's version is not valid; reload the page.")
  .positive("The form's version is not valid; reload the page.");

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max.toLocaleString("en-US")} characters or fewer.`);

/** An optional text field: blank means not given; longer than `max` is refused, naming `label`. */
export const optionalText = (label: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, `Keep ${label} to ${max.toLocaleString("en-US")} characters or fewer.`)
      .optional(),
  );

/** True for absolute http(s) URLs with a host; everything else (javascript:, data:, file:, …) is refused. */
export function isWebUrl(value: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.length > 0;
}

export const citationUrlSchema = z
  .string({ error: "Enter the source's web address." })
  .trim()
  .min(1, "Enter the source's web address.")
  .max(LIMITS.url, `Keep the web address to ${LIMITS.url.toLocaleString("en-US")} characters or fewer.`)
  .refine(isWebUrl, "Use a web address that starts with http:// or https:// (javascript:, data: and other kinds are not allowed).");

/** YYYY-MM-DD that is a real calendar date. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-03-31.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "That date does not exist.");

/** An optional figure: "1,234.5" and "12%" are read as 1234.5 and 12; must be finite. */
const figure = z.preprocess(
  (value) => {
    const blank = blankToUndefined(value);
    if (typeof blank !== "string") return blank;
    const cleaned = blank.trim().replace(/[,\s]/g, "").replace(/%$/, "");
    return cleaned === "" ? blank : Number(cleaned);
  },
  z
    .number({ error: "Enter the figure as a number, e.g. 4601 or 77.5." })
    .finite("Enter the figure as a number, e.g. 4601 or 77.5.")
    .optional(),
);

const citationFields = {
  url: citationUrlSchema,
  title: requiredText("a title", LIMITS.title),
  publisher: optionalText("the publisher", LIMITS.publisher),
  publishedOn: z.preprocess(blankToUndefined, isoDate.optional()),
  quote: requiredText("the passage from the source", LIMITS.quote),
  stance: z.enum(CITATION_STANCES, { error: "Choose whether the source supports, contradicts or gives context." }),
  figure,
};

export const addCitationSchema = z.object({ claimId: id("The claim"), ...citationFields });
export const updateCitationSchema = z.object({ citationId: id("The citation"), version, ...citationFields });
export const deleteCitationSchema = z.object({ citationId: id("The citation"), version });

const noteBody = z
  .string({ error: "Write the note." })
  .max(LIMITS.noteBody, `Keep the note to ${LIMITS.noteBody.toLocaleString("en-US")} characters or fewer.`)
  .refine((value) => value.trim().length > 0, "Write the note.");

export const addNoteSchema = z.object({ claimId: id("The claim"), body: noteBody });
export const updateNoteSchema = z.object({ noteId: id("The note"), version, body: noteBody });
export const deleteNoteSchema = z.object({ noteId: id("The note"), version });

export const addManualClaimSchema = z
  .object({
    sourceId: id("The source"),
    start: z.coerce.number({ error: "Select the figure in the text." }).int().min(0, "Select the figure in the text."),
    end: z.coerce.number({ error: "Select the figure in the text." }).int().min(0, "Select the figure in the text."),
    subject: optionalText("the subject", LIMITS.subject),
  })
  .superRefine((value, ctx) => {
    if (value.end <= value.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "Select at least one character." });
    } else if (value.end - value.start > LIMITS.manualClaimSpan) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `Select ${LIMITS.manualClaimSpan} characters or fewer: just the figure and its unit.`,
      });
    }
  });

export const markNotAClaimSchema = z.object({
  claimId: id("The claim"),
  version,
  reason: optionalText("the reason", LIMITS.reason),
});
export const restoreClaimSchema = z.object({ claimId: id("The claim"), version });
export const recheckClaimSchema = z.object({
  claimId: id("The claim"),
  version,
  note: optionalText("what you checked", LIMITS.recheckNote),
});

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(LIMITS.email, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `Use ${LIMITS.passwordMax} characters or fewer.`);

export const createUserSchema = z.object({
  email,
  name: optionalText("the name", LIMITS.name),
  role: z.enum(USER_ROLES, { error: "Choose reviewer, editor or admin." }),
  /** Optional: when blank, a strong password is generated and shown once. */
  password: z.preprocess(blankToUndefined, passwordSchema.optional()),
});

export const updateUserRoleSchema = z.object({
  userId: id("The user"),
  role: z.enum(USER_ROLES, { error: "Choose reviewer, editor or admin." }),
});

/** Disabling or re-enabling an account (admins; lib/review/users.ts). */
export const userAccountSchema = z.object({ userId: id("The user") });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email()),
  password: z.string().min(1).max(LIMITS.passwordMax),
});

// ---------------------------------------------------------------------------------------------
// Workflow (issue 5): unreviewed → in_review → ready → published | not_checkable


export const VERDICT_LIMITS = { summary: 200, rationale: 10_000, reason: 500, bulk: 200 } as const;

const claimMove = { claimId: id("The claim"), version };

export const takeClaimSchema = z.object(claimMove);
export const submitForEditorSchema = z.object(claimMove);
export const reopenClaimSchema = z.object(claimMove);
export const assignClaimSchema = z.object({ ...claimMove, assigneeId: id("The person to assign") });

/** "12:3": claim 12 as seen at version 3 (a checkbox value in the queue). */
const claimAtVersion = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,9}:[1-9]\d{0,9}$/, "A selected claim is not valid; reload the page.")
  .transform((value) => {
    const [claimId, claimVersion] = value.split(":").map(Number);
    return { claimId: claimId ?? 0, version: claimVersion ?? 0 };
  })
  .refine((value) => isRowId(value.claimId), "A selected claim is not valid; reload the page.");

export const assignClaimsSchema = z.object({
  assigneeId: id("The person to assign"),
  /** Repeated form field, or one comma-separated string. */
  claims: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter((part) => part.trim() !== "") : value),
    z
      .array(claimAtVersion, { error: "Select at least one claim." })
      .min(1, "Select at least one claim.")
      .max(VERDICT_LIMITS.bulk, `Assign at most ${VERDICT_LIMITS.bulk} claims at a time.`)
      .refine((items) => new Set(items.map((item) => item.claimId)).size === items.length, "A claim was selected twice."),
  ),
});

const verdictFields = {
  rating: z.enum(VERDICT_RATINGS, { error: "Choose a rating." }),
  summary: requiredText("a one-line summary", VERDICT_LIMITS.summary).refine(
    (value) => !/[\r\n]/.test(value),
    "Keep the summary to one line.",
  ),
  rationale: requiredText("the rationale", VERDICT_LIMITS.rationale),
};

export const saveVerdictDraftSchema = z.object({ ...claimMove, ...verdictFields });
export const publishVerdictSchema = z.object({ ...claimMove, ...verdictFields });
export const setAsideSchema = z.object({ ...claimMove, reason: requiredText("the reason", VERDICT_LIMITS.reason) });
export const retractVerdictSchema = z.object({ ...claimMove, reason: optionalText("the reason", VERDICT_LIMITS.reason) });
export const setCitationPublicSchema = z.object({
  citationId: id("The citation"),
  version,
  isPublic: z.enum(["true", "false"], { error: "Choose public or internal." }).transform((value) => value === "true"),
});

export type AssignClaimsInput = z.infer<typeof assignClaimsSchema>;
export type PublishVerdictInput = z.infer<typeof publishVerdictSchema>;

export type AddCitationInput = z.infer<typeof addCitationSchema>;
export type UpdateCitationInput = z.infer<typeof updateCitationSchema>;
export type DeleteCitationInput = z.infer<typeof deleteCitationSchema>;
export type AddNoteInput = z.infer<typeof addNoteSchema>;
export type UpdateNoteInput = z.infer<typeof updateNoteSchema>;
export type DeleteNoteInput = z.infer<typeof deleteNoteSchema>;
export type AddManualClaimInput = z.infer<typeof addManualClaimSchema>;
export type MarkNotAClaimInput = z.infer<typeof markNotAClaimSchema>;
export type RestoreClaimInput = z.infer<typeof restoreClaimSchema>;
export type RecheckClaimInput = z.infer<typeof recheckClaimSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserRoleInput = z.infer<typeof updateUserRoleSchema>;
