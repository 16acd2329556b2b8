import { describe, expect, it } from 'vitest';
import { createCalendarRegistry, validateSop, type SopDefinition } from '../src/index.js';
import { miniSop } from './mini-sop.js';

const messages = (input: unknown, lookup?: (id: string) => SopDefinition | undefined) => {
  const result = validateSop(input, lookup ? { lookup } : {});
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message.id}`);
};
const change = (patch: (sop: SopDefinition) => void) => {
  const copy = structuredClone(miniSop) as SopDefinition & { steps: NonNullable<SopDefinition['steps']> };
  patch(copy);
  return copy;
};

describe('validateSop reports every problem at once, with a path', () => {
  it('accepts a sound SOP and resolves it', () => {
    const result = validateSop(miniSop, { calendars: createCalendarRegistry([]) });
    expect(result.ok).toBe(true);
    expect(result.ok && result.sop.start).toBe('permohonan');
  });

  it('names unknown actors and steps, bad Waktu, missing schedule source and double ids', () => {
    const broken = change((sop) => {
      sop.steps![1]!.actor = 'sekda';
      sop.steps![3]!.decision!.no = 'rapat';
      sop.steps![2]!.waktu = 'seminggu';
      delete sop.steps![5]!.scheduleFrom;
      sop.steps![6]!.id = 'uji';
      sop.steps!.push({ ...sop.steps![6]!, no: '9' });
    });
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "steps.8.id: id langkah "uji" dipakai dua kali",
        "steps.1.actor: pelaksana "sekda" tidak ada di daftar peran",
        "steps.2.waktu: Waktu "seminggu" tidak dapat dibaca: bentuknya tidak dikenal (angka, lalu satuan hari kerja, jam atau menit). Contoh yang benar: "1 hari kerja", "3-5 hari kerja", "maksimal 35 hari kerja", "30 menit", "3 jam", "sesuai jadwal".",
        "steps.3.decision.no: langkah "rapat" tidak ada",
        "steps.5.scheduleFrom: Waktu "Sesuai Jadwal" memerlukan scheduleFrom: keluaran yang memuat jadwal",
      ]
    `);
  });

  it('finds unreachable steps, loops with no exit and steps with two successors', () => {
    const broken = change((sop) => {
      sop.steps![3]!.decision = { question: 'Setuju?', yes: 'rencana', no: 'rencana' };
      sop.steps![1]!.end = true;
    });
    expect(messages(broken)).toMatchInlineSnapshot(`
      [
        "steps.1: setiap langkah harus punya tepat satu dari: next, decision, route atau end",
        "steps.3.decision: cabang ya dan tidak menuju langkah yang sama",
        "steps.2: langkah "rencana" berada dalam putaran tanpa jalan keluar",
        "steps.3: langkah "tanggapan" berada dalam putaran tanpa jalan keluar",
        "steps.4: langkah "pilih" tidak dapat dicapai dari langkah awal",
        "steps.5: langkah "bangun" tidak dapat dicapai dari langkah awal",
        "steps.6: langkah "uji" tidak dapat dicapai dari langkah awal",
        "steps.7: langkah "bast" tidak dapat dicapai dari langkah awal",
      ]
    `);
  });

  it('refuses a decision without a branch (format) in both languages', () => {
    const broken = change((sop) => {
      delete (sop.steps![3]!.decision as { no?: string }).no;
    });
    const result = validateSop(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.message.id, i.message.en])).toEqual([
      ['steps.3.decision.no', 'Wajib diisi: diharapkan teks', 'Required: expected text'],
    ]);
  });

  it('names what a wrong type should be and what it is, not "required"', () => {
    const broken = change((sop) => {
      (sop.steps![1] as unknown as { no: unknown }).no = 2;
      (sop.steps![2] as unknown as { participants: unknown }).participants = 'kasi';
    });
    const result = validateSop(broken);
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.message.id, i.message.en])).toEqual([
      ['steps.1.no', 'Input tidak valid: diharapkan teks, diterima angka', 'Invalid input: expected text, received number'],
      ['steps.2.participants', 'Input tidak valid: diharapkan daftar, diterima teks', 'Invalid input: expected list, received text'],
    ]);
  });

  it('checks each cap against the longest path of step limits', () => {
    const capped = change((sop) => {
      sop.caps = [{ waktu: 'Maksimal 1 Hari Kerja', from: 'disposisi', to: 'tanggapan' }];
    });
    expect(messages(capped)).toEqual([
      'caps.0: anggaran waktu terlampaui: jalur terpanjang dari "disposisi" ke "tanggapan" 1.47 hari kerja, batas Maksimal 1 Hari Kerja',
    ]);
    const fits = change((sop) => {
      sop.caps = [{ waktu: '2 hari kerja', from: 'disposisi', to: 'tanggapan' }];
    });
    expect(messages(fits)).toEqual([]);
  });

  it('checks the calendar against a registry', () => {
    const result = validateSop(
      change((sop) => (sop.calendar = 'jakarta')),
      { calendars: createCalendarRegistry([]) },
    );
    expect(!result.ok && result.issues[0]!.message.en).toMatch(/^unknown calendar "jakarta"; choices: id-nasional/);
  });
});

describe('extends: an office derives its SOP from another', () => {
  const lookup = (id: string) => (id === 'mini' ? miniSop : undefined);

  it('removes, replaces, adds and updates steps', () => {
    const derived: SopDefinition = {
      schemaVersion: 1,
      id: 'mini-kab',
      version: '2',
      name: 'SOP Mini Kabupaten',
      office: 'Diskominfo Kabupaten',
      extends: 'mini',
      roles: [{ id: 'sekretaris', name: 'Sekretaris', kind: 'staff' }],
      changes: {
        update: [{ id: 'disposisi', actor: 'sekretaris', waktu: '2 Hari Kerja' }],
        add: [{ after: 'uji', step: { id: 'rapat', no: '7a', description: 'Rapat hasil uji', actor: 'tim', waktu: '1 jam', next: 'bast' } }],
        replace: [{ id: 'uji', no: '7', description: 'Uji kelaikan dan beban', actor: 'tim', waktu: '1-5 hari kerja', next: 'rapat' }],
      },
    };
    const result = validateSop(derived, { lookup });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sop.chain).toEqual(['mini-kab', 'mini']);
    expect(result.sop.steps.map((s) => s.id)).toEqual(['permohonan', 'disposisi', 'rencana', 'tanggapan', 'pilih', 'bangun', 'uji', 'rapat', 'bast']);
    expect(result.sop.steps[1]).toMatchObject({ actor: 'sekretaris', waktu: '2 Hari Kerja' });
    expect(result.sop.calendar).toBe('sumbawa');
  });

  it('reports changes that name steps the base does not have', () => {
    const derived = { schemaVersion: 1, id: 'x', version: '1', name: 'X', office: 'X', extends: 'mini', changes: { remove: ['rapat'] } };
    expect(messages(derived, lookup)).toEqual(['changes.remove.0: langkah "rapat" tidak ada di SOP dasar "mini"']);
    expect(messages({ ...derived, extends: 'tidak-ada' }, lookup)).toEqual(['extends: SOP dasar "tidak-ada" tidak ditemukan']);
  });
});
