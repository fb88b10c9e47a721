import { z } from 'zod';
import { sessionUserSchema } from '../../shared/auth/authProtocol';

/** The signed-in session kept on the device (meta key `auth`). */
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

export const AUTH_KEY = 'auth';
