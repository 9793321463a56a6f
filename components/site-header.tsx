import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLink } from "@/components/nav-link";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";

const ROLE_LABELS: Record<CurrentUser["role"], string> = { reviewer: "Reviewer", editor: "Editor", admin: "Admin" };

export async function SiteHeader() {
  const user = await currentUserOrNull();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
          Claim<span className="text-accent"> Desk</span>
        </Link>
        {/*
          Phones: logo and account on the first row, the sections on one row of their own that scrolls
          sideways when an editor's or admin's links don't fit, rather than wrapping onto a third row.
        */}
        <nav aria-label="Main" className="order-3 -mx-2 w-[calc(100%+1rem)] overflow-x-auto sm:order-none sm:mx-0 sm:w-auto sm:flex-1 sm:overflow-visible">
          <ul className="flex whitespace-nowrap sm:flex-wrap sm:gap-1">
            <li>
              <NavLink href="/" matches={["/", "/claims"]}>
                Claims
              </NavLink>
            </li>
            <li>
              <NavLink href="/sources" matches={["/sources"]} except={["/sources/new"]}>
                Sources
              </NavLink>
            </li>
            {user ? (
              <li>
                <NavLink href="/sources/new" matches={["/sources/new"]}>
                  Add release
                </NavLink>
              </li>
            ) : null}
            {user ? (
              <li>
                <NavLink href="/datasets" matches={["/datasets"]}>
                  Datasets
                </NavLink>
              </li>
            ) : null}
            {user ? (
              <li>
                <NavLink href="/queue" matches={["/queue"]}>
                  Queue
                </NavLink>
              </li>
            ) : null}
            {user && hasRole(user, "editor") ? (
              <li>
                <NavLink href="/dashboard" matches={["/dashboard"]}>
                  Dashboard
                </NavLink>
              </li>
            ) : null}
            {user && hasRole(user, "admin") ? (
              <li>
                <NavLink href="/admin/users" matches={["/admin"]}>
                  Users
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        {user ? (
          <div className="ml-auto flex items-center gap-2 sm:ml-0" aria-label="Signed in" role="group">
            <p className="text-sm leading-tight">
              <span className="font-medium text-ink">{user.name}</span>
              <span className="block text-xs text-stone-600">{ROLE_LABELS[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        ) : (
          <Link
            href="/sign-in"
            className="ml-auto rounded px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-ink sm:ml-0"
          >
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}

/** The header must not take the whole page down: when the session cannot be read, show "Sign in". */
async function currentUserOrNull(): Promise<CurrentUser | null> {
  try {
    return await getCurrentUser();
  } catch (error) {
    // Next signals dynamic rendering and redirects by throwing: those are not failures.
    unstable_rethrow(error);
    console.error("site header: could not read the signed-in user", error);
    return null;
  }
}
