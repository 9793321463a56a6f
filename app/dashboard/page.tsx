import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RoleRequired } from "@/components/auth/role-required";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/core/roles";
import { getDashboard } from "@/lib/workflow/dashboard";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/types";
import { listAssignees, listWorkQueue, type QueueItem } from "@/lib/workflow/queries";
import { STATUS_LABELS } from "@/components/claims/claim-format";
import { BulkAssignForm } from "@/components/workflow/bulk-assign-form";
import { StatusChart } from "@/components/workflow/status-chart";
import { formatDateTime } from "@/components/ui/format";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { title: "Editor dashboard" };

const sectionHeading = "mb-3 text-lg font-semibold tracking-tight";
const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

export default async function DashboardPage() {
  const viewer = await getCurrentUser();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/dashboard")}`);
  // Reviewers learn whom the page is for (and read none of its data).
  if (!hasRole(viewer, "editor")) {
    return (
      <RoleRequired
        page="The editor dashboard"
        needs="editor"
        viewer={viewer}
        what="It shows every claim by status, the work waiting for an editor, and assigns claims to reviewers."
      />
    );
  }
  const [dashboard, open, assignees] = await Promise.all([
    getDashboard({ viewer }),
    listWorkQueue({ viewer, statuses: ["unreviewed", "in_review", "ready"], order: "checkworthiness" }),
    listAssignees({ viewer }),
  ]);
  const { statusCounts } = dashboard;

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Editor dashboard</h1>
        <p className="mt-2 text-stone-700">{dashboard.total.toLocaleString("en-US")} claims in all.</p>
      </div>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className={sectionHeading}>
          Claims by status
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {CLAIM_STATUSES.map((status) => (
            <div key={status} className={card}>
              <dt className="text-sm font-medium text-stone-600">{STATUS_LABELS[status]}</dt>
              <dd className="mt-1 text-3xl font-semibold tabular-nums">
                <Link href={`/?status=${status}`} className="hover:underline">
                  {statusCounts[status].toLocaleString("en-US")}
                  <span className="sr-only"> {countPhrase(statusCounts[status], status)}; list them</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="chart-heading" className={card}>
        <h2 id="chart-heading" className={sectionHeading}>
          Claims by status over the last {dashboard.history.length} days
        </h2>
        <StatusChart history={dashboard.history} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="ready-heading">
          <h2 id="ready-heading" className={sectionHeading}>
            Ready for the editor <span className="text-base font-normal text-stone-600">({dashboard.ready.length})</span>
          </h2>
          <WorkList items={dashboard.ready} empty="Nothing is waiting for an editor." action="Review and publish" />
        </section>
        <section aria-labelledby="stale-heading">
          <h2 id="stale-heading" className={sectionHeading}>
            Stale: in review for over {formatHours(dashboard.staleHours)}{" "}
            <span className="text-base font-normal text-stone-600">({dashboard.stale.length})</span>
          </h2>
          <WorkList items={dashboard.stale} empty="No claim has been in review that long." action="Open" />
        </section>
        <section aria-labelledby="changed-heading">
          <h2 id="changed-heading" className={sectionHeading}>
            Text changed after review <span className="text-base font-normal text-stone-600">({dashboard.changed.length})</span>
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            A new version of the release changed the figure or its sentence: check the review still fits, then mark it re-checked.
          </p>
          <WorkList items={dashboard.changed} empty="No reviewed claim has changed since." action="Re-check" />
        </section>
      </div>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className={sectionHeading}>
          Claims by source
        </h2>
        <div
          className="overflow-x-auto rounded-lg border border-stone-200 bg-white"
          tabIndex={0}
          role="group"
          aria-labelledby="sources-heading"
        >
          <table className="w-full min-w-[40rem] text-sm tabular-nums">
            <thead className="bg-stone-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Source
                </th>
                {CLAIM_STATUSES.map((status) => (
                  <th key={status} scope="col" className="px-3 py-2 text-right font-medium">
                    {STATUS_LABELS[status]}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {dashboard.bySource.map((source) => (
                <tr key={source.id}>
                  <th scope="row" className="max-w-[24rem] min-w-[12rem] px-3 py-2 text-left font-normal">
                    <Link href={`/sources/${source.id}`} className="text-accent underline underline-offset-2">
                      {source.title}
                    </Link>
                  </th>
                  {CLAIM_STATUSES.map((status) => (
                    <td key={status} className="px-3 py-2 text-right">
                      {source.counts[status]}
                    </td>
                  ))}
                  <td className="px-3 py-2 text-right font-medium">{source.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="bulk-heading">
        <h2 id="bulk-heading" className={sectionHeading}>
          Assign claims
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Open claims, most check-worthy first{open.length === 200 ? " (the first 200)" : ""}. Assigning moves them to in review.
        </p>
        <BulkAssignForm
          assignees={assignees}
          claims={open.map((item) => ({
            id: item.id,
            version: item.version,
            text: item.text,
            subject: item.subject,
            status: item.status,
            sourceTitle: item.source.title,
            assigneeName: item.assignee?.name ?? null,
          }))}
        />
      </section>
    </div>
  );
}

function WorkList({ items, empty, action }: { items: QueueItem[]; empty: string; action: string }) {
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-600">{empty}</p>;
  return (
    <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div className="min-w-0">
            <p className="font-semibold tabular-nums">
              {item.text} <span className="font-normal text-stone-700">{item.subject}</span>
            </p>
            <p className="text-xs text-stone-600">
              {item.assignee ? `${item.assignee.name}, ` : ""}
              {item.statusChangedAt ? `since ${formatDateTime(item.statusChangedAt)}` : ""}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <StatusBadge status={item.status} />
            <Link href={`/claims/${item.id}`} className="text-sm font-medium text-accent underline underline-offset-2">
              {action}
              <span className="sr-only">: {item.text}</span>
            </Link>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "claim ready", "claims in review": the words after a count, in number with it. */
function countPhrase(count: number, status: ClaimStatus): string {
  return `${count === 1 ? "claim" : "claims"} ${STATUS_LABELS[status].toLowerCase()}`;
}

function formatHours(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24} ${hours === 24 ? "day" : "days"}` : `${hours} hours`;
}
