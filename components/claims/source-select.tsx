"use client";

/**
 * The source menu of the claim list's filter form (components/claims/claim-filters.tsx): a client
 * component so the page data carries the ~100 sources as [id, title] pairs, not ~100 rendered
 * options beside the HTML. The server still renders every option into the HTML (the form works
 * without script).
 */
export function SourceSelect({
  sources,
  defaultValue,
  className,
}: {
  sources: [id: number, title: string][];
  defaultValue: string;
  className: string;
}) {
  return (
    <select id="filter-source" name="sourceId" defaultValue={defaultValue} className={className}>
      <option value="">Any source</option>
      {sources.map(([id, title]) => (
        <option key={id} value={String(id)}>
          {title}
        </option>
      ))}
    </select>
  );
}
