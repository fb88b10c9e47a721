import { z } from 'zod';

/**
 * Roles on the court server: an officer 执行干警 and a team lead 执行团队负责人 see their team's cases; an
 * administrator 技术人员 sees every case and manages accounts.
 */
export const USER_ROLES = ['officer', 'team_lead', 'admin'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;
