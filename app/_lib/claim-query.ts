import { z } from "zod";
import { optionalParam, pageSizeParam } from "@/app/_lib/query-params";
import { plainText, rowIdString } from "@/lib/validation/params";
import { MAX_LIMIT } from "@/lib/data/claims";
import { CLAIM_STATUSES, UNITS, type ClaimFilters } from "@/lib/data/types";

/**
 * One parser for the claim list's query string, shared by the page (`/`) and `GET /api/claims`
 * so a URL means the same thing in both places.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = MAX_LIMIT;

const statusList = CLAIM_STATUSES.join(", ");
const unitList = UNITS.join(", ");

export const claimQuerySchema = z.object({
  status: optionalParam("status", z.enum(CLAIM_STATUSES, { error: `status must be one of: ${statusList}` })),
  sourceId: optionalParam(
    "sourceId",
    rowIdString("sourceId must be a whole number from 1 to 2147483647"),
  ),
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

export type ClaimQuery = z.output<typeof claimQuerySchema>;

export interface QueryIssue {
  param: string;
  message: string;
}

export type ParsedClaimQuery =
  | { ok: true; query: ClaimQuery }
  | { ok: false; message: string; issues: QueryIssue[] };

type RawParams = Record<string, string | string[] | undefined>;

export function parseClaimQuery(raw: RawParams | URLSearchParams): ParsedClaimQuery {
  const result = claimQuerySchema.safeParse(raw instanceof URLSearchParams ? toRecord(raw) : raw);
  if (result.success) return { ok: true, query: result.data };
  const issues = result.error.issues.map((issue) => ({
    param: issue.path.map(String).join(".") || "query",
    message: issue.message,
  }));
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

export function filtersOf(query: ClaimQuery): ClaimFilters {
  const { status, sourceId, unit, q } = query;
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
