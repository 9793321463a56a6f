"use client";

import Link from "next/link";
import { createContext, useContext, useSyncExternalStore } from "react";
import { UNIT_LABELS } from "@/components/claims/claim-format";
import { type ClaimRow, rowText, type SourceTextAudience, toneLabel } from "./release-tones";
import { PublicStatusBadge, StatusBadge } from "@/components/ui/status-badge";
import type { ClaimStatus, PublicStatus } from "@/lib/claims/types";

/**
 * The release text and its claim list, rendered from compact rows (components/sources/release-tones.ts).
 * Client components so the page data carries the body and one short row a claim, not the rendered
 * tree a second time beside the HTML: a release of 5,000 figures was 12.8 MB (README "The source
 * page at 5,000 figures"). components/sources/source-text.tsx builds the rows; <ReleaseData> around the
 * page hands them to every part once (props given to several client components are written into the
 * page data once each).
 */

interface Release {
  sourceId: number;
  body: string;
  rows: ClaimRow[];
  audience: SourceTextAudience;
}

const ReleaseContext = createContext<Release>({ sourceId: 0, body: "", rows: [], audience: "public" });

export function ReleaseData({ children, ...release }: Release & { children: React.ReactNode }) {
  return <ReleaseContext value={release}>{children}</ReleaseContext>;
}

/** The release's body, claim rows and audience, inside <ReleaseData>. */
export function useRelease(): Release {
  return useContext(ReleaseContext);
}

/**
 * The release, paragraph by paragraph (`paragraphs`: [start, end] offsets), every drawn claim
 * linked. For staff (who select text to add a claim) every piece of text sits in an element carrying
 * `data-offset`, its UTF-16 start in the body, so a selection maps back to exact offsets
 * (components/sources/source-selection.ts).
 */
export function ReleaseText({ paragraphs }: { paragraphs: [number, number][] }) {
  const { body, rows, audience } = useRelease();
  const offsets = audience === "staff";
  const figures = rows.filter((row) => row[6] === 1);
  let next = 0;
  return (
    <div data-source-body="" data-length={body.length} className="space-y-4 text-[1.0625rem] leading-8 text-stone-900">
      {paragraphs.map(([from, to]) => {
        const parts: React.ReactNode[] = [];
        let at = from;
        const text = (start: number, end: number) =>
          offsets ? (
            <span key={`t${start}`} data-offset={start}>
              {body.slice(start, end)}
            </span>
          ) : (
            body.slice(start, end)
          );
        // Drawn figures do not overlap, so their ends are in order too: step back to one that began
        // in an earlier paragraph and runs into this one.
        while (next > 0 && (figures[next - 1]?.[2] ?? 0) > from) next -= 1;
        for (; next < figures.length; next += 1) {
          const [id, markStart, markEnd, tone] = figures[next] as ClaimRow;
          if (markStart >= to) break;
          if (markEnd <= from) continue;
          const start = Math.max(markStart, from);
          const end = Math.min(markEnd, to);
          if (start > at) parts.push(text(at, start));
          const label = toneLabel(tone, audience);
          parts.push(
            <Link
              key={id}
              id={`claim-${id}`}
              href={`/claims/${id}`}
              aria-label={`${body.slice(start, end)} (claim, ${label})`}
              data-status={tone}
              className="release-figure"
            >
              <mark data-offset={offsets ? start : undefined}>{body.slice(start, end)}</mark>
            </Link>,
          );
          at = end;
        }
        if (at < to) parts.push(text(at, to));
        return (
          <p key={from} className="whitespace-pre-line">
            {parts}
          </p>
        );
      })}
    </div>
  );
}

/**
 * How many rows of the claim list the server writes into the HTML; the browser adds the rest once
 * the page is live (a release of 5,000 figures would otherwise spend 0.8 MB of HTML on a list beside
 * the text that already links every figure). Without script, a last row links to the whole list.
 */
export const SERVER_LIST_ROWS = 300;

const noSubscription = () => () => {};

/** The release's claims, one row each, with where each stands (styles: .release-claims in app/globals.css). */
export function ReleaseClaimList() {
  const { sourceId, body, rows, audience } = useRelease();
  // false on the server and while hydrating (so the HTML matches), true once the page is live.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const shown = live ? rows : rows.slice(0, SERVER_LIST_ROWS);
  return (
    <ol className="release-claims divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {shown.map((row) => (
        <li key={row[0]}>
          <div>
            <Link href={`/claims/${row[0]}`}>{rowText(body, row)}</Link>
            <span>
              {`${UNIT_LABELS[row[4]]} · `}
              <span>{row[5]}</span>
            </span>
          </div>
          {audience === "staff" ? <StatusBadge status={row[3] as ClaimStatus} /> : <PublicStatusBadge status={row[3] as PublicStatus} />}
        </li>
      ))}
      {shown.length < rows.length ? (
        <li>
          <div>
            <Link href={`/?sourceId=${sourceId}`}>{`${(rows.length - shown.length).toLocaleString("en-US")} more claims`}</Link>
            <span>in the claim list</span>
          </div>
        </li>
      ) : null}
    </ol>
  );
}
