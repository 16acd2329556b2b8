import { describe, expect, it } from 'vitest';
import { POLICIES, provisionedRoles, stableId } from '../src/provision/index.js';
import { collections, relations } from '../src/provision/schema.js';

describe('the Alur schema for Directus', () => {
  it('stays within the free tier: at most 25 user collections, junctions included', () => {
    expect(collections.length).toBeLessThanOrEqual(25);
    expect(collections.every((c) => c.collection.startsWith('alur_'))).toBe(true);
  });

  it('labels every collection and field in Bahasa Indonesia and English, with one primary key each', () => {
    for (const collection of collections) {
      expect(collection.label.id && collection.label.en, collection.collection).toBeTruthy();
      expect(
        collection.fields.filter((f) => f.primary),
        collection.collection,
      ).toHaveLength(1);
      for (const field of collection.fields) expect(field.label.id && field.label.en, `${collection.collection}.${field.field}`).toBeTruthy();
    }
  });

  it('relates declared fields, and every one-to-many alias has its relation', () => {
    const has = (collection: string, field: string) => collections.find((c) => c.collection === collection)?.fields.some((f) => f.field === field) ?? false;
    for (const relation of relations) {
      expect(has(relation.collection, relation.field), `${relation.collection}.${relation.field}`).toBe(true);
      if (relation.related !== 'directus_users')
        expect(
          collections.some((c) => c.collection === relation.related),
          relation.related,
        ).toBe(true);
      if (relation.oneField) expect(has(relation.related, relation.oneField), `${relation.related}.${relation.oneField}`).toBe(true);
    }
    for (const collection of collections) {
      for (const alias of collection.fields.filter((f) => f.type === 'alias')) {
        expect(
          relations.some((r) => r.related === collection.collection && r.oneField === alias.field),
          `${collection.collection}.${alias.field}`,
        ).toBe(true);
      }
    }
  });

  it('gives every SOP actor of the built-in variants a role, with stable ids and no Studio seat for non-admins', () => {
    const roles = provisionedRoles();
    expect(roles.map((r) => r.sopRole)).toEqual(expect.arrayContaining([null, 'opd', 'tim-teknis-opd', 'tu', 'kadis', 'kabid', 'kasi', 'service-desk']));
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
    expect(roles.find((r) => r.sopRole === 'opd')?.policy).toBe('requester');
    expect(roles.find((r) => r.sopRole === 'kadis')?.policy).toBe('staff');
    expect(stableId('role:kadis')).toBe(stableId('role:kadis'));
    expect(stableId('role:kadis')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([POLICIES.staff.app_access, POLICIES.requester.app_access, POLICIES.admin.app_access]).toEqual([false, false, true]);
  });
});
