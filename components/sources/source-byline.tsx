import { formatDate } from "@/components/claims/claim-format";

/**
 * A release's publisher and date as items of a description list, saying so when the release does
 * not state them: the sources list and a source's page both show them.
 */
export function SourceBylineItems({
  publisher,
  publishedAt,
  itemClassName,
}: {
  publisher: string | null;
  publishedAt: string | null;
  itemClassName?: string;
}) {
  return (
    <>
      <div className={itemClassName}>
        <dt className="sr-only">Publisher</dt>
        <dd>{publisher ?? "Publisher not stated"}</dd>
      </div>
      <div className={itemClassName}>
        <dt className="sr-only">Published</dt>
        <dd>{publishedAt ? <time dateTime={publishedAt}>{formatDate(publishedAt)}</time> : "Date not stated"}</dd>
      </div>
    </>
  );
}
