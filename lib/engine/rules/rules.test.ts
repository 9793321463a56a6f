/**
 * Every named rule's examples, run through the whole engine: a not-a-claim rule must drop each
 * example's figure (and be the rule `--explain` names for it) and leave each look-alike in `keeps`;
 * an attribute rule must be the rule `--explain` names for the example's figure, and the attribute
 * must hold what the example expects.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { ATTRIBUTE_RULES, NOT_A_CLAIM_RULES, SUBJECT_REFINEMENTS } from "./index";

/** The names `adds` refinements append to the deciding rule's name. */
const ADDED = SUBJECT_REFINEMENTS.filter((r) => r.adds).map((r) => r.name);
const withoutAdded = (name: string) => ADDED.reduce((n, added) => n.replace(added, ""), name);

function explained(text: string, figure: string) {
  const { claims, explanations } = extractClaims(text, { explain: true });
  const at = claims.findIndex((c) => c.text === figure);
  expect(at, `claims were ${JSON.stringify(claims.map((c) => c.text))}`).toBeGreaterThanOrEqual(0);
  return { claim: claims[at]!, why: explanations![at]! };
}

describe.each(NOT_A_CLAIM_RULES.map((rule) => [rule.name, rule] as const))("not a claim: %s", (_name, rule) => {
  it.each(rule.examples.map((e) => [e.figure, e.text] as const))("drops %j in %j", (figure, text) => {
    const { claims, dropped } = extractClaims(text, { explain: true });
    expect(claims.map((c) => c.text)).not.toContain(figure);
    expect(dropped).toContainEqual(expect.objectContaining({ text: figure, rule: rule.name }));
  });
  it.each(rule.keeps.map((e) => [e.figure, e.text] as const))("keeps %j in %j", (figure, text) => {
    const { claims } = extractClaims(text);
    expect(claims.map((c) => c.text)).toContain(figure);
  });
});

describe.each(ATTRIBUTE_RULES.map((rule) => [rule.name, rule] as const))("%s", (_name, rule) => {
  it.each(rule.examples.map((e) => [e.figure, e.text, e.expect] as const))("reads %j in %j as %j", (figure, text, expected) => {
    const { claim, why } = explained(text, figure);
    expect(why[rule.attribute]).toBeDefined();
    expect(withoutAdded(why[rule.attribute]!)).toBe(rule.name);
    expect(claim[rule.attribute]).toContain(expected);
  });
});

describe.each(SUBJECT_REFINEMENTS.map((rule) => [rule.name, rule] as const))("refinement %s", (_name, rule) => {
  it.each(rule.examples.map((e) => [e.figure, e.text, e.expect] as const))("reads %j in %j as %j", (figure, text, expected) => {
    const { claim, why } = explained(text, figure);
    if (rule.adds) expect(why.subject).toContain(rule.name);
    else expect(withoutAdded(why.subject)).toBe(rule.name);
    expect(claim.subject).toContain(expected);
  });
});

describe("the rule book", () => {
  const all = [...NOT_A_CLAIM_RULES, ...ATTRIBUTE_RULES, ...SUBJECT_REFINEMENTS];

  it("gives every rule a name of its own and at least one example", () => {
    const names = all.map((r) => r.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(all.filter((r) => r.examples.length === 0).map((r) => r.name)).toEqual([]);
  });

  it("records every rule name the engine's modules can give", () => {
    // Names written as literals outside the records (layout.ts names what a paragraph inherits).
    const dir = new URL("../", import.meta.url);
    const files = [...readdirSync(dir).map((f) => `../${f}`), ...readdirSync(new URL("./", import.meta.url)).map((f) => `./${f}`)];
    const source = files
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(new URL(f, import.meta.url), "utf8"))
      .join("\n");
    const named = new Set([...source.matchAll(/"((?:subject|time|speaker|table): [^"]+)"/g)].map((m) => m[1]!));
    const recorded = new Set(all.map((r) => r.name));
    expect([...named].filter((name) => !recorded.has(name))).toEqual([]);
  });
});
