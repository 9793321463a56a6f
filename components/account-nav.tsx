"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/ui/nav-link";

/**
 * The header's staff links and account area. Pages are the same for every visitor (and served
 * from the page cache), so who is signed in is asked for here, once per page load, from
 * /api/session-user. The links only show the way: every staff page and action checks the user
 * on the server.
 */
type Role = "reviewer" | "editor" | "admin";
interface SessionUser {
  name: string;
  role: Role;
}
type State = { loaded: false } | { loaded: true; user: SessionUser | null };

const ROLE_LABELS: Record<Role, string> = { reviewer: "Reviewer", editor: "Editor", admin: "Admin" };
const RANK: Record<Role, number> = { reviewer: 1, editor: 2, admin: 3 };

/** One request per page load, shared by the two parts of the header. */
let pending: Promise<SessionUser | null> | null = null;
function loadUser(): Promise<SessionUser | null> {
  pending ??= fetch("/api/session-user", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<{ user: SessionUser | null }>) : { user: null }))
    .then((body) => body.user)
    .catch(() => null);
  return pending;
}

function useSessionUser(): State {
  const [state, setState] = useState<State>({ loaded: false });
  useEffect(() => {
    let live = true;
    void loadUser().then((user) => {
      if (live) setState({ loaded: true, user });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The sections only staff use, as list items of the header's navigation. */
export function StaffNavLinks() {
  const state = useSessionUser();
  if (!state.loaded || !state.user) return null;
  const rank = RANK[state.user.role];
  return (
    <>
      <li>
        <NavLink href="/sources/new" matches={["/sources/new"]}>
          Add release
        </NavLink>
      </li>
      <li>
        <NavLink href="/datasets" matches={["/datasets"]}>
          Datasets
        </NavLink>
      </li>
      <li>
        <NavLink href="/queue" matches={["/queue"]}>
          Queue
        </NavLink>
      </li>
      {rank >= RANK.editor ? (
        <li>
          <NavLink href="/dashboard" matches={["/dashboard"]}>
            Dashboard
          </NavLink>
        </li>
      ) : null}
      {rank >= RANK.admin ? (
        <li>
          <NavLink href="/admin/users" matches={["/admin"]}>
            Users
          </NavLink>
        </li>
      ) : null}
    </>
  );
}

/** "Sign in", or the signed-in person with "Sign out"; an empty slot of the same size while it loads. */
export function AccountArea() {
  const state = useSessionUser();
  if (!state.loaded) return <div className="ml-auto h-9 w-16 sm:ml-0" aria-hidden="true" />;
  const { user } = state;
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className="ml-auto rounded px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-ink sm:ml-0"
      >
        Sign in
      </Link>
    );
  }
  return (
    <div className="ml-auto flex items-center gap-2 sm:ml-0" aria-label="Signed in" role="group">
      <p className="text-sm leading-tight">
        <span className="font-medium text-ink">{user.name}</span>
        <span className="block text-xs text-stone-600">{ROLE_LABELS[user.role]}</span>
      </p>
      <SignOutButton />
    </div>
  );
}
