/** Inputs that change a claim itself: a figure added by hand, not a claim, restored, re-checked. */
import { z } from "zod";
import { LIMITS, optionalText, version } from "@/lib/core/fields";
import { formRowId as id } from "@/lib/core/params";

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

export const markNotAClaimSchema = z.object({ claimId: id("The claim"), version, reason: optionalText("the reason", LIMITS.reason) });
export const restoreClaimSchema = z.object({ claimId: id("The claim"), version });
export const recheckClaimSchema = z.object({
  claimId: id("The claim"),
  version,
  note: optionalText("what you checked", LIMITS.recheckNote),
});

export type AddManualClaimInput = z.infer<typeof addManualClaimSchema>;
export type MarkNotAClaimInput = z.infer<typeof markNotAClaimSchema>;
export type RestoreClaimInput = z.infer<typeof restoreClaimSchema>;
export type RecheckClaimInput = z.infer<typeof recheckClaimSchema>;
