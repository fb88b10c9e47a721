import { z } from 'zod';

/**
 * The debtor enterprise's operating state as seen on the visit: normal 正常经营, partly stopped 部分停产,
 * stopped 停产, abandoned 人去楼空 (premises deserted, people gone).
 */
export const OPERATING_STATES = ['normal', 'partly_stopped', 'stopped', 'abandoned'] as const;
export const operatingStateSchema = z.enum(OPERATING_STATES);
export type OperatingState = z.infer<typeof operatingStateSchema>;
