import { z } from 'zod';
import { isStorableText } from '../sync/storableText';
import { userRoleSchema } from './userRole';

/** Wire messages of `/auth/v1/*` (docs/sync-protocol.md, "Auth"). */

const text = (max: number) =>
  z.string().min(1).max(max).refine(isStorableText, { error: 'mutation.invalidText' });

/** Access tokens live 15 minutes; refresh tokens 30 days and only on the device they were issued to. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60 * 1000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** `POST /auth/v1/login`. Without a `deviceId` (or with one of another user) the server registers a new device. */
export const loginRequestSchema = z.object({
  username: text(100),
  password: text(1024),
  deviceId: text(100).optional(),
  deviceName: text(100),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in user as the app needs it. `teamId` is null for administrators. */
export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: userRoleSchema,
  teamId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.string(),
  user: sessionUserSchema,
  /** The device id to use from now on (may differ from the one sent: see loginRequestSchema). */
  deviceId: z.string(),
  /** The server's last processed `clientSeq` for this device: the next mutation uses this + 1. */
  lastProcessedClientSeq: z.number().int().nonnegative(),
  /**
   * Minutes without keyboard or pointer input after which the app locks (the court's setting). Absent from
   * servers that do not set it: the app's default of 15 minutes applies.
   */
  idleLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  /**
   * The court's four-eyes setting (a lead may not approve or return a visit they recorded or were present
   * at): the app hides those decisions for such a lead; the server refuses them either way. Absent from
   * servers before the setting: the app takes it as on, the court's default.
   */
  isFourEyesRequired: z.boolean().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/**
 * `POST /auth/v1/refresh`: a new access token for the device the refresh token is bound to, and a new
 * refresh token in place of the one sent, which is used up (sending it again revokes the device).
 */
export const refreshRequestSchema = z.object({
  refreshToken: text(200),
  deviceId: text(100),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export const refreshResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  /** The rotated refresh token: keep it instead of the one sent. Absent from servers before issue 12. */
  refreshToken: z.string().optional(),
  refreshTokenExpiresAt: z.string().optional(),
  user: sessionUserSchema,
  /** As at login: the court may change it while the device is signed in. */
  isFourEyesRequired: z.boolean().optional(),
  /** As at login (the court's idle-lock minutes); absent when the court left the app's default. */
  idleLockMinutes: loginResponseSchema.shape.idleLockMinutes,
});
export type RefreshResponse = z.infer<typeof refreshResponseSchema>;

/**
 * `POST /auth/v1/password` (signed in): the user's own password change. Ends every session of the user,
 * and answers with a new session for the device that asked, so it stays signed in.
 */
export const changePasswordRequestSchema = z.object({
  currentPassword: text(1024),
  newPassword: text(1024),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const changePasswordResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string(),
  refreshTokenExpiresAt: z.string(),
  user: sessionUserSchema,
});
export type ChangePasswordResponse = z.infer<typeof changePasswordResponseSchema>;

/** `POST /auth/v1/logout` (signed in, empty body): ends the session of the calling device. */
export const logoutResponseSchema = z.object({ isSignedOut: z.literal(true) });
export type LogoutResponse = z.infer<typeof logoutResponseSchema>;
