import Link from "next/link";
import type { UserRole } from "@/lib/core/fields";

const ROLE_WORDS: Record<UserRole, string> = { reviewer: "a reviewer", editor: "an editor", admin: "an admin" };
const NEEDED: Record<Exclude<UserRole, "reviewer">, string> = { editor: "editors and admins", admin: "admins" };

/**
 * What a signed-in person meets on a page their role does not open: which role it is for and where
 * their own work is, instead of a "not found" that makes them doubt the link. The page decides on
 * the server and renders this in place of its content; nothing of that content is read.
 */
export function RoleRequired({
  page,
  needs,
  viewer,
  what,
}: {
  /** The page's name, as its heading would say it ("The editor dashboard"). */
  page: string;
  needs: Exclude<UserRole, "reviewer">;
  viewer: { name: string; role: UserRole };
  /** One sentence on what the page is for. */
  what: string;
}) {
  return (
    <div className="mx-auto max-w-prose py-12">
      <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">For {NEEDED[needs]}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">
        {page} is for {NEEDED[needs]}
      </h1>
      <p className="mt-4 text-stone-700">{what}</p>
      <p className="mt-4 text-stone-700">
        You are signed in as <strong>{viewer.name}</strong>, {ROLE_WORDS[viewer.role]}. If you need this page, ask an admin to change your
        role.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link href="/queue" className="font-medium text-accent underline underline-offset-2">
            Your review queue
          </Link>
        </li>
        <li>
          <Link href="/" className="font-medium text-accent underline underline-offset-2">
            All claims
          </Link>
        </li>
      </ul>
    </div>
  );
}
