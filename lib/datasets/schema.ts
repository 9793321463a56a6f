/**
 * Input schemas of the dataset actions and the upload route, shared by forms and server.
 * No server-only import.
 */
import { z } from "zod";
import { blankToUndefined, formRowId } from "@/lib/core/params";
import { isoDate, isWebUrl, LIMITS } from "@/lib/core/fields";
import { COLUMN_TYPES } from "./columns";

const id = formRowId;

const optional = (max: number, label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Keep ${label} to ${max} characters or fewer.`).optional());

export const datasetDetailsSchema = z.object({
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(LIMITS.title, `Keep the title to ${LIMITS.title} characters or fewer.`),
  publisher: optional(LIMITS.publisher, "the publisher"),
  url: z.preprocess(
    blankToUndefined,
    z.string().trim().max(LIMITS.url).refine(isWebUrl, "Use a web address that starts with http:// or https://.").optional(),
  ),
  publishedOn: z.preprocess(blankToUndefined, isoDate.optional()),
  licence: optional(200, "the licence"),
});
export type DatasetDetailsInput = z.infer<typeof datasetDetailsSchema>;

/** The upload route's query string: the details, plus the file's name (to tell CSV from TSV). */
export const uploadDatasetSchema = datasetDetailsSchema.extend({
  filename: optional(255, "the file name"),
  /** Instead of a body: fetch the file from this address (the same limits as releases). */
  fetchUrl: z.preprocess(
    blankToUndefined,
    z.string().trim().max(LIMITS.url).refine(isWebUrl, "Use a web address that starts with http:// or https://.").optional(),
  ),
});

export const updateDatasetSchema = datasetDetailsSchema.extend({
  datasetId: id("The dataset"),
  editVersion: z.coerce.number({ error: "The form is missing its version; reload the page." }).int().positive(),
  /** "column.0" … "column.N": the type of each column, in file order. */
  columnTypes: z.array(z.enum(COLUMN_TYPES, { error: "Choose period, category or number for each column." })).max(200),
});

export const deleteDatasetSchema = z.object({
  datasetId: id("The dataset"),
  editVersion: z.coerce.number({ error: "The form is missing its version; reload the page." }).int().positive(),
});

export const decideSuggestionSchema = z.object({
  claimId: id("The claim"),
  datasetId: id("The dataset"),
  candidateKey: z.string().min(1, "The suggestion is missing.").max(2_000, "The suggestion is not valid."),
  /** Set by the server action from the request (never the form): the origin of the dataset's link when SITE_URL is unset. */
  siteOrigin: z.url({ protocol: /^https?$/ }).optional(),
});
