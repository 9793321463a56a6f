/** A citation's input: the source that supports, contradicts or gives context to a figure. No server-only import (the form reads the limits). */
import { z } from "zod";
import { CITATION_STANCES, citationUrlSchema, isoDate, LIMITS, optionalText, requiredText, version } from "@/lib/core/fields";
import { blankToUndefined, formRowId as id } from "@/lib/core/params";

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

export type AddCitationInput = z.infer<typeof addCitationSchema>;
export type UpdateCitationInput = z.infer<typeof updateCitationSchema>;
export type DeleteCitationInput = z.infer<typeof deleteCitationSchema>;
