import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/db/client";
import { dataMatchesFor } from "@/lib/datasets/queries";
import { listQueueView, QUEUE_VIEWS, type QueueView } from "@/lib/workflow/queries";
import { QueueList } from "@/components/workflow/queue-list";

export const metadata: Metadata = { title: "Review queue" };

const TABS: Record<QueueView, { label: string; intro: string; empty: string }> = {
  waiting: {
    label: "Waiting for review",
    intro: "Every claim nobody has sent to the editors yet, most check-worthy first.",
    empty: "Nothing is waiting for review.",
  },
  mine: {
    label: "Mine",
    intro: "Claims you are reviewing, and those you sent to the editors.",
    empty: "You have no claims. Take one from “Unassigned”.",
  },
  unassigned: {
    label: "Unassigned",
    intro: "Claims nobody has taken, most check-worthy first.",
    empty: "Every open claim has a reviewer.",
  },
};

const viewSchema = z.enum(QUEUE_VIEWS).catch("waiting");

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentUser();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/queue")}`);
  const view = viewSchema.parse((await searchParams).view);
  const items = await listQueueView({ viewer, view });
  const dataMatches = await dataMatchesFor(
    await getDb(),
    items.map((item) => item.id),
  );
  const tab = TABS[view];

  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Review queue</h1>
      <p className="mt-2 max-w-2xl text-stone-700">
        Open a claim to cite and note it, or take it to make it yours. Keyboard: Tab moves through each claim’s figure, its source and its
        Take button; Enter follows or presses.
      </p>
      <nav aria-label="Queue views" className="mt-6 border-b border-stone-200">
        <ul className="-mb-px flex flex-wrap gap-1">
          {QUEUE_VIEWS.map((key) => (
            <li key={key}>
              <Link
                href={key === "waiting" ? "/queue" : `/queue?view=${key}`}
                aria-current={key === view ? "page" : undefined}
                className="inline-block rounded-t-md border border-transparent px-4 py-2 text-sm font-medium text-stone-600 hover:text-ink aria-[current=page]:border-stone-200 aria-[current=page]:border-b-paper aria-[current=page]:bg-paper aria-[current=page]:text-ink"
              >
                {TABS[key].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="queue-heading" className="mt-6">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="queue-heading" className="text-xl font-semibold tracking-tight">
            {tab.label} <span className="text-base font-normal text-stone-600">({items.length === 200 ? "first 200" : items.length})</span>
          </h2>
          <p className="text-sm text-stone-600">{tab.intro}</p>
        </div>
        <QueueList dataMatches={dataMatches} items={items} viewer={viewer} emptyText={tab.empty} label={tab.label} />
      </section>
    </div>
  );
}
