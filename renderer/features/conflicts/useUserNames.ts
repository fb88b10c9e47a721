import { useCallback } from 'react';
import { demoOfficers } from '../../../shared/demo/demoOfficers';
import { useServices } from '../../app/services/servicesContext';
import { useSignedInUser } from '../../app/session/useSignedInUser';
import { useLive } from '../../data/useLive';

/**
 * Names for the user ids a conflict records, from what the device knows: the case's officers, the officers
 * present on its visits, the signed-in user and the demo court's users. An id nobody here knows is shown
 * as the id itself, so the author is never hidden.
 */
export function useUserNames(caseId: string | undefined): (userId: string | null) => string | null {
  const { repos } = useServices();
  const me = useSignedInUser();
  const known = useLive(
    async () => {
      const names = new Map<string, string>(demoOfficers.map((o) => [o.id, o.name]));
      if (!caseId) return names;
      for (const v of await repos.visits.listForCase(caseId))
        for (const o of v.officersPresent) names.set(o.userId, o.name);
      for (const o of (await repos.cases.get(caseId))?.officers ?? []) names.set(o.userId, o.name);
      return names;
    },
    [repos, caseId],
    new Map<string, string>(),
  );
  return useCallback(
    (userId) => {
      if (userId === null) return null;
      if (me && me.id === userId) return me.name;
      return known.get(userId) ?? userId;
    },
    [known, me],
  );
}
