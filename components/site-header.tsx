import Link from "next/link";
import { AccountArea, StaffNavLinks } from "./account-nav";
import { NavLink } from "@/components/ui/nav-link";

/**
 * The same for every visitor, so that pages can be cached: the staff links and the account area
 * ask who is signed in from the browser (components/account-nav.tsx).
 */
export function SiteHeader() {
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
        <nav
          aria-label="Main"
          className="order-3 -mx-2 w-[calc(100%+1rem)] overflow-x-auto sm:order-none sm:mx-0 sm:w-auto sm:flex-1 sm:overflow-visible"
        >
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
            <StaffNavLinks />
          </ul>
        </nav>
        <AccountArea />
      </div>
    </header>
  );
}
