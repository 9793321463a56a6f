/**
 * Account administration from the server's shell (the first admin of a PostgreSQL deployment
 * comes from here):
 *
 *   npm run user -- add EMAIL --role editor [--name "Ann Example"]   password from stdin if piped,
 *                                                                     else generated and printed once
 *   npm run user -- role EMAIL admin
 *   npm run user -- disable EMAIL        signs the account out everywhere at once
 *   npm run user -- enable EMAIL
 *   npm run user -- password EMAIL        password from stdin if piped, else generated and printed once;
 *                                         ends every session of the account
 *   npm run user -- list
 *
 * Uses the database the environment points at (DATABASE_URL, else the embedded PGlite). Changes
 * are audited with no actor (the operator at the shell). Exit status: 0 done, 1 refused, 2 usage.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { type Db, describeDbTarget, openFromEnv } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { insertUser, listUserSummaries, setDisabledChecked, setPassword, setRoleChecked } from "@/lib/users/mutations";
import { Refusal } from "@/db/mutation";
import { generatePassword } from "@/lib/auth/password";
import { passwordSchema } from "@/lib/users/schema";
import { USER_ROLES, type UserRole } from "@/lib/core/fields";

const USAGE = `usage:
  npm run user -- add EMAIL --role reviewer|editor|admin [--name NAME]   (password on stdin, or generated)
  npm run user -- role EMAIL reviewer|editor|admin
  npm run user -- disable EMAIL | enable EMAIL
  npm run user -- password EMAIL                                           (password on stdin, or generated)
  npm run user -- list`;

class UsageError extends Error {}

const roleSchema = z.enum(USER_ROLES);
const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
  return value;
}

function parseRole(value: string | undefined): UserRole {
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`role must be one of ${USER_ROLES.join(", ")}`);
  return parsed.data;
}

function parseEmail(value: string | undefined): string {
  const parsed = emailSchema.safeParse(value ?? "");
  if (!parsed.success) throw new UsageError("a valid EMAIL is required");
  return parsed.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export async function runUserCli(
  args: string[],
  db: Db,
  out: (line: string) => void,
  stdin: () => Promise<string | null>,
): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case "add": {
      const email = parseEmail(rest[0]);
      const role = parseRole(option(rest, "role"));
      const name = option(rest, "name");
      const given = await readPassword(stdin, out);
      if (!given) return 1;
      const { password, generated } = given;
      const created = await db.transaction(async (tx) => {
        const user = await insertUser(tx, { email, name, role, password });
        if (user) {
          await tx
            .insert(auditLog)
            .values({
              actorId: null,
              action: "user.created",
              entityType: "user",
              entityId: String(user.id),
              after: { email: user.email, name: user.name, role: user.role, via: "cli" },
            });
        }
        return user;
      });
      if (!created) {
        out(`refused: ${email} already has an account`);
        return 1;
      }
      out(`created ${created.email} (${created.role}, id ${created.id})`);
      if (generated) out(`password (shown only now): ${password}`);
      return 0;
    }
    case "role": {
      const email = parseEmail(rest[0]);
      const role = parseRole(rest[1]);
      return changeAccount(db, email, out, async (tx, target) => {
        await setRoleChecked(tx, target, role);
        await tx
          .insert(auditLog)
          .values({
            actorId: null,
            action: "user.role_changed",
            entityType: "user",
            entityId: String(target.id),
            before: { email, role: target.role },
            after: { email, role, via: "cli" },
          });
        return `${email}: ${target.role} → ${role}`;
      });
    }
    case "disable":
    case "enable": {
      const email = parseEmail(rest[0]);
      const disabled = command === "disable";
      return changeAccount(db, email, out, async (tx, target) => {
        if ((target.disabledAt !== null) === disabled) return `refused: ${email} is already ${disabled ? "disabled" : "enabled"}`;
        await setDisabledChecked(tx, target, disabled);
        await tx
          .insert(auditLog)
          .values({
            actorId: null,
            action: disabled ? "user.disabled" : "user.enabled",
            entityType: "user",
            entityId: String(target.id),
            before: { email, disabled: !disabled },
            after: { email, disabled, via: "cli" },
          });
        return disabled ? `${email}: disabled, every session ended` : `${email}: enabled`;
      });
    }
    case "password": {
      const email = parseEmail(rest[0]);
      const given = await readPassword(stdin, out);
      if (!given) return 1;
      const { password, generated } = given;
      const code = await changeAccount(db, email, out, async (tx, target) => {
        await setPassword(tx, target.id, password);
        await tx
          .insert(auditLog)
          .values({
            actorId: null,
            action: "user.password_changed",
            entityType: "user",
            entityId: String(target.id),
            before: null,
            after: { email, via: "cli" },
          });
        return `${email}: password changed, every session ended`;
      });
      if (code === 0 && generated) out(`password (shown only now): ${password}`);
      return code;
    }
    case "list": {
      for (const user of await listUserSummaries(db)) {
        out([user.id, user.email, user.role, user.name, user.disabled ? "disabled" : ""].join("\t").trimEnd());
      }
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : "a command is required");
  }
}

/** The password piped on stdin, else a generated one (to print once); null, refused aloud, when it is not valid. */
async function readPassword(
  stdin: () => Promise<string | null>,
  out: (line: string) => void,
): Promise<{ password: string; generated: boolean } | null> {
  const piped = await stdin();
  const password = piped ?? generatePassword();
  const valid = passwordSchema.safeParse(password);
  if (!valid.success) {
    out(`refused: password ${valid.error.issues[0]?.message ?? "is not valid"}`);
    return null;
  }
  return { password, generated: piped === null };
}

type Account = { id: number; role: UserRole; email: string; disabledAt: Date | null };

/**
 * One change to the account of `email`, locked, in one transaction. `change` returns the line to
 * print; a line starting "refused:" rolls back and exits 1, as does a Refusal.
 */
async function changeAccount(
  db: Db,
  email: string,
  out: (line: string) => void,
  change: (tx: Parameters<Parameters<Db["transaction"]>[0]>[0], target: Account) => Promise<string>,
): Promise<number> {
  try {
    const line = await db.transaction(async (tx) => {
      const [target] = await tx
        .select({ id: users.id, role: users.role, email: users.email, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.email, email))
        .for("update");
      if (!target) throw new Refusal(`no account for ${email}`);
      const result = await change(tx, target);
      if (result.startsWith("refused: ")) throw new Refusal(result.slice("refused: ".length));
      return result;
    });
    out(line);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      out(`refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const handle = await openFromEnv({ max: 1 });
  try {
    // The embedded database keeps itself migrated; PostgreSQL is migrated explicitly (npm run db:migrate).
    if (handle.backend === "pglite") await handle.migrate();
    console.error(`database: ${describeDbTarget()}`);
    // An empty stdin (e.g. </dev/null) counts as "no password given".
    return await runUserCli(
      args,
      handle.db,
      (line) => console.log(line),
      async () => (process.stdin.isTTY ? null : (await readStdin()) || null),
    );
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && /user-cli\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
