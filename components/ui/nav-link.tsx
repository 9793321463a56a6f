"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** A header link that marks itself as the current section (aria-current) for readers and screen readers. */
export function NavLink({
  href,
  matches,
  except = [],
  children,
}: {
  href: string;
  /** Path prefixes that belong to this section; "/" matches only the root. */
  matches: string[];
  /** Paths under `matches` that belong to another link. */
  except?: string[];
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const under = (prefix: string) => (prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`));
  const current = matches.some(under) && !except.some(under);
  // On a phone the links scroll sideways when they don't fit: keep the current one in view.
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);
  return (
    <Link
      ref={ref}
      href={href}
      aria-current={current ? "page" : undefined}
      className="block rounded px-2 py-2 text-sm font-medium text-stone-600 sm:px-3 hover:bg-stone-100 hover:text-ink aria-[current=page]:bg-stone-100 aria-[current=page]:text-ink"
    >
      {children}
    </Link>
  );
}
