"use client";

import { signIn } from "next-auth/react";
import { useActionState } from "react";

interface SignInState {
  error: string | null;
  email: string;
}

/** next-auth's error codes (from ?error= or signIn's result), in words a person can act on. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  switch (code) {
    case null:
    case undefined:
    case "":
      return null;
    case "CredentialsSignin":
      return "That email and password don’t match an account. Check both and try again.";
    case "RateLimited":
      return "Too many failed sign-ins. Signing in is paused for this account (or this network) for 15 minutes; try again later.";
    case "AccessDenied":
    case "OAuthAccountNotLinked":
      return "This account may not sign in here. Ask an admin to create an account for your email address.";
    case "SessionRequired":
      return "Sign in to see that page.";
    default:
      return "Signing in did not work. Try again in a moment.";
  }
}

export function SignInForm({
  callbackUrl,
  initialError,
  providers,
}: {
  /** Already checked by the page: a path on this site. */
  callbackUrl: string;
  initialError: string | null;
  providers: { github: boolean; google: boolean };
}) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(
    async (_previous, formData) => {
      const email = String(formData.get("email") ?? "");
      const password = String(formData.get("password") ?? "");
      try {
        // redirect: false — next-auth would build the destination from NEXTAUTH_URL; we go to our own checked path.
        const result = await signIn("credentials", { email, password, redirect: false });
        if (!result || result.error || !result.ok) {
          return { error: signInErrorMessage(result?.error ?? "Unknown"), email };
        }
      } catch {
        return { error: signInErrorMessage("Unknown"), email };
      }
      // A full load, so the header and every server component see the new session cookie.
      window.location.assign(callbackUrl);
      return { error: null, email };
    },
    { error: signInErrorMessage(initialError), email: "" },
  );

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" aria-describedby={state.error ? "sign-in-error" : undefined}>
        {state.error ? (
          <p id="sign-in-error" role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
            {state.error}
          </p>
        ) : null}
        <div>
          <label htmlFor="sign-in-email" className="block text-sm font-medium text-stone-800">
            Email
          </label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs"
          />
        </div>
        <div>
          <label htmlFor="sign-in-password" className="block text-sm font-medium text-stone-800">
            Password
          </label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-xs"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-xs hover:bg-blue-950 disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>

      {providers.github || providers.google ? (
        <div className="space-y-2 border-t border-stone-200 pt-6">
          {providers.github ? (
            <button
              type="button"
              onClick={() => void signIn("github", { callbackUrl })}
              className="w-full rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-stone-50"
            >
              Sign in with GitHub
            </button>
          ) : null}
          {providers.google ? (
            <button
              type="button"
              onClick={() => void signIn("google", { callbackUrl })}
              className="w-full rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-stone-50"
            >
              Sign in with Google
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
