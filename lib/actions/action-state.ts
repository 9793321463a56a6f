/**
 * What every review action returns to its form (useActionState). Small and serialisable.
 * No server-only import: forms import the type and the initial state.
 */
export type ActionState =
  | { ok: true; message?: string; id?: number }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      /** Someone else changed or deleted the item since the form was opened. */
      conflict?: boolean;
      /** The submitted text, so the form can show it again after a failure. */
      values?: Record<string, string>;
    };

/** Initial state for useActionState: nothing submitted yet. */
export const initialActionState: ActionState | null = null;

export const CONFLICT_MESSAGE = "Someone changed this since you opened it. Your text is kept below; reload to see theirs.";
