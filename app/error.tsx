"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * Shown when a page fails on the server (the database is unreachable, a bug): say so plainly,
 * offer a retry. The error's details never reach the browser, so it asks /api/health whether the
 * database is the cause, and says so: nothing was lost. (While the outage lasts, the server
 * answers page requests with its own 503 page before rendering: lib/auth/start.mjs.)
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    console.error(error);
    let cancelled = false;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => (response.status === 503 ? response.json() : null))
      .then((body: { database?: string } | null) => {
        if (!cancelled && body?.database === "unavailable") setDatabaseDown(true);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div role="alert" className="mx-auto max-w-prose py-12">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">This page could not be loaded</h1>
      {databaseDown ? (
        <p className="mt-4 text-stone-700">
          The database is unavailable right now. Nothing was lost: everything saved before is still there. Try again in a moment.
        </p>
      ) : (
        <p className="mt-4 text-stone-700">
          Claim Desk could not fetch what this page needs. This is a problem on our side, not with your link. It is often temporary: try
          again in a moment.
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950"
        >
          Try again
        </button>
        <Link href="/" className="text-sm font-medium text-accent underline underline-offset-2">
          Go to all claims
        </Link>
      </div>
      {digest ? (
        <p className="mt-6 text-xs text-stone-600">
          If it keeps happening, tell the team this reference: <code>{digest}</code>
        </p>
      ) : null}
    </div>
  );
}
