/** The sign-in form's input (credentials). */
import { z } from "zod";
import { LIMITS } from "@/lib/core/fields";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email()),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
