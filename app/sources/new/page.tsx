import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AddReleaseForm } from "@/components/sources/add-release-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { MAX_DOCUMENT_BYTES } from "@/lib/ingest/limits";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Add a release" };

/** Any signed-in role adds releases; anonymous visitors are sent to sign in and brought back. */
export default async function AddReleasePage() {
  await connection();
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/sources/new")}`);

  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/sources">All sources</BackLink>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Add a release</h1>
      <p className="mt-2 max-w-prose text-stone-600">
        Paste the text of a press release, upload it as a file, or give its web address. Claim Desk finds the figures in it as soon as you
        add it; the same text added twice stays one source.
      </p>
      <div className="mt-8">
        <AddReleaseForm maxBytes={MAX_DOCUMENT_BYTES} />
      </div>
    </div>
  );
}
