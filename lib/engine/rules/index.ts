/**
 * The engine's rule book: every named rule, for the tests that run their examples and for anyone
 * reading what the engine knows. Each rule lives in the module that applies it.
 */
import { LAYOUT_RULES, type AttributeRule } from "./attributes";
import { NOT_A_CLAIM_RULES } from "./not-a-claim";
import { FINDING_IN_NEXT_SENTENCE, QUOTATION_ATTRIBUTED_LATER, SPEAKER_RULES } from "./speaker";
import { SUBJECT_REFINEMENTS, SUBJECT_RULES } from "./subject";
import { TIME_RULES } from "./time";

/** Every rule that decides a subject, a period or a speaker, by its name. */
export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  ...SUBJECT_RULES,
  ...TIME_RULES,
  ...SPEAKER_RULES,
  FINDING_IN_NEXT_SENTENCE,
  QUOTATION_ATTRIBUTED_LATER,
  ...LAYOUT_RULES,
];

export { NOT_A_CLAIM_RULES, SUBJECT_REFINEMENTS };
