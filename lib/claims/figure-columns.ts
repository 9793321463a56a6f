/** The claim columns formatClaimValue reads (lib/claims/types.ts ClaimFigure), for every query that shows a figure. */
import { claims } from "@/db/schema";

export const figureColumns = {
  value: claims.value,
  unit: claims.unit,
  denominator: claims.denominator,
  upperValue: claims.upperValue,
  measure: claims.measure,
  currency: claims.currency,
};
