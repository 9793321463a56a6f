import Link from "next/link";
import { NavLink } from "@/components/nav-link";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
          Claim<span className="text-accent"> Desk</span>
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex gap-1">
            <li>
              <NavLink href="/" matches={["/", "/claims"]}>
                Claims
              </NavLink>
            </li>
            <li>
              <NavLink href="/sources" matches={["/sources"]}>
                Sources
              </NavLink>
            </li>
          </ul>
        </nav>
        {/* Slot for the signed-in user (name, sign-out): added with authentication in the next issue. */}
      </div>
    </header>
  );
}
