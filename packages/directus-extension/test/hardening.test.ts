import { getSop, createSopRegistry, builtinSopDefinitions } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../src/provision/index.js';
import { shapeProblem } from '../src/service/limits.js';
import { membershipProblems, roleKindsOf } from '../src/service/memberships.js';
import { rolesOn, makeCaller } from '../src/service/caller.js';
import { roleKinds } from '../src/service/requests.js';
import { secretBox } from '../src/service/secrets.js';

/** A table of one row per key, enough for the provisioning lock. */
function fakeMeta(rows: Map<string, Record<string, unknown>>) {
  const logs: string[] = [];
  const query = (filter: Record<string, unknown> = {}) => ({
    where: (f: Record<string, unknown>) => query({ ...filter, ...f }),
    first: async () => rows.get(String(filter['key'])),
    delete: async () => Number(rows.delete(String(filter['key']))),
    insert: async (row: Record<string, unknown>) => {
      if (rows.has(String(row['key']))) throw new Error('UNIQUE constraint failed');
      rows.set(String(row['key']), row);
    },
  });
  const database = (() => query()) as never;
  return { database, logger: { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: () => undefined }, logs };
}

describe('the provisioning lock', () => {
  it.each([
    ['claims a time far in the future', '2099-01-01T00:00:00.000Z'],
    ['has no readable time', 'kapan-kapan'],
    ['has expired', '2020-01-01T00:00:00.000Z'],
  ])('is taken over, with a log line, when the lock left behind %s', async (_name, until) => {
    const rows = new Map([['lock', { key: 'lock', value: '{"owner":"palsu"}', until }]]);
    const ctx = fakeMeta(rows);
    expect(await acquireLock(ctx, 'saya', async () => false)).toBe(true);
    expect(JSON.parse(String(rows.get('lock')!['value']))).toEqual({ owner: 'saya' });
    expect(ctx.logs).toEqual([expect.stringMatching(/^alur: kunci provisioning usang dihapus \(stale provisioning lock removed\): until=/)]);
  });

  it('waits for a live lock until the other instance is done', async () => {
    const rows = new Map([['lock', { key: 'lock', value: '{"owner":"lain"}', until: new Date(Date.now() + 60_000).toISOString() }]]);
    let looks = 0;
    expect(await acquireLock(fakeMeta(rows), 'saya', async () => ++looks > 2)).toBe(false);
    expect(rows.get('lock')!['value']).toBe('{"owner":"lain"}');
  });
});

describe('limits on JSON shape', () => {
  it('finds depth, long strings and long keys without recursion, even 100,000 levels deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(shapeProblem(deep)?.en).toBe('data nested deeper than 16 levels');
    expect(shapeProblem({ a: 'x'.repeat(20_001) })?.en).toBe('a text longer than 20000 characters');
    expect(shapeProblem({ ['k'.repeat(20_001)]: 1 })?.en).toBe('a key longer than 20000 characters');
    expect(shapeProblem(Array.from({ length: 5_001 }, () => 0))?.en).toBe('more than 5000 values');
    expect(shapeProblem({ a: [{ b: 'ok' }], c: null })).toBeUndefined();
  });
});

describe('memberships', () => {
  const kinds = roleKindsOf(createSopRegistry(builtinSopDefinitions));
  it('accepts the roles of the office kind, once each', () => {
    expect(membershipProblems({ user: 'u', office: 'dinkes', officeKind: 'opd', sop_roles: ['opd', 'tim-teknis-opd'] }, kinds)).toEqual([]);
    expect(membershipProblems({ user: 'u', office: 'kominfo', officeKind: 'diskominfo', sop_roles: ['kadis', 'kabid'] }, kinds)).toEqual([]);
  });
  it('names every problem in both languages', () => {
    const problems = membershipProblems({ user: 'u', office: 'dinkes', officeKind: 'opd', sop_roles: ['kadis', 'opd', 'opd', 'sekda'] }, kinds);
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringMatching(/^Role "kadis" is a Diskominfo staff role; members of a requesting office may hold requester roles only\.$/),
      'Role "opd" is listed twice.',
      expect.stringMatching(/^Role "sekda" is in no SOP variant \(known roles: .*kadis.*\)\.$/),
    ]);
    expect(membershipProblems({ user: 'u', office: 'x', officeKind: undefined, sop_roles: 'opd' }, kinds).map((p) => p.id)).toEqual([
      'Perangkat daerah "x" tidak ada.',
      'Peran SOP harus daftar ID peran.',
    ]);
  });
  it('counts requester roles on their own office only and staff roles never on a request the user filed', () => {
    const kind = roleKinds(getSop('sumbawa'));
    const both = makeCaller(
      'u1',
      false,
      [
        { office: 'kominfo', kind: 'diskominfo', roles: ['kadis'] },
        { office: 'dinkes', kind: 'opd', roles: ['opd'] },
      ],
      'id',
    );
    expect(rolesOn(both, { office: 'dinkes', created_by: 'u2' }, kind).sort()).toEqual(['kadis', 'opd']);
    expect(rolesOn(both, { office: 'disdik', created_by: 'u2' }, kind)).toEqual(['kadis']);
    expect(rolesOn(both, { office: 'dinkes', created_by: 'u1' }, kind)).toEqual(['opd']);
    // A staff role held in an OPD office (saved before the rule) counts nowhere.
    const wrong = makeCaller('u3', false, [{ office: 'dinkes', kind: 'opd', roles: ['opd', 'kadis'] }], 'id');
    expect(rolesOn(wrong, { office: 'dinkes', created_by: 'u3' }, kind)).toEqual(['opd']);
  });
});

describe('secrets at rest', () => {
  const key = 'a'.repeat(64);
  it('round-trips through AES-256-GCM, with a new IV each time, and refuses a tampered value', () => {
    const box = secretBox({ ALUR_SECRETS_KEY: key });
    const value = { form: { password: 'rahasia-123' } };
    const [a, b] = [box.seal(value), box.seal(value)];
    expect(a).not.toBe(b);
    expect(a).not.toContain('rahasia');
    expect(box.open(a)).toEqual(value);
    expect(box.open({ sealed: a })).toEqual(value);
    const tampered = a.slice(0, -2) + (a.endsWith('A') ? 'BB' : 'AA');
    expect(() => box.open(tampered)).toThrow();
    expect(() => secretBox({ ALUR_SECRETS_KEY: 'f'.repeat(64) }).open(a)).toThrow();
  });
  it('reads plain values stored before encryption, derives a key from SECRET without its own, and refuses a malformed key', () => {
    expect(secretBox({ ALUR_SECRETS_KEY: key }).open({ form: 1 })).toEqual({ form: 1 });
    const derived = secretBox({ SECRET: 's'.repeat(40) });
    expect(derived.source).toBe('SECRET');
    expect(derived.open(derived.seal({ x: 1 }))).toEqual({ x: 1 });
    expect(() => secretBox({ ALUR_SECRETS_KEY: 'pendek' })).toThrow(/32 byte/);
  });
});
