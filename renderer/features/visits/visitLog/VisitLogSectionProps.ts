import type { ReactNode } from 'react';
import type { Visit } from '../../../../shared/visits/visit';
import type { VisitPatch } from '../../../data/repositories/visitRepository';

/** What every section of the visit log gets from the form. */
export type VisitLogSectionProps = {
  /** The visit as stored; a section starts its own copy of what is typed from it, and keeps that copy. */
  visit: Visit;
  /** Hands a change to the debounced autosave. */
  queue: (patch: VisitPatch) => void;
  /** Saves at once (leaving a field, a click that ends an edit). */
  flush: () => Promise<void>;
  /** The team lead's comments on these fields of a returned log, shown beside them. */
  note: (...fields: string[]) => ReactNode;
  /** The record's warnings at a path of the visit, in words. */
  warningsAt: (path: string) => string[];
};
