/**
 * Input schemas of the "add a release" actions and of editing a source's details, shared by the
 * forms (client) and the actions (server). Fields arrive from FormData as strings; an empty
 * optional field means "not stated". No server-only import.
 *
 * The text's size is checked on the server against MAX_DOCUMENT_BYTES (configurable there, so not
 * a constant here); the schema only refuses a blank text.
 */
import { z } from "zod";
import { blankToUndefined, formRowId } from "@/lib/core/params";
import { isoDate, isWebUrl, LIMITS, optionalText } from "@/lib/core/fields";

const webAddress = z
  .string()
  .trim()
  .max(LIMITS.url, `Keep the web address to ${LIMITS.url.toLocaleString("en-US")} characters or fewer.`)
  .refine(isWebUrl, "Use a web address that starts with http:// or https://.");

/** Title, publisher, date and URL: what the add form and the edit form share. */
const metadataFields = {
  title: z
    .string({ error: "Enter the release's title." })
    .trim()
    .min(1, "Enter the release's title.")
    .max(LIMITS.title, `Keep the title to ${LIMITS.title.toLocaleString("en-US")} characters or fewer.`),
  publisher: optionalText("the publisher", LIMITS.publisher),
  publishedAt: z.preprocess(blankToUndefined, isoDate.optional()),
  url: z.preprocess(blankToUndefined, webAddress.optional()),
};

export const addReleaseSchema = z.object({
  text: z
    .string({ error: "Paste the release's text." })
    .refine((value) => value.trim().length > 0, "Paste the release's text: there is nothing to import."),
  ...metadataFields,
});
export type AddReleaseInput = z.output<typeof addReleaseSchema>;

export const fetchReleaseSchema = z.object({
  url: z
    .string({ error: "Enter the release's web address." })
    .trim()
    .min(1, "Enter the release's web address.")
    .max(LIMITS.url, `Keep the web address to ${LIMITS.url.toLocaleString("en-US")} characters or fewer.`)
    .refine(isWebUrl, "Use a web address that starts with http:// or https://."),
});

export const updateSourceMetadataSchema = z.object({
  sourceId: formRowId("The source"),
  /** The details as the form showed them (metadataToken): a change since then is a conflict. */
  seen: z
    .string({ error: "The form is missing its version; reload the page." })
    .regex(/^[0-9a-f]{16}$/, "The form's version is not valid; reload the page."),
  ...metadataFields,
});
