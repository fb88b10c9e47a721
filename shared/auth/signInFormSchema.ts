import { z } from 'zod';
import type { ValidationCode } from '../validation/messages';
import { isNotBlank } from '../visits/isNotBlank';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * The court server sign-in form: an http(s) address, a user name and a password. The server checks the
 * login itself (`loginRequestSchema`); this says what is missing in the officer's language before trying.
 */
export const signInFormSchema = z.object({
  // Checked trimmed: an address pasted with a trailing space is still the address.
  serverUrl: z.string().refine((v) => httpUrl.safeParse(v.trim()).success, {
    error: 'url.format' satisfies ValidationCode,
  }),
  username: z
    .string()
    .max(100, { error: 'text.tooLong' satisfies ValidationCode })
    .refine(isNotBlank, { error: 'text.required' satisfies ValidationCode }),
  password: z
    .string()
    .min(1, { error: 'text.required' satisfies ValidationCode })
    .max(1024, { error: 'text.tooLong' satisfies ValidationCode }),
});
export type SignInFormValues = z.input<typeof signInFormSchema>;
