import { z } from "zod";

// Ids are PostgreSQL `integer`s: anything else cannot name a row, so it is a 404, not a query.
const routeIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().max(2_147_483_647));

/** The numeric id in a dynamic route segment, or null when the segment cannot be an id. */
export function parseRouteId(segment: string): number | null {
  const result = routeIdSchema.safeParse(segment);
  return result.success ? result.data : null;
}
