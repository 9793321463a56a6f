import { z } from "zod";
import { optionalParam, pageSizeParam } from "@/lib/core/query-params";
import { plainText, rowIdString } from "@/lib/core/params";
import { MAX_LIMIT } from "./queries";
import { CLAIM_STATUSES, PUBLIC_STATUSES, UNITS, type ClaimFilters, type ClaimStatus, type PublicStatus } from "./types";

/**
 * One parser for the claim list's query string, shared by the page (`/`) and `GET /api/claims`
 * so a URL means the same thing in both places.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = MAX_LIMIT;

const unitList = UNITS.join(", ");

/**
 * Who is asking decides what `status` may say: the public filters on published verdict or not
 * checked (`published`, `not_checked`); signed-in staff on the workflow statuses. An internal
 * status in a public request is refused like any unknown value, so its answer reveals nothing.
 */
export type ClaimAudience = "public" | "staff";

const statusParams = {
  public: z.enum(PUBLIC_STATUSES, { error: `status must be one of: ${PUBLIC_STATUSES.join(", ")}` }),
  staff: z.enum(CLAIM_STATUSES, { error: `status must be one of: ${CLAIM_STATUSES.join(", ")}` }),
};

const claimQuerySchema = (audience: ClaimAudience) =>
  z.object({
    status: optionalParam("status", statusParams[audience] as z.ZodType<ClaimStatus | PublicStatus, string>),
    sourceId: optionalParam("sourceId", rowIdString("sourceId must be a whole number from 1 to 2147483647")),
    unit: optionalParam("unit", z.enum(UNITS, { error: `unit must be one of: ${unitList}` })),
    q: optionalParam(
      "q",
      plainText("q (the search text) may not contain control characters such as NUL")
        .trim()
        .max(200, { error: "q (the search text) may be at most 200 characters" }),
    ),
    cursor: optionalParam("cursor", z.string().max(512, { error: "cursor is not one this server gave out" })),
    limit: pageSizeParam(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  });

// Built once: a zod object compiles its parser on its first parse, so a schema made per request
// paid that again on every request (~1 ms of the list's render).
const claimQuerySchemas = { public: claimQuerySchema("public"), staff: claimQuerySchema("staff") };

export type ClaimQuery = z.output<ReturnType<typeof claimQuerySchema>>;

export interface QueryIssue {
  param: string;
  message: string;
}

export type ParsedClaimQuery = { ok: true; query: ClaimQuery } | { ok: false; message: string; issues: QueryIssue[] };

type RawParams = Record<string, string | string[] | undefined>;

export function parseClaimQuery(raw: RawParams | URLSearchParams, audience: ClaimAudience = "public"): ParsedClaimQuery {
  const result = claimQuerySchemas[audience].safeParse(raw instanceof URLSearchParams ? toRecord(raw) : raw);
  if (result.success) return { ok: true, query: result.data };
  const issues = result.error.issues.map((issue) => ({ param: issue.path.map(String).join(".") || "query", message: issue.message }));
  return { ok: false, message: issues.map((issue) => issue.message).join("; "), issues };
}

function toRecord(params: URLSearchParams): RawParams {
  const record: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

export function filtersOf(query: ClaimQuery, audience: ClaimAudience = "public"): ClaimFilters {
  const { status, sourceId, unit, q } = query;
  if (status === "not_checked") return { checked: false, sourceId, unit, q };
  // To the public, "published" is "has a published verdict": a reopened claim keeps its verdict
  // public while the newsroom reviews it again. Staff filter on the workflow status itself.
  if (status === "published" && audience === "public") return { checked: true, sourceId, unit, q };
  return { status, sourceId, unit, q };
}

/** The list's URL for a query, leaving out defaults so shared links stay short. */
export function claimListHref(query: Partial<ClaimQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.sourceId !== undefined) params.set("sourceId", String(query.sourceId));
  if (query.unit) params.set("unit", query.unit);
  if (query.limit !== undefined && query.limit !== DEFAULT_PAGE_SIZE) params.set("limit", String(query.limit));
  if (query.cursor) params.set("cursor", query.cursor);
  const search = params.toString();
  return search ? `/?${search}` : "/";
}
