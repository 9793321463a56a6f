import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AddDatasetForm } from "@/components/datasets/add-dataset-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { MAX_DATASET_BYTES } from "@/lib/datasets/parse";

export const metadata: Metadata = { title: "Add a dataset" };

export default async function AddDatasetPage() {
  await connection();
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/datasets/new")}`);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/datasets" className="text-accent underline-offset-2 hover:underline">
          <span aria-hidden="true">‹ </span>All datasets
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Add a dataset</h1>
      <p className="mt-2 max-w-prose text-stone-600">
        A table the figures in releases come from: Claim Desk reads its columns (periods, categories, numbers) and
        offers its cells, sums, changes and shares beside every claim they may check.
      </p>
      <div className="mt-8">
        <AddDatasetForm maxBytes={MAX_DATASET_BYTES} />
      </div>
    </div>
  );
}
