/**
 * What every review action returns to its form (useActionState): the type and the conflict message
 * live in lib/core/form.ts (the cores use them too); forms import them from here.
 * No server-only import: forms import the type and the initial state.
 */
import type { ActionState } from "@/lib/core/form";

export { type ActionState, CONFLICT_MESSAGE } from "@/lib/core/form";

/** Initial state for useActionState: nothing submitted yet. */
export const initialActionState: ActionState | null = null;
