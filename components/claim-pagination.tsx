import Link from "next/link";
import { claimListHref, type ClaimQuery } from "@/app/_lib/claim-query";

/**
 * Keyset pagination only walks forward: "Next page" carries the cursor the data layer gave us,
 * "First page" drops it. The filters ride along in both links.
 */
export function ClaimPagination({ query, next }: { query: ClaimQuery; next: string | null }) {
  const onFirstPage = !query.cursor;
  if (onFirstPage && !next) return null;
  const linkClass =
    "inline-flex items-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink shadow-xs hover:bg-stone-50";
  return (
    <nav aria-label="Pages of claims" className="mt-8 flex flex-wrap items-center justify-between gap-4">
      {onFirstPage ? (
        <span />
      ) : (
        <Link href={claimListHref({ ...query, cursor: undefined })} className={linkClass}>
          <span aria-hidden="true">«&nbsp;</span>First page
        </Link>
      )}
      {next ? (
        <Link href={claimListHref({ ...query, cursor: next })} className={linkClass} rel="next">
          Next page<span aria-hidden="true">&nbsp;›</span>
        </Link>
      ) : (
        <p className="text-sm text-stone-600">End of the list</p>
      )}
    </nav>
  );
}
