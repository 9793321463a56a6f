"use client";

import Link from "next/link";
import type { ClaimCardRow } from "./claim-card-row";
import { ClaimExcerpt } from "./claim-excerpt";
import { UNIT_LABELS } from "./claim-format";
import { RatingBadge } from "./rating-badge";
import { PublicStatusBadge, StatusBadge } from "@/components/ui/status-badge";

/**
 * The claim list's cards, rendered from compact rows (components/claims/claim-card-row.ts): a client
 * component so the page data carries one short row a claim, not each rendered card a second time
 * beside the HTML. The server still renders every card into the HTML (readers without script,
 * crawlers).
 */
export function ClaimCards({ rows }: { rows: ClaimCardRow[] }) {
  return (
    <ol className="space-y-4">
      {rows.map((row) => (
        <li key={row[0]}>
          <ClaimCard row={row} />
        </li>
      ))}
    </ol>
  );
}

/**
 * One claim in the list. Everyone sees the verdict where it matters: a published claim's rating and
 * one-line summary, else "Not yet checked". Only signed-in staff, whose rows carry the newsroom's
 * status, also see it; the public never does. Its look is the `.claim-card` and `.claim-facts`
 * classes of app/globals.css: short names instead of utility lists on twenty cards a page.
 */
function ClaimCard({ row }: { row: ClaimCardRow }) {
  const [id, text, subject, before, figure, after, value, unit, speaker, timeScope, sourceId, sourceTitle, verdict, status] = row;
  return (
    <article aria-labelledby={`claim-${id}-figure`} className="claim-card">
      <div className="claim-card-head">
        <h3 id={`claim-${id}-figure`}>
          <Link href={`/claims/${id}`}>{text}</Link>
        </h3>
        <div className="claim-card-badges">
          {verdict ? <RatingBadge rating={verdict[0]} /> : <PublicStatusBadge status="not_checked" />}
          {status ? <StatusBadge status={status} /> : null}
        </div>
      </div>
      <p className="claim-card-subject">{subject}</p>
      {verdict ? (
        <p className="mt-3 rounded-md bg-stone-50 px-3 py-2 text-stone-900" data-testid="verdict-summary">
          <span className="sr-only">Verdict summary: </span>
          {verdict[1]}
        </p>
      ) : null}
      <blockquote>
        <ClaimExcerpt excerpt={{ before, figure, after }} />
      </blockquote>
      <dl className="claim-facts">
        <Fact term="Value">
          <span className="tabular-nums">{value}</span>
        </Fact>
        <Fact term="Said by">{speaker ?? <span className="italic">Not named</span>}</Fact>
        <Fact term="Period">{timeScope ?? <span className="italic">Not stated</span>}</Fact>
        <Fact term="Unit">{UNIT_LABELS[unit]}</Fact>
        <Fact term="Source">
          <Link href={`/sources/${sourceId}`}>{sourceTitle}</Link>
        </Fact>
      </dl>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
