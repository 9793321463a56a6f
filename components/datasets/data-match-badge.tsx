/** "Agrees with …" / "Differs by 12% from …": a claim's strongest data match (never a verdict). */
export function DataMatchBadge({ match }: { match: { agrees: boolean; sentence: string; description: string } | undefined }) {
  if (!match) return null;
  const text = match.agrees
    ? `Agrees with ${match.description}`
    : `${match.sentence.replace(/^differs/, "Differs")} (${match.description})`;
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${match.agrees ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}
      title="A suggestion from the datasets, not a verdict"
    >
      {text}
    </span>
  );
}
