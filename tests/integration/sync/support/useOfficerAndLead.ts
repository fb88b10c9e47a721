import { afterAll, beforeAll, expect } from 'vitest';
import type { Case } from '../../../../shared/domain/case';
import { useSyncStore } from '../../../../renderer/sync/syncStore';
import { createCases, useServerSuite, type SuiteContext } from '../../server/support/serverSuite';
import { openAppDevice, type AppDevice } from './openAppDevice';

/**
 * The instant the court server's clock and both engines' clocks stand at: tokens never come near expiry,
 * so no run refreshes unless a test moves time. (Device time stamped on mutations and the flag's
 * `flaggedAt` still come from the wall clock; they are evidence and decide nothing.)
 */
export const NOW = Date.parse('2025-06-03T06:00:00Z');

/** A court server on loopback and two signed-in app installations of team A: officer a1 and lead-a. */
export type OfficerAndLead = {
  server: SuiteContext;
  officer: AppDevice;
  lead: AppDevice;
  /** A new case of team A, imported as the administrator's CLI does, on both devices after their sync. */
  newCase(): Promise<Case>;
  /** One engine run that must leave nothing refused and nothing unsent, and say "up to date". */
  syncClean(device: AppDevice): Promise<void>;
};

/**
 * Builds the in-process court server (PGlite, seeded court) with `useServerSuite`, listens on 127.0.0.1
 * port 0, and signs each user in on a device of their own with the app's `signIn`.
 */
export function useOfficerAndLead(): OfficerAndLead {
  const server = useServerSuite('pglite');
  server.now.ms = NOW;
  const clock = () => server.now.ms;
  const self = { server } as OfficerAndLead;

  beforeAll(async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    self.officer = await openAppDevice(url, 'a1', clock);
    self.lead = await openAppDevice(url, 'lead-a', clock);
  });
  afterAll(() => {
    self.officer?.close();
    self.lead?.close();
  });

  self.syncClean = async (device) => {
    // The whole outcome is compared so a refusal shows the server's code and message in the diff.
    expect(await device.sync()).toEqual({ rejected: [], pending: 0 });
    expect(useSyncStore.getState().status).toBe('upToDate');
  };
  self.newCase = async () => {
    const { cases } = await createCases(server.sql, server.court.teamA);
    const theCase = cases[0]!;
    for (const device of [self.officer, self.lead]) {
      await self.syncClean(device);
      expect(await device.repos.cases.get(theCase.id)).toMatchObject({ caseNumber: theCase.caseNumber });
    }
    return theCase;
  };
  return self;
}
