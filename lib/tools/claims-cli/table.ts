/** A plain-text table of an extraction, for a person at a terminal. */
import type { ExplainedExtraction } from "@/lib/engine/extract";

function cell(s: string, width: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

export function formatTable(text: string, { claims, checks, explanations, dropped }: ExplainedExtraction): string {
  const rows = [
    `${cell("#", 4)}${cell("figure", 22)}${cell("value", 16)}${cell("unit", 9)}${cell("subject", 40)}${cell("time", 26)}${cell("speaker", 30)}score`,
  ];
  claims.forEach((c, i) => {
    const value = c.value === null ? "—" : c.denominator ? `${c.value}/${c.denominator}` : String(c.value);
    rows.push(
      `${cell(String(i), 4)}${cell(c.text, 22)}${cell(value, 16)}${cell(c.unit, 9)}${cell(c.subject, 40)}${cell(c.timeScope ?? "", 26)}${cell(c.speaker ?? "", 30)}${c.checkworthiness.toFixed(2)}`,
    );
  });
  if (claims.length === 0) rows.push(text.trim() ? "(no numeric claims)" : "(empty text)");
  if (explanations) {
    rows.push("", "why:");
    explanations.forEach((e, i) => rows.push(`  ${i}: ${[e.subject, e.timeScope, e.speaker].filter(Boolean).join("; ")}`));
  }
  if (dropped?.length) {
    rows.push("", "not claims:");
    for (const d of dropped) rows.push(`  ${JSON.stringify(d.text)}: ${d.rule}`);
  }
  if (checks.length) {
    rows.push("", "checks:");
    for (const k of checks) rows.push(`  ${k.outcome === "consistent" ? "ok " : "!! "} ${k.kind}: ${k.message}`);
  }
  return `${rows.join("\n")}\n`;
}
