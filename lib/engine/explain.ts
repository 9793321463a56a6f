/** What `claims extract --explain` reports: the rule behind each attribute and each number left out. */

/** Why the engine decided what it did about one claim: the rule behind each attribute. */
export interface Explanation {
  subject: string;
  timeScope?: string;
  speaker?: string;
}

/** A number the engine left out, with the rule that said it is not a claim. */
export interface Dropped {
  start: number;
  end: number;
  text: string;
  rule: string;
}

/** What `--explain` reports, collected as the engine decides. */
export class Trace {
  readonly explanations: Explanation[] = [];
  readonly dropped: Dropped[] = [];
}
