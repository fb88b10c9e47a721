import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_APP_ROLE } from '../../../server/db/dropToPgliteAppRole';
import { openTestStorage, type TestStorage } from './support/testStorage';

/**
 * The server suites run PGlite as the server does in production (openSql: the app role), so a grant the
 * server needs and lacks fails a test; a test that plays the owner asks for it with `asOwner`.
 */
describe('the PGlite test storage', () => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await openTestStorage('pglite');
  });
  afterAll(async () => {
    await storage?.close();
  });
  const role = async () =>
    (await storage.sql.query<{ role: string }>('SELECT current_user AS role'))[0]!.role;

  it('hands the server the app role, which cannot switch a trigger off', async () => {
    expect(await role()).toBe(PGLITE_APP_ROLE);
    await expect(storage.sql.exec('ALTER TABLE entity_version DISABLE TRIGGER USER')).rejects.toThrow(
      /owner|permission denied/,
    );
  });

  it('plays the owner only inside asOwner, and is the app role again after, even when it throws', async () => {
    expect(
      await storage.asOwner(
        async (owner) => (await owner.query<{ role: string }>('SELECT current_user AS role'))[0]!.role,
      ),
    ).not.toBe(PGLITE_APP_ROLE);
    await expect(
      storage.asOwner(async () => {
        throw new Error('attacker gave up');
      }),
    ).rejects.toThrow('attacker gave up');
    expect(await role()).toBe(PGLITE_APP_ROLE);
  });
});
