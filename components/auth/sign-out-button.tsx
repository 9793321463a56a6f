"use client";

import { signOut } from "next-auth/react";
import { useTransition } from "react";

/** Ends the session, then reloads the home page so nothing reviewer-only stays on screen. */
export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOut({ redirect: false });
          // A full load on purpose: no reviewer-only page state may survive the sign-out.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/");
        })
      }
      className="rounded px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-ink disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
