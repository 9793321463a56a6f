"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: it renders its own document, without the site chrome. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="bg-paper font-sans text-ink">
        <title>Something went wrong · Claim Desk</title>
        <main className="mx-auto max-w-prose px-4 py-16">
          <h1 className="text-3xl font-semibold tracking-tight">Claim Desk could not load</h1>
          <p className="mt-4 text-stone-700">This is a problem on our side. It is often temporary.</p>
          <button type="button" onClick={() => retry()} className="mt-6 rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
