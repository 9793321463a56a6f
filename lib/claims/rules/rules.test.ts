/**
 * Every named rule's examples, run through the whole engine: the rule must drop each example's
 * figure (and be the rule `--explain` names for it), and must leave each look-alike in `keeps`.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract";
import { NOT_A_CLAIM_RULES } from "./not-a-claim";

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
