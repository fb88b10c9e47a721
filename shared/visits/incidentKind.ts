import { z } from 'zod';

/**
 * Kinds of obstruction of enforcement 妨害执行: avoidance 避而不见, crowd blocking 围堵, verbal threats 威胁,
 * violence against officers 暴力抗法, refusing to report property 拒不申报财产, hiding or moving assets
 * 隐匿、转移财产, false statements 虚假陈述, damaging seals 损毁封条, other.
 */
export const INCIDENT_KINDS = [
  'avoidance',
  'crowd_blocking',
  'threats',
  'violence',
  'refusing_to_report',
  'hiding_assets',
  'false_statements',
  'damaging_seals',
  'other',
] as const;
export const incidentKindSchema = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof incidentKindSchema>;
