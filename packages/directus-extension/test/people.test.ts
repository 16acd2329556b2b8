import { createSopRegistry } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { FALLBACK_ROLES, stableId } from '../src/provision/index.js';
import { roleKindsOf } from '../src/service/memberships.js';
import { directusRoleFor, displayName, managedRoleIds, mailConfigured, officeZone, oneTimePassword, roleCatalog } from '../src/service/people.js';

const sops = createSopRegistry([]);
const kinds = roleKindsOf(sops);

describe('the Directus role a membership gives', () => {
  it('is the staff role of a Diskominfo membership before a requester role of an OPD, and none without a membership', () => {
    expect(directusRoleFor([{ kind: 'diskominfo', roles: ['kabid'] }], kinds)).toBe(stableId('role:kabid'));
    expect(
      directusRoleFor(
        [
          { kind: 'opd', roles: ['opd'] },
          { kind: 'diskominfo', roles: ['kadis'] },
        ],
        kinds,
      ),
    ).toBe(stableId('role:kadis'));
    expect(directusRoleFor([{ kind: 'opd', roles: ['tim-teknis-opd', 'opd'] }], kinds)).toBe(
      stableId(`role:${[...kinds].find(([, k]) => k.has('requester'))![0]}`),
    );
    expect(directusRoleFor([], kinds)).toBeNull();
    // A role of the wrong kind for its office gives nothing.
    expect(directusRoleFor([{ kind: 'opd', roles: ['kadis'] }], kinds)).toBeNull();
  });

  it("is the side's general role for a role only an admin-made variant has", () => {
    const custom = new Map([...kinds, ['persandian', new Set(['staff' as const])]]);
    expect(directusRoleFor([{ kind: 'diskominfo', roles: ['persandian'] }], custom)).toBe(FALLBACK_ROLES.staff.id);
    expect(managedRoleIds().has(FALLBACK_ROLES.requester.id)).toBe(true);
    expect(managedRoleIds().has(stableId('role:admin'))).toBe(false);
  });
});

describe('people helpers', () => {
  it('lists every role once with its kinds and variants, and picks the zone most running variants use', () => {
    const catalog = roleCatalog(sops);
    expect(new Set(catalog.map((r) => r.id)).size).toBe(catalog.length);
    expect(catalog.find((r) => r.id === 'opd')).toMatchObject({ kinds: ['requester'] });
    expect(catalog.find((r) => r.id === 'kadis')!.variants.length).toBeGreaterThan(0);
    expect(officeZone(sops, new Set())).toBe('Asia/Jakarta');
    expect(officeZone(sops, new Set(sops.ids.filter((id) => id !== 'sumbawa')))).toBe('Asia/Makassar');
  });

  it('names a user by first and last name, else email; mails only with a real transport; one-time passwords differ', () => {
    expect(displayName({ first_name: 'Rina', last_name: null, email: 'r@x.go.id' })).toBe('Rina');
    expect(displayName({ first_name: ' ', last_name: '', email: 'r@x.go.id' })).toBe('r@x.go.id');
    expect([
      mailConfigured({ EMAIL_TRANSPORT: 'sendmail' }),
      mailConfigured({ EMAIL_TRANSPORT: 'smtp' }),
      mailConfigured({ EMAIL_TRANSPORT: 'smtp', EMAIL_SMTP_HOST: 'mail' }),
      mailConfigured({ EMAIL_TRANSPORT: 'ses' }),
    ]).toEqual([false, false, true, true]);
    const passwords = new Set(Array.from({ length: 20 }, oneTimePassword));
    expect(passwords.size).toBe(20);
    expect([...passwords].every((p) => /^[a-km-zA-HJ-NP-Z2-9]{16}$/.test(p))).toBe(true);
  });
});
