import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RoleRequired } from "@/components/auth/role-required";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserAccessForm } from "@/components/users/user-access-form";
import { UserRoleForm } from "@/components/users/user-role-form";
import { formatDateTime } from "@/components/ui/format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/workflow/review";
import { hasRole } from "@/lib/core/roles";
import { isAppError } from "@/lib/core/errors";

export const metadata: Metadata = { title: "Users" };

/**
 * Admins only. proxy.ts sends anonymous visitors to /sign-in first, but the decision is made here
 * and again in listUsers and every action: a signed-in non-admin is told the page is for admins.
 */
export default async function AdminUsersPage() {
  const viewer = await getCurrentUser();
  if (!viewer) redirect("/sign-in?callbackUrl=%2Fadmin%2Fusers");
  if (!hasRole(viewer, "admin")) {
    return (
      <RoleRequired
        page="The accounts page"
        needs="admin"
        viewer={viewer}
        what="It lists the newsroom’s accounts, creates them and changes their roles."
      />
    );
  }
  let users;
  try {
    users = await listUsers({ viewer });
  } catch (error) {
    if (isAppError(error, "forbidden") || isAppError(error, "unauthorized")) notFound();
    throw error;
  }

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Users</h1>
        <p className="mt-2 text-stone-600">
          Reviewers add citations and notes; editors also change anyone’s and publish; admins also manage accounts. Changing a role or
          disabling an account signs that person out everywhere at once.
        </p>
      </header>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
          Accounts ({users.length})
        </h2>
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {users.map((user) => (
            <li
              key={user.id}
              aria-label={user.email}
              className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-4"
            >
              <div className="min-w-0">
                <p className="font-medium break-words text-ink">
                  {user.name}
                  {user.id === viewer.id ? <span className="text-stone-600"> (you)</span> : null}
                  {user.disabled ? <span className="ml-2 text-xs text-red-800 uppercase">disabled</span> : null}
                </p>
                <p className="text-sm break-all text-stone-600">{user.email}</p>
                <p className="text-xs text-stone-600">Since {formatDateTime(user.createdAt)}</p>
              </div>
              <div className="flex flex-wrap items-start gap-3 sm:max-w-md sm:justify-end">
                <UserRoleForm userId={user.id} email={user.email} role={user.role} />
                {user.id === viewer.id ? null : <UserAccessForm userId={user.id} email={user.email} disabled={user.disabled} />}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="mb-3 text-sm font-semibold tracking-wide text-stone-600 uppercase">
          Create an account
        </h2>
        <div className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
          <CreateUserForm />
        </div>
      </section>
    </div>
  );
}
