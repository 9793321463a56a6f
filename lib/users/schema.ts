/** Inputs of account administration (admins): create, change role, disable or enable. */
import { z } from "zod";
import { LIMITS, optionalText, USER_ROLES } from "@/lib/core/fields";
import { blankToUndefined, formRowId as id } from "@/lib/core/params";

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(LIMITS.email, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.passwordMax, `Use ${LIMITS.passwordMax} characters or fewer.`);

export const createUserSchema = z.object({
  email,
  name: optionalText("the name", LIMITS.name),
  role: z.enum(USER_ROLES, { error: "Choose reviewer, editor or admin." }),
  /** Optional: when blank, a strong password is generated and shown once. */
  password: z.preprocess(blankToUndefined, passwordSchema.optional()),
});

export const updateUserRoleSchema = z.object({
  userId: id("The user"),
  role: z.enum(USER_ROLES, { error: "Choose reviewer, editor or admin." }),
});

/** Disabling or re-enabling an account (admins; lib/users/mutations.ts). */
export const userAccountSchema = z.object({ userId: id("The user") });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserRoleInput = z.infer<typeof updateUserRoleSchema>;
