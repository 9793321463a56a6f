import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-prose py-12">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">404 · Not found</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">We can’t find that page</h1>
      <p className="mt-4 text-stone-700">
        The claim or source may never have existed, or the link was mistyped. Claims and sources are numbered: a link like{" "}
        <code className="rounded bg-stone-100 px-1">/claims/12</code> names one.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href="/" className="font-medium text-accent underline underline-offset-2">
            Browse all claims
          </Link>
        </li>
        <li>
          <Link href="/sources" className="font-medium text-accent underline underline-offset-2">
            Browse sources
          </Link>
        </li>
      </ul>
    </div>
  );
}
