import Link from "next/link";
import type { CheckKind } from "@/lib/claims/types";
import type { SourceDetail } from "@/lib/data/types";

const KIND_LABELS: Record<CheckKind, string> = {
  "percent-vs-ratio": "Percentage against its ratio",
  "repeated-figure": "Same figure stated twice",
  "change-vs-figures": "Change against the figures it compares",
  "count-vs-list": "Count against the list it counts",
};

/** The engine's arithmetic checks of one release, each with the claims it involves. */
export function CheckList({ checks, claims }: Pick<SourceDetail, "checks" | "claims">) {
  if (checks.length === 0) {
    return (
      <p className="text-sm text-stone-600">
        No arithmetic relations were found between the figures of this release (a percentage and its ratio,
        a figure stated twice, a change and its figures, a count and its list).
      </p>
    );
  }
  const textOf = new Map(claims.map((claim) => [claim.id, claim.text]));
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
              <p className="mt-2 text-sm text-stone-700">
                Claims involved:{" "}
                {check.claimIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/claims/${id}`} className="font-medium text-accent underline underline-offset-2">
                      {textOf.get(id) ?? `claim ${id}`}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
