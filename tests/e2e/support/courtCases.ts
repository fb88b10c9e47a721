import type { Case } from '../../../shared/domain/case';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/sync/protocol';
import type { CourtServer } from './courtServer';

/** What a thief must not read on the disk: the case numbers, party names and ID numbers of some cases. */
export type CaseSecrets = { caseNumbers: string[]; names: string[]; idNumbers: string[] };

/**
 * Every case `username` may see, asked of the court server directly (a device of its own, not the app's):
 * the truth the app's screens and disk are checked against.
 */
export async function courtCases(server: CourtServer, username: string): Promise<Case[]> {
  const post = async (path: string, body: unknown, token?: string) => {
    const r = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as Record<string, unknown>;
  };
  const login = await post('/auth/v1/login', {
    username,
    password: server.password,
    deviceName: 'e2e check',
  });
  const token = login.accessToken as string;
  const cases = new Map<string, Case>();
  for (let cursor = 0; ;) {
    const page = await post(
      '/sync/v1/pull',
      {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        deviceId: login.deviceId,
        cursor,
        limit: 500,
      },
      token,
    );
    for (const c of page.changes as { entity: string; entityId: string; data: Case }[])
      if (c.entity === 'case') cases.set(c.entityId, c.data);
    cursor = page.cursor as number;
    if (!page.hasMore) break;
  }
  return [...cases.values()];
}

export function secretsOf(cases: readonly Case[]): CaseSecrets {
  const parties = cases.flatMap((c) => [...c.applicants, ...c.respondents]);
  return {
    caseNumbers: cases.map((c) => c.caseNumber),
    names: parties.map((p) => p.name),
    idNumbers: parties.flatMap((p) =>
      'idNumber' in p && typeof p.idNumber === 'string' ? [p.idNumber] : [],
    ),
  };
}
