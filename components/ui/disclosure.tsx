"use client";

import { createContext, useActionState, useCallback, useContext, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";

const CloseContext = createContext<() => void>(() => {});

/** A <details> that a form inside may close once it has saved (useCloseDisclosure). */
export function Disclosure({
  summary,
  summaryClassName = "",
  className = "",
  children,
}: {
  summary: React.ReactNode;
  summaryClassName?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => {
    if (ref.current) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} className={className}>
      <summary className={`cursor-pointer ${summaryClassName}`}>{summary}</summary>
      <CloseContext value={close}>{children}</CloseContext>
    </details>
  );
}

/** Closes the surrounding Disclosure; does nothing outside one. */
export function useCloseDisclosure(): () => void {
  return useContext(CloseContext);
}

/** A form's action state that closes the surrounding Disclosure after each save that succeeded. */
export function useActionThatCloses(
  action: (state: ActionState | null, formData: FormData) => Promise<ActionState | null>,
): [state: ActionState | null, formAction: (formData: FormData) => void, pending: boolean] {
  const [state, formAction, pending] = useActionState<ActionState | null, FormData>(action, null);
  const close = useCloseDisclosure();
  const seen = useRef<ActionState | null>(null);
  useEffect(() => {
    if (state?.ok && seen.current !== state) close();
    seen.current = state;
  }, [state, close]);
  return [state, formAction, pending];
}
