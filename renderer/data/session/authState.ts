import { z } from 'zod';
import { sessionUserSchema } from '../../../shared/auth/authProtocol';

/** The meta key of the one home of who works on this device (see sessionRepository). */
export const AUTH_KEY = 'auth';

/** A signed-in court session: where, as whom, on which device id, and the tokens. */
export const authStateSchema = z.object({
  serverUrl: z.string().url(),
  user: sessionUserSchema,
  deviceId: z.string(),
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.string(),
});
export type AuthState = z.infer<typeof authStateSchema>;

/**
 * Who works on this device while nobody is signed in: the demo court's officer (with the installation's
 * id) before the first sign-in, or the officer who signed out last (with their device id), whose edits
 * keep their name and wait in the outbox until they sign in again. No tokens.
 */
export const signedOutStateSchema = z.object({
  deviceId: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
});
export type SignedOutState = z.infer<typeof signedOutStateSchema>;
