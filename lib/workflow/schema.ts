/** Inputs of the review workflow's moves (take, assign, submit, publish, set aside, reopen, retract, citation visibility). */
import { z } from "zod";
import { optionalText, requiredText, VERDICT_RATINGS, version } from "@/lib/core/fields";
import { formRowId as id, isRowId } from "@/lib/core/params";

// unreviewed → in_review → ready → published | not_checkable (lib/workflow/transitions.ts)

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
