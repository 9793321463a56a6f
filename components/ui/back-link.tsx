import Link from "next/link";

/** The "‹ All …" link above a page, back to the list it belongs to. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-accent underline-offset-2 hover:underline">
        <span aria-hidden="true">‹ </span>
        {children}
      </Link>
    </p>
  );
}
