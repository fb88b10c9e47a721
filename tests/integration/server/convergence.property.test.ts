import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/sync/canonicalJson';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { createCases, readCase, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';

/**
 * Property: whatever the interleaving of two devices' offline field edits, pushes and pulls, the server
 * ends in the state an independent model predicts, records exactly the conflicts the model predicts, and
 * both devices converge on the server's state after a final sync.
 *
 * The model is causal, not sequence-based: an edit may overwrite a field only if the value it replaces was
 * known to the device when it edited (its own earlier edits, or what it had pulled). The server decides
 * with commit sequences and per-field writers; the two formulations must agree.
 */

const FIELDS = ['notes', 'recoveredFen', 'status'] as const;
type Field = (typeof FIELDS)[number];
const VALUES: Record<Field, Json[]> = {
  notes: ['甲', '乙', '丙'],
  recoveredFen: [100, 200, 300],
  status: ['accepted', 'suspended', 'enforcing'],
};

type Command =
  | { kind: 'edit'; device: 0 | 1; field: Field; value: number }
  | { kind: 'push'; device: 0 | 1 }
  | { kind: 'pull'; device: 0 | 1 };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.constantFrom(0 as const, 1 as const),
      field: fc.constantFrom(...FIELDS),
      value: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      device: fc.constantFrom(0 as const, 1 as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      device: fc.constantFrom(0 as const, 1 as const),
    }),
  },
);

/** The model's view of a conflict. */
type ModelConflict = { field: Field; base: Json; mine: Json; theirs: Json; device: number; isOpen: boolean };

/** The independent model: committed values tagged with the edit that wrote them, and what each device knows. */
class Model {
  committed: Record<Field, { value: Json; writer: string }>;
  known: Set<string>[] = [new Set(['initial']), new Set(['initial'])];
  pending: { id: string; field: Field; from: Json; to: Json; known: Set<string> }[][] = [[], []];
  conflicts: ModelConflict[] = [];
  outcomes: string[] = [];

  constructor(initial: Record<Field, Json>) {
    this.committed = Object.fromEntries(
      FIELDS.map((f) => [f, { value: initial[f], writer: 'initial' }]),
    ) as Model['committed'];
  }

  edit(device: number, id: string, field: Field, from: Json, to: Json): void {
    this.known[device]!.add(id);
    this.pending[device]!.push({ id, field, from, to, known: new Set(this.known[device]) });
  }

  push(device: number): void {
    for (const e of this.pending[device]!) {
      const current = this.committed[e.field];
      for (const c of this.conflicts) if (c.device === device && c.field === e.field) c.isOpen = false;
      if (canonicalJson(current.value) === canonicalJson(e.to)) {
        this.outcomes.push(`${e.id}:converged`);
      } else if (e.known.has(current.writer)) {
        this.committed[e.field] = { value: e.to, writer: e.id };
        this.outcomes.push(`${e.id}:apply`);
      } else {
        this.conflicts.push({
          field: e.field,
          base: e.from,
          mine: e.to,
          theirs: current.value,
          device,
          isOpen: true,
        });
        this.outcomes.push(`${e.id}:conflict`);
      }
    }
    this.pending[device] = [];
  }

  pull(device: number): void {
    for (const f of FIELDS) this.known[device]!.add(this.committed[f].writer);
  }
}

/** A minimal client: synced record (as pulled) kept apart from the pending overlay, like the app's. */
type Client = {
  device: TestDevice;
  cursor: number;
  synced: Record<string, Json>;
  baseSeq: number;
  outbox: Mutation[];
};

describe.each(STORAGES)('convergence of concurrent field edits (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('matches the causal model for any interleaving of two devices', async () => {
    const devices = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const heads = await Promise.all(devices.map(async (d) => (await d.pullAll()).at(-1)!.cursor));

    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 24 }), async (commands) => {
        const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 1, {
          notes: '甲',
          recoveredFen: 100,
          status: 'enforcing',
        });
        const id = cases[0]!.id;
        const initial = { notes: '甲', recoveredFen: 100, status: 'enforcing' };
        const model = new Model(initial);
        const clients: Client[] = devices.map((device, i) => ({
          device,
          cursor: heads[i]!,
          synced: { ...initial },
          baseSeq: commitSeq,
          outbox: [],
        }));
        const serverOutcomes: string[] = [];

        const push = async (i: number) => {
          const client = clients[i]!;
          if (client.outbox.length > 0) {
            const answer = await client.device.push(client.outbox);
            expect(answer.status).toBe(200);
            for (const [k, r] of answer.body.results.entries()) {
              const field = Object.keys(client.outbox[k]!.changes)[0]!;
              const fields =
                r.status === 'applied' || r.status === 'applied_with_conflicts' ? r.fields! : null;
              const outcome = fields?.applied.includes(field)
                ? 'apply'
                : fields?.converged.includes(field)
                  ? 'converged'
                  : fields?.conflicted.includes(field)
                    ? 'conflict'
                    : r.status;
              serverOutcomes.push(`${r.mutationId}:${outcome}`);
            }
            client.outbox = [];
          }
          model.push(i);
        };
        const pull = async (i: number) => {
          const client = clients[i]!;
          for (const page of await client.device.pullAll(client.cursor)) {
            const mine = page.changes.filter((c) => c.entityId === id).at(-1);
            if (mine) {
              client.synced = mine.data;
              client.baseSeq = mine.commitSeq;
            }
            client.cursor = page.cursor;
          }
          model.pull(i);
        };

        for (const command of commands) {
          const client = clients[command.device]!;
          if (command.kind === 'edit') {
            const overlay = client.outbox.filter((m) => command.field in m.changes).at(-1);
            const from = overlay
              ? overlay.changes[command.field]!.to
              : (client.synced[command.field] ?? null);
            const to = VALUES[command.field][command.value]!;
            const m = client.device.patch(id, { [command.field]: [from, to] }, client.baseSeq);
            client.outbox.push(m);
            model.edit(command.device, m.mutationId, command.field, from, to);
          } else if (command.kind === 'push') {
            await push(command.device);
          } else {
            await pull(command.device);
          }
        }
        for (const i of [0, 1]) await push(i);
        for (const i of [0, 1]) await pull(i);

        expect(serverOutcomes).toEqual(model.outcomes);
        const server = await readCase(ctx.sql, id);
        for (const f of FIELDS) expect(server.data[f], f).toEqual(model.committed[f].value);
        for (const client of clients)
          for (const f of FIELDS) expect(client.synced[f], f).toEqual(server.data[f]);

        const rows = await ctx.sql.query<{
          field: Field;
          base: Json;
          mine: Json;
          theirs: Json;
          mine_device_id: string;
          status: string;
        }>(
          'SELECT field, base, mine, theirs, mine_device_id, status FROM field_conflict WHERE entity_id = $1',
          [id],
        );
        const actual = rows.map((r) =>
          canonicalJson({
            ...r,
            mine_device_id: devices.findIndex((d) => d.deviceId === r.mine_device_id),
            status: r.status === 'open',
          }),
        );
        const expected = model.conflicts.map((c) =>
          canonicalJson({
            field: c.field,
            base: c.base,
            mine: c.mine,
            theirs: c.theirs,
            mine_device_id: c.device,
            status: c.isOpen,
          }),
        );
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 40 },
    );
  });
});
