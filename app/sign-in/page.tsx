import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackPath } from "@/components/auth/safe-callback";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listDemoAccounts } from "@/lib/auth/demo-accounts";
import { readAuthEnv } from "@/lib/auth/env";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const user = await getCurrentUser();
  const env = readAuthEnv();
  const demo = user ? null : await listDemoAccounts();

  return (
    <div className="mx-auto max-w-sm py-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      {user ? (
        <p className="mt-4 text-stone-700">
          You are signed in as <strong>{user.name}</strong> ({user.role}).{" "}
          <Link href={callbackUrl} className="font-medium text-accent underline underline-offset-2">
            Continue
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-stone-600">
            For reviewers, editors and admins of this newsroom. Reading claims needs no account.
          </p>
          <div className="mt-6 rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
            <SignInForm
              callbackUrl={callbackUrl}
              initialError={first(params.error)}
              providers={{ github: env.github !== null, google: env.google !== null }}
            />
          </div>
          {demo ? (
            <section aria-labelledby="demo-heading" className="mt-6 rounded-xl border border-sky-200 bg-sky-50 p-4 text-sm text-sky-950">
              <h2 id="demo-heading" className="font-semibold">
                Demo accounts on this embedded database
              </h2>
              <ul className="mt-2 space-y-1">
                {demo.accounts.map((account) => (
                  <li key={account.email}>
                    <code className="font-medium">{account.email}</code> ({account.role})
                  </li>
                ))}
              </ul>
              <p className="mt-2">
                Password for each: <code className="font-medium">{demo.password}</code>. A deployment on PostgreSQL has none of these.
              </p>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
