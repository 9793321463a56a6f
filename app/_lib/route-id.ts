import { rowIdString } from "@/lib/core/params";

// Ids are PostgreSQL `integer`s: anything else cannot name a row, so it is a 404, not a query.
const routeIdSchema = rowIdString("not an id");

/** The numeric id in a dynamic route segment, or null when the segment cannot be an id. */
export function parseRouteId(segment: string): number | null {
  const result = routeIdSchema.safeParse(segment);
  return result.success ? result.data : null;
}
