export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600 sm:px-6">
        <p>
          Claim Desk finds the numbers in press releases so a newsroom can check them. Figures are extracted automatically: read every one
          in its source before you rely on it.
        </p>
      </div>
    </footer>
  );
}
