// Accounts as an admin manages them from the console (issue 14 item 1): the request bodies of
// POST /users and PATCH /users/:username, and the account the server returns. The password
// policy itself lives on the server (src/server/auth/password-policy.ts), which answers
// `weak-password` with the reason.
import { z } from 'zod';
import { RoleSchema } from './schemas';

/** Letters, digits and . _ @ - (the first a letter or digit), at most 100: also the CLI's rule. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;
export const UsernameSchema = z.string().regex(USERNAME_PATTERN, 'use letters, digits and . _ @ - (at most 100, starting with a letter or digit)');

export const AccountCreateSchema = z.object({
  username: UsernameSchema,
  role: RoleSchema,
  password: z.string().min(1).max(1000),
}).strict();
export type AccountCreate = z.infer<typeof AccountCreateSchema>;

/**
 * One change at a time or several: a new role, disabled or enabled, a new password (sessions end),
 * the second factor removed (`resetTwoFactor: true`: a lost phone; sessions end; only `true`, as
 * there is nothing to "not reset").
 */
export const AccountChangeSchema = z.object({
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(1000).optional(),
  resetTwoFactor: z.literal(true).optional(),
}).strict().refine((c) => Object.keys(c).length > 0, { message: 'nothing to change: give role, disabled, password or resetTwoFactor' });
export type AccountChange = z.infer<typeof AccountChangeSchema>;

export const AccountViewSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  twoFactor: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type AccountView = z.infer<typeof AccountViewSchema>;
