"use client";

import { createContext, useCallback, useContext, useRef } from "react";

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
