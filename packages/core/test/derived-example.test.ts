import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendarRegistry, createSopRegistry, simulateRequest, validateSop, type CalendarDefinition, type SopDefinition } from '../src/index.js';
import { main } from '../src/cli.js';

const read = (name: string) => readFileSync(new URL(`../../../examples/derived-sop/${name}`, import.meta.url), 'utf8');
const calendar = JSON.parse(read('calendar.json')) as CalendarDefinition;
const derived = JSON.parse(read('sop.json')) as SopDefinition;
const calendars = createCalendarRegistry([calendar]);

describe('examples/derived-sop: an office derives its SOP from Sumbawa', () => {
  it('validates, with one step added, one replaced and the rows renumbered', () => {
    const base = createSopRegistry([]).definition('sumbawa')!;
    const result = validateSop(derived, { lookup: (id) => (id === 'sumbawa' ? base : undefined), calendars });
    expect(result.ok ? [] : result.issues.map((i) => i.message.en)).toEqual([]);
    if (!result.ok) return;
    expect(result.sop.chain).toEqual(['contoh-kabupaten', 'sumbawa']);
    expect(result.sop.steps.map((s) => s.no)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(result.sop.steps.slice(11, 15).map((s) => [s.no, s.id, s.actor])).toEqual([
      ['12', 'pengembangan', 'tim-pengembang'],
      ['13', 'uji-keamanan', 'tim-persandian'],
      ['14', 'presentasi-hasil', 'tim-pengembang'],
      ['15', 'tanggapan-hasil', 'tim-teknis-opd'],
    ]);
  });

  it('runs on its own calendar: the regional holiday is skipped', () => {
    const sop = createSopRegistry([derived], { calendars }).get('contoh-kabupaten');
    expect(sop.calendar.zone).toBe('Asia/Makassar');
    const { snapshot, steps } = simulateRequest(sop, { start: new Date('2026-09-21T01:00:00Z') });
    expect(snapshot.context.phase).toBe('done');
    // Disposition entered Mon 21 Sep: "1 Hari Kerja" skips the regional holiday on Tue 22 Sep.
    expect(steps.find((s) => s.step === 'disposisi-kadis')?.deadline).toBe('2026-09-23T08:00:00.000Z');
    expect(steps.some((s) => s.step === 'uji-keamanan')).toBe(true);
  });

  it('is refused by the validator when broken, with every problem listed', async () => {
    const broken = structuredClone(derived) as SopDefinition & { changes: NonNullable<SopDefinition['changes']> };
    broken.changes.add![0]!.step.actor = 'tim-siber';
    broken.changes.update!.push({ id: 'tidak-ada', waktu: '2 minggu' });
    const files: Record<string, string> = { 'broken.json': JSON.stringify(broken), 'calendar.json': JSON.stringify(calendar) };
    let stdout = '';
    const code = await main(['sop', 'validate', 'broken.json', '--calendars', 'calendar.json'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => undefined },
      readFile: (path) => files[path]!,
    });
    expect(code).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "SOP "contoh-kabupaten" tidak sah (2 masalah):
      - Perubahan · Ubah · Langkah "tidak-ada" · id: langkah "tidak-ada" tidak ada di SOP dasar "sumbawa"
      - Langkah No 13 · Pelaksana: pelaksana "tim-siber" tidak ada di daftar peran
      "
    `);
  });
});
