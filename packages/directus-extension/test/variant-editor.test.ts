import { builtinCalendarDefinitions, builtinSopDefinitions, createCalendarRegistry, createSopRegistry, type SopDefinition } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { builtinForms, type Definitions } from '../src/service/definitions.js';
import { checkVariantEdit, editorIssues } from '../src/service/variant-editor.js';

// The variant editor's check of the identity the printed SOP carries (legal basis, dates,
// approver) and of the overall caps: taken from the edit, problems named as the editor shows
// them, and a derived variant keeping only what differs from its base.

const calendars = createCalendarRegistry(builtinCalendarDefinitions);
const defs: Definitions = {
  sops: createSopRegistry([], { calendars }),
  calendars,
  drafts: new Set(),
  archived: new Set(),
  forms: builtinForms,
  changedForms: new Set(),
};
const sumbawa = builtinSopDefinitions.find((d) => d.id === 'sumbawa') as SopDefinition;
const edit = (changes: Record<string, unknown>) => ({
  name: sumbawa.name,
  office: sumbawa.office,
  calendar: sumbawa.calendar,
  roles: sumbawa.roles,
  steps: sumbawa.steps,
  ...changes,
});
const check = (id: string, changes: Record<string, unknown>, stored: SopDefinition | undefined = sumbawa) =>
  checkVariantEdit(defs, id, edit(changes), { version: '1', stored }, 'id');

describe('checkVariantEdit: identity and caps from the editor', () => {
  it('takes the legal basis (blank lines left out), the dates and the approver from the edit; left out, they stay as stored', () => {
    const result = check('sumbawa', {
      legalBasis: ['  Perbup Sumbawa Nomor 1 Tahun 2026 ', '', 'UU 11/2008'],
      dates: { created: '2026-01-05', revised: '', effective: '2026-02-01' },
      approvedBy: 'Kepala Dinas',
    });
    expect(result.issues).toEqual([]);
    expect(result.definition).toMatchObject({
      legalBasis: ['Perbup Sumbawa Nomor 1 Tahun 2026', 'UU 11/2008'],
      dates: { created: '2026-01-05', effective: '2026-02-01' },
      approvedBy: 'Kepala Dinas',
    });
    expect(result.definition.dates).not.toHaveProperty('revised');
    const kept = check('sumbawa', {});
    expect([kept.definition.legalBasis, kept.definition.caps]).toEqual([sumbawa.legalBasis, sumbawa.caps]);
  });

  it('keeps the printed document (kop, boxes, columns) as stored: the table editor does not edit it', () => {
    expect(sumbawa.document).toBeDefined();
    expect(check('sumbawa', { name: 'Nama baru' }).definition.document).toEqual(sumbawa.document);
  });

  it('names a bad date and a bad cap as the editor shows them ("Tanggal · Pembuatan", "Batas waktu keseluruhan 1")', () => {
    const where = (changes: Record<string, unknown>) => check('sumbawa', changes).issues.map((issue) => [issue.path.join('.'), issue.where.id, issue.row]);
    expect(where({ dates: { created: '5-1-2026' } })).toEqual([['dates.created', 'Tanggal · Pembuatan', null]]);
    expect(where({ caps: [{ waktu: 'abc', from: 'pengembangan', to: 'tidak-ada' }] })).toEqual([
      ['caps.0.waktu', 'Batas waktu keseluruhan 1', null],
      ['caps.0.to', 'Batas waktu keseluruhan 1', null],
    ]);
    // A cap shorter than the longest path of step limits inside it.
    expect(where({ caps: [{ waktu: '30 hari kerja', from: 'pengembangan', to: 'pengembangan' }] })).toEqual([['caps.0', 'Batas waktu keseluruhan 1', null]]);
    // A step's problem still stands on its row.
    expect(editorIssues([{ path: ['steps', 1, 'waktu'], message: { id: 'x', en: 'x' } }], sumbawa.steps!)[0]).toMatchObject({
      row: 1,
      field: 'waktu',
      where: { id: 'Langkah No 2' },
    });
  });

  it('a derived variant stores only the identity and caps that differ from its base', () => {
    const derived = (changes: Record<string, unknown>) =>
      check('kab-x', { extends: 'sumbawa', name: 'SOP Kabupaten X', office: 'Diskominfo X', calendar: undefined, ...changes }, undefined);
    const same = derived({ legalBasis: sumbawa.legalBasis, caps: sumbawa.caps, dates: {}, approvedBy: '' });
    expect(same.issues).toEqual([]);
    expect(same.definition).not.toHaveProperty('legalBasis');
    expect(same.definition).not.toHaveProperty('caps');
    const own = derived({
      legalBasis: [...sumbawa.legalBasis!, 'Perbup X Nomor 2 Tahun 2026'],
      caps: [{ waktu: '40 hari kerja', from: 'pengembangan', to: 'pengembangan' }],
      approvedBy: 'Kepala Diskominfo X',
    });
    expect(own.issues).toEqual([]);
    expect(own.definition.legalBasis).toHaveLength(sumbawa.legalBasis!.length + 1);
    expect(own.definition.caps).toEqual([{ waktu: '40 hari kerja', from: 'pengembangan', to: 'pengembangan' }]);
    expect(own.sop?.approvedBy).toBe('Kepala Diskominfo X');
    // No caps at all, where the base has one: an explicit empty list.
    expect(derived({ caps: [] }).definition.caps).toEqual([]);
  });
});
