import { builtinCalendarDefinitions, builtinSopDefinitions } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { calendarToRows, variantToRows } from '../src/definition-rows.js';
import { validateCalendarEdit, validateVariantEdit } from '../src/validate-edit.js';

const stored = builtinSopDefinitions.map((d) => variantToRows(d, { builtin: true }));
const variants = stored.map((s) => s.variant);
let nextId = 1;
const steps = stored.flatMap((s) => s.steps.map((step) => ({ ...step, id: nextId++ })));
const idOf = (variant: string, stepId: string) => steps.find((s) => s.variant === variant && s.step_id === stepId)!.id;
type Problems = Map<string, readonly { path: readonly (string | number)[]; message: { id: string } }[]>;
const messages = (problems: Problems) => [...problems.entries()].map(([id, issues]) => [id, issues.map((i) => `${i.path.join('.')}: ${i.message.id}`)]);

const calendarRows = builtinCalendarDefinitions.map((d) => calendarToRows(d, { builtin: true }));
const calendars = calendarRows.map((c) => c.calendar);
let holidayId = 1;
const holidays = calendarRows.flatMap((c) => c.holidays.map((h) => ({ ...h, id: holidayId++ })));

describe('validateVariantEdit: an admin edit in Directus, checked by the core validator', () => {
  it('accepts a sound edit', () => {
    expect(
      messages(
        validateVariantEdit(variants, steps, {
          collection: 'alur_sop_steps',
          action: 'update',
          keys: [idOf('sumbawa', 'disposisi-kadis')],
          payload: { waktu: '2 Hari Kerja' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an unknown actor and an unreadable Waktu, naming the variant', () => {
    const problems = validateVariantEdit(variants, steps, {
      collection: 'alur_sop_steps',
      action: 'update',
      keys: [idOf('sumbawa', 'disposisi-kadis')],
      payload: { actor: 'sekda', waktu: 'sehari' },
    });
    expect(messages(problems)).toEqual([
      ['sumbawa', ['steps.1.actor: pelaksana "sekda" tidak ada di daftar peran', expect.stringMatching(/^steps\.1\.waktu: Waktu "sehari" tidak dapat dibaca/)]],
    ]);
  });

  it('refuses deleting a step others lead to, and a variant whose calendar field is emptied', () => {
    expect(
      messages(
        validateVariantEdit(variants, steps, { collection: 'alur_sop_steps', action: 'delete', keys: [idOf('kalbar-lpse', 'rencana-pengembangan')] }),
      )[0]?.[0],
    ).toBe('kalbar-lpse');
    const emptied = validateVariantEdit(variants, steps, { collection: 'alur_sop_variants', action: 'update', keys: ['babel'], payload: { calendar: null } });
    expect(messages(emptied)).toEqual([['babel', ['calendar: kalender kerja wajib diisi (mis. "sumbawa")']]]);
  });

  it('checks a new derived variant against its base, and variants derived from an edited one', () => {
    const derived = { id: 'kab-x', name: 'X', office: 'X', version: '1', extends: 'sumbawa', changes: { remove: ['tidak-ada'] } };
    expect(messages(validateVariantEdit(variants, steps, { collection: 'alur_sop_variants', action: 'create', keys: [], payload: derived }))).toEqual([
      ['kab-x', ['changes.remove.0: langkah "tidak-ada" tidak ada di SOP dasar "sumbawa"']],
    ]);
    const withDerived = [...variants, { ...derived, changes: { remove: ['laporan-tim'], replace: [] } }];
    // Removing laporan-tim from sumbawa itself breaks the derived variant that removes it too.
    const removal = {
      collection: 'alur_sop_variants',
      action: 'update' as const,
      keys: ['sumbawa'],
      payload: { steps: { delete: [idOf('sumbawa', 'laporan-tim')] } },
    };
    expect([...validateVariantEdit(withDerived, steps, removal).keys()]).toContain('kab-x');
  });

  it('validates the final state of a nested o2m save from the Studio (a step inserted and linked in one save)', () => {
    const kadis = idOf('sumbawa', 'disposisi-kadis');
    const inserted = { step_id: 'catat-tu', no: '1a', description: 'TU mencatat surat', actor: 'kadis', waktu: '1 Hari Kerja', next: 'disposisi-kabid' };
    const edit = {
      collection: 'alur_sop_variants',
      action: 'update' as const,
      keys: ['sumbawa'],
      payload: { steps: { create: [inserted], update: [{ id: kadis, next: 'catat-tu' }], delete: [] } },
    };
    expect(messages(validateVariantEdit(variants, steps, edit))).toEqual([]);
    const dangling = { ...edit, payload: { steps: { create: [], update: [{ id: kadis, next: 'catat-tu' }], delete: [] } } };
    expect(messages(validateVariantEdit(variants, steps, dangling))[0]?.[1]?.[0]).toBe('steps.1.next: langkah "catat-tu" tidak ada');
  });
});

describe('validateCalendarEdit: holidays and working hours edited per calendar', () => {
  it('accepts a regional holiday and refuses a holiday outside the calendar’s years or with a bad date', () => {
    const ok = validateCalendarEdit(calendars, holidays, {
      collection: 'alur_holidays',
      action: 'create',
      keys: [],
      payload: { calendar: 'sumbawa', date: '2026-09-22', name: 'Hari Jadi', kind: 'regional', source: 'Perbup' },
    });
    expect(messages(ok.problems)).toEqual([]);
    const bad = validateCalendarEdit(calendars, holidays, {
      collection: 'alur_holidays',
      action: 'create',
      keys: [],
      payload: { calendar: 'sumbawa', date: '2026-02-30', name: 'X', kind: 'regional', source: 'Perbup' },
    });
    expect(messages(bad.problems)).toMatchInlineSnapshot(`
      [
        [
          "sumbawa",
          [
            "holidays.0.date: tanggal harus YYYY-MM-DD dan benar-benar ada",
          ],
        ],
      ]
    `);
  });

  it('refuses broken working hours and checks the calendars that extend the edited one', () => {
    const edit = {
      collection: 'alur_calendars',
      action: 'update' as const,
      keys: ['id-nasional'],
      payload: { weekly: { monday: [{ start: '16:00', end: '08:00' }] } },
    };
    const { problems } = validateCalendarEdit(calendars, holidays, edit);
    expect([...problems.keys()].sort()).toEqual(calendars.map((c) => c.id).sort());
    expect(messages(problems)[0]).toMatchInlineSnapshot(`
      [
        "id-nasional",
        [
          "weekly.monday.0: jam mulai harus sebelum jam selesai",
          "weekly.tuesday: Wajib diisi: diharapkan daftar",
          "weekly.wednesday: Wajib diisi: diharapkan daftar",
          "weekly.thursday: Wajib diisi: diharapkan daftar",
          "weekly.friday: Wajib diisi: diharapkan daftar",
          "weekly.saturday: Wajib diisi: diharapkan daftar",
          "weekly.sunday: Wajib diisi: diharapkan daftar",
        ],
      ]
    `);
  });
});
