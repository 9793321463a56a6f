"use client";

import Link from "next/link";
import { Fragment } from "react";
import type { CheckKind } from "@/lib/engine/types";
import { rowText } from "./release-tones";
import { useRelease } from "./release-text";

const KIND_LABELS: Record<CheckKind, string> = {
  "percent-vs-ratio": "Percentage against its ratio",
  "repeated-figure": "Same figure stated twice",
  "change-vs-figures": "Change against the figures it compares",
  "count-vs-list": "Count against the list it counts",
};

/** What the check list needs of a check (the page passes only this, not the spans). */
export interface CheckItem {
  kind: CheckKind;
  outcome: "consistent" | "inconsistent";
  message: string;
  claimIds: number[];
}

/**
 * The engine's arithmetic checks of one release, each with the claims it involves. A client
 * component inside <ReleaseData> (components/sources/release-text.tsx): a check may name thousands of claims,
 * and their texts come from the page's claim rows rather than from a rendered tree in the page data.
 */
export function CheckList({ checks }: { checks: CheckItem[] }) {
  const { body, rows } = useRelease();
  if (checks.length === 0) {
    return (
      <p className="text-sm text-stone-600">
        No arithmetic relations were found between the figures of this release (a percentage and its ratio, a figure stated twice, a change
        and its figures, a count and its list).
      </p>
    );
  }
  const textOf = new Map(rows.map((row) => [row[0], rowText(body, row)]));
  return (
    <ul className="space-y-3">
      {checks.map((check, index) => {
        const consistent = check.outcome === "consistent";
        return (
          <li
            key={`${check.kind}-${index}`}
            className={`rounded-lg border p-4 ${consistent ? "border-emerald-200 bg-emerald-50/60" : "border-red-200 bg-red-50/70"}`}
          >
            <p className={`text-sm font-semibold ${consistent ? "text-emerald-800" : "text-red-800"}`}>
              <span aria-hidden="true">{consistent ? "✓ " : "✗ "}</span>
              {consistent ? "Consistent" : "Inconsistent"}
              <span className="font-normal text-stone-700"> · {KIND_LABELS[check.kind]}</span>
            </p>
            <p className="mt-1 text-sm text-stone-900">{check.message}</p>
            {check.claimIds.length > 0 ? (
              // The links' style is .check-claims a (app/globals.css): a check may name thousands of claims.
              <p className="check-claims mt-2 text-sm text-stone-700">
                Claims involved:{" "}
                {check.claimIds.map((id, i) => (
                  <Fragment key={id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/claims/${id}`}>{textOf.get(id) ?? `claim ${id}`}</Link>
                  </Fragment>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
