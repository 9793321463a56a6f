import Link from "next/link";

/**
 * Keyset pagination only walks forward: "Next page" carries the cursor the data layer gave us,
 * "First page" drops it. The caller builds both links, so the list's filters ride along.
 */
export function KeysetPagination({
  label,
  firstHref,
  nextHref,
}: {
  /** Names the navigation landmark, e.g. "Pages of claims". */
  label: string;
  /** The list's first page, or null when this is it. */
  firstHref: string | null;
  /** The following page, or null on the last one. */
  nextHref: string | null;
}) {
  if (!firstHref && !nextHref) return null;
  const linkClass =
    "inline-flex items-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink shadow-xs hover:bg-stone-50";
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap items-center justify-between gap-4">
      {firstHref ? (
        <Link href={firstHref} className={linkClass}>
          <span aria-hidden="true">«&nbsp;</span>First page
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link href={nextHref} className={linkClass} rel="next">
          Next page<span aria-hidden="true">&nbsp;›</span>
        </Link>
      ) : (
        <p className="text-sm text-stone-600">End of the list</p>
      )}
    </nav>
  );
}
