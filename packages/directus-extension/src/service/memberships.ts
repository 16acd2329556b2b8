import type { LocalizedText, SopRegistry } from '@alur/core';
import { fromDb, type Db } from './db.js';
import { text } from './errors.js';

/** The kinds each role id has across the SOP variants (a role id may appear in several). */
export function roleKindsOf(sops: SopRegistry): Map<string, Set<'requester' | 'staff'>> {
  const kinds = new Map<string, Set<'requester' | 'staff'>>();
  for (const id of sops.ids) {
    for (const role of sops.get(id).roles.values()) {
      const set = kinds.get(role.id) ?? new Set();
      set.add(role.kind);
      kinds.set(role.id, set);
    }
  }
  return kinds;
}

/** A membership as it would be saved. */
export interface MembershipDraft {
  readonly user: unknown;
  readonly office: unknown;
  readonly officeKind: 'opd' | 'diskominfo' | undefined;
  readonly sop_roles: unknown;
}

/**
 * What is wrong with a membership, in both languages (empty when it may be saved): its roles
 * must be role ids of the SOP variants, listed once, requester roles only in an OPD office and
 * staff roles only in the Diskominfo office.
 */
export function membershipProblems(draft: MembershipDraft, kinds: ReadonlyMap<string, ReadonlySet<'requester' | 'staff'>>): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (draft.officeKind === undefined)
    problems.push(text(`Perangkat daerah "${String(draft.office)}" tidak ada.`, `Office "${String(draft.office)}" does not exist.`));
  const roles = draft.sop_roles ?? [];
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) {
    problems.push(text('Peran SOP harus daftar ID peran.', 'SOP roles must be a list of role ids.'));
    return problems;
  }
  const seen = new Set<string>();
  for (const role of roles as string[]) {
    if (seen.has(role)) problems.push(text(`Peran "${role}" tercantum dua kali.`, `Role "${role}" is listed twice.`));
    seen.add(role);
    const kind = kinds.get(role);
    if (!kind) {
      problems.push(
        text(
          `Peran "${role}" tidak ada di varian SOP mana pun (peran yang ada: ${[...kinds.keys()].join(', ')}).`,
          `Role "${role}" is in no SOP variant (known roles: ${[...kinds.keys()].join(', ')}).`,
        ),
      );
      continue;
    }
    if (draft.officeKind === 'opd' && kind.has('staff')) {
      problems.push(
        text(
          `Peran "${role}" adalah peran staf Diskominfo; anggota OPD pemohon hanya boleh memegang peran pemohon.`,
          `Role "${role}" is a Diskominfo staff role; members of a requesting office may hold requester roles only.`,
        ),
      );
    }
    if (draft.officeKind === 'diskominfo' && kind.has('requester')) {
      problems.push(
        text(
          `Peran "${role}" adalah peran pemohon (OPD); anggota Diskominfo hanya boleh memegang peran staf.`,
          `Role "${role}" is a requester (OPD) role; members of the Diskominfo office may hold staff roles only.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The problems of the memberships a save would leave (`keys` updated with `payload`, or one
 * created from `payload`), including a second membership of the same user in the same office.
 */
export async function checkMembershipSave(
  db: Db,
  kinds: ReadonlyMap<string, ReadonlySet<'requester' | 'staff'>>,
  save: { keys: readonly (string | number)[]; payload: Record<string, unknown> },
): Promise<LocalizedText[]> {
  const current = save.keys.length
    ? (
        await db('alur_memberships')
          .whereIn('id', save.keys as string[])
          .select()
      ).map((row) => fromDb<Record<string, unknown>>('alur_memberships', row))
    : [{}];
  const offices = new Map((await db('alur_offices').select('id', 'kind')).map((o: { id: string; kind: 'opd' | 'diskominfo' }) => [o.id, o.kind]));
  const problems: LocalizedText[] = [];
  for (const row of current) {
    const merged = { ...row, ...save.payload };
    problems.push(
      ...membershipProblems(
        { user: merged['user'], office: merged['office'], officeKind: offices.get(String(merged['office'])), sop_roles: merged['sop_roles'] },
        kinds,
      ),
    );
    if (merged['user'] !== undefined && merged['office'] !== undefined) {
      const twin = await db('alur_memberships')
        .where({ user: merged['user'] as string, office: merged['office'] as string })
        .modify((q) => (row['id'] !== undefined ? q.whereNot('id', row['id'] as string) : q))
        .first('id');
      if (twin)
        problems.push(
          text(
            `Pengguna ini sudah anggota "${String(merged['office'])}"; ubah keanggotaan yang ada.`,
            `This user is already a member of "${String(merged['office'])}"; edit that membership.`,
          ),
        );
    }
  }
  return problems;
}
