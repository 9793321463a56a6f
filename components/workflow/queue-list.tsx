import Link from "next/link";
import type { Actor } from "@/lib/core/roles";
import type { QueueItem } from "@/lib/workflow/queries";
import { ClaimExcerpt } from "@/components/claims/claim-excerpt";
import { formatClaimValue } from "@/components/claims/claim-format";
import { StatusBadge } from "@/components/ui/status-badge";
import { CheckworthinessExplainer } from "@/components/claims/checkworthiness-explainer";
import { ClaimMoveForm } from "./claim-move-form";
import { DataMatchBadge } from "@/components/datasets/data-match-badge";

type DataMatches = ReadonlyMap<number, { agrees: boolean; sentence: string; description: string }>;

/**
 * Rows of claims to work on. Each row is one list item with real links and a real button, so Tab
 * walks figure → source → Take, row after row, and Enter acts.
 */
export function QueueList({
  items,
  viewer,
  emptyText,
  label,
  dataMatches,
}: {
  items: QueueItem[];
  viewer: Actor;
  emptyText: string;
  label: string;
  dataMatches?: DataMatches;
}) {
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">{emptyText}</p>;
  }
  return (
    <ol className="space-y-3" aria-label={label}>
      {items.map((item) => (
        <QueueRow key={item.id} item={item} viewer={viewer} dataMatch={dataMatches?.get(item.id)} />
      ))}
    </ol>
  );
}

function QueueRow({
  item,
  viewer,
  dataMatch,
}: {
  item: QueueItem;
  viewer: Actor;
  dataMatch?: { agrees: boolean; sentence: string; description: string };
}) {
  const canTake = item.moves.includes("take");
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs sm:p-5" aria-labelledby={`queue-${item.id}-figure`}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={`queue-${item.id}-figure`} className="text-xl font-semibold tracking-tight tabular-nums">
            <Link href={`/claims/${item.id}`} className="rounded-sm hover:underline">
              {item.text}
            </Link>
          </h3>
          <p className="text-sm font-medium text-stone-700">{item.subject}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={item.status} />
          <DataMatchBadge match={dataMatch} />
        </div>
      </div>
      <blockquote className="mt-3 border-l-2 border-stone-300 pl-3 leading-relaxed text-stone-800">
        <ClaimExcerpt excerpt={item.excerpt} />
      </blockquote>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <dl className="flex min-w-0 flex-wrap gap-x-6 gap-y-1 text-sm text-stone-600">
          <div className="flex gap-1.5">
            <dt className="font-medium text-stone-700">Value</dt>
            <dd className="tabular-nums">{formatClaimValue(item)}</dd>
          </div>
          <div className="flex min-w-0 gap-1.5">
            <dt className="shrink-0 font-medium text-stone-700">Source</dt>
            <dd className="min-w-0">
              <Link href={`/sources/${item.source.id}#claim-${item.id}`} className="text-accent underline underline-offset-2">
                {item.source.title}
              </Link>
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="font-medium text-stone-700">Reviewer</dt>
            <dd>{item.assignee ? item.assignee.id === viewer.id ? "You" : item.assignee.name : <span className="italic">Nobody</span>}</dd>
          </div>
        </dl>
        <ClaimMoveForm
          move="take"
          claimId={item.id}
          version={item.version}
          available={canTake}
          compact
          primary
          label={
            <>
              Take
              <span className="sr-only">
                {" "}
                {item.text}, {item.subject}
              </span>
            </>
          }
        />
      </div>
      {/* After Take in the page's order, so Tab still walks figure → source → Take. */}
      <div className="mt-3 border-t border-stone-100 pt-2">
        <CheckworthinessExplainer claim={item} />
      </div>
    </li>
  );
}
