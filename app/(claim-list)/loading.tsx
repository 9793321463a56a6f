/**
 * Shown while a new search runs. It lives in this route group so it covers only the claim list:
 * a loading boundary above /claims/[id] would start streaming before notFound() and turn 404s into 200s.
 */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading claims…</p>
      <div className="mb-6 h-9 w-40 animate-pulse rounded bg-stone-200" />
      <div className="h-36 animate-pulse rounded-lg border border-stone-200 bg-white" />
      <ul className="mt-8 space-y-4" aria-hidden="true">
        {[0, 1, 2].map((key) => (
          <li key={key} className="h-44 animate-pulse rounded-lg border border-stone-200 bg-white" />
        ))}
      </ul>
    </div>
  );
}
