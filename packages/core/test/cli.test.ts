import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import {
  builtinCalendarDefinitions,
  builtinSopDefinitions,
  createCalendarRegistry,
  getCalendar,
  getSop,
  provisionalNote,
  type SopDefinition,
  validateSop,
  workingMinutesBetween,
} from '../src/index.js';

const files: Record<string, string> = {
  'kab-x.json': JSON.stringify({
    id: 'kab-x',
    name: 'Kabupaten X',
    extends: 'sumbawa',
    holidays: [{ date: '2026-09-22', name: 'Hari Jadi Kabupaten', kind: 'regional', source: 'Perbup X' }],
  }),
  'broken.json': JSON.stringify([{ id: 'kab-y', name: 'Y', extends: 'sumbawa', zone: 'Asia/Bandung' }]),
  'not-json.json': '{ id: ',
  'numbers.json': '[1, 2]',
  // Real fixed-date holidays of 2027; the cuti bersama on 16 Aug is an invented test example.
  'skb-2027.csv': [
    'tanggal;hari;nama;jenis',
    '2027-01-01;Jumat;Tahun Baru 2027 Masehi;libur',
    '2027-05-01;Sabtu;Hari Buruh Internasional;libur',
    '2027-06-01;Selasa;Hari Lahir Pancasila;libur',
    '2027-08-16;Senin;"Cuti bersama (contoh uji, bukan SKB)";cuti bersama',
    '2027-08-17;Selasa;Hari Proklamasi Kemerdekaan RI;libur',
    '2027-12-25;Sabtu;Kelahiran Yesus Kristus;libur',
  ].join('\n'),
  'bad-2027.csv': 'tanggal,hari,nama,jenis\n2027-08-17,Senin,Proklamasi,libur\n2027-13-01,,X,libur\n',
  // A seed SOP as a file, and one that is not an SOP at all.
  'sops.json': JSON.stringify([builtinSopDefinitions.find((sop) => sop.id === 'babel'), { id: 'rusak', name: 'Rusak' }]),
  'babel-sop.json': JSON.stringify(builtinSopDefinitions.find((sop) => sop.id === 'babel')),
};
const written = new Map<string, string>();

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const readFile = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  };
  const writeFile = (path: string, text: string) => void written.set(path, text);
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, readFile, writeFile });
  return { code, stdout, stderr };
}

describe('alur sla deadline', () => {
  it('prints start, target and deadline as JSON in the variant zone', async () => {
    const result = await run('sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25T09:00:00+07:00', '--duration', '3-5 hari kerja', '--json');
    expect(result).toEqual({
      code: 0,
      stdout: '{"start":"2026-11-25T09:00:00+07:00","target":"2026-11-30T16:00:00+07:00","deadline":"2026-12-02T16:00:00+07:00"}\n',
      stderr: '',
    });
  });

  it('reads an instant without offset in the variant zone and converts one with offset', async () => {
    const wita = await run('sla', 'deadline', '--variant', 'sumbawa', '--start', '2026-03-17T09:00', '--duration', 'Maksimal 35 Hari Kerja', '--json');
    expect(JSON.parse(wita.stdout)).toEqual({
      start: '2026-03-17T09:00:00+08:00',
      target: '2026-05-18T16:00:00+08:00',
      deadline: '2026-05-18T16:00:00+08:00',
    });
    const utc = await run('sla', 'deadline', '--variant=sumbawa', '--start=2026-11-25T16:30:00Z', '--duration=1 Hari Kerja', '--json');
    expect(JSON.parse(utc.stdout).deadline).toBe('2026-11-27T16:30:00+08:00');
  });

  it('prints a readable summary without --json', async () => {
    const result = await run('sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25T09:00', '--duration', '30 menit');
    expect(result.stdout).toMatchInlineSnapshot(`
      "Kalender : babel (Asia/Jakarta)
      Mulai    : Rabu, 25 November 2026 09:00 UTC+07:00
      Target   : Rabu, 25 November 2026 09:30 UTC+07:00
      Tenggat  : Rabu, 25 November 2026 09:30 UTC+07:00
      "
    `);
  });
});

describe('alur with --calendars: an office’s own calendar as JSON', () => {
  it('uses a calendar that extends a built-in variant', async () => {
    const result = await run(
      'sla',
      'deadline',
      '--calendars',
      'kab-x.json',
      '--variant',
      'kab-x',
      '--start',
      '2026-09-21T09:00',
      '--duration',
      '1 hari kerja',
      '--json',
    );
    expect(JSON.parse(result.stdout).deadline).toBe('2026-09-23T16:00:00+08:00');
  });

  it.each([
    ['broken.json', 'kab-y', 'alur: Kalender "kab-y" tidak sah (1 masalah). - zone: zona waktu "Asia/Bandung" tidak dikenal'],
    ['not-json.json', 'kab-x', 'alur: --calendars "not-json.json" tidak dapat dibaca sebagai JSON'],
    ['missing.json', 'kab-x', 'alur: --calendars "missing.json" tidak dapat dibaca sebagai JSON (ENOENT: missing.json)'],
    ['numbers.json', 'kab-x', 'alur: Definisi kalender ke-1 bukan objek dengan id teks.'],
  ])('refuses %s with one line', async (file, variant, message) => {
    const result = await run('sla', 'between', '--calendars', file, '--variant', variant, '--from', '2026-09-21T09:00', '--to', '2026-09-22T09:00');
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('alur sla between', () => {
  it('prints working minutes as JSON', async () => {
    const result = await run('sla', 'between', '--variant', 'kalbar-lpse', '--from', '2026-11-27T11:00', '--to', '2026-11-27T14:00', '--json');
    expect(result).toEqual({ code: 0, stdout: '{"workingMinutes":90}\n', stderr: '' });
  });
});

describe('bad arguments: exit code 2 and one line in Bahasa Indonesia', () => {
  it.each([
    [['sla', 'deadline', '--start', '2026-11-25T09:00', '--duration', '1 hari kerja'], 'alur: opsi --variant wajib diisi'],
    [['sla', 'deadline', '--variant', 'jakarta', '--start', '2026-11-25', '--duration', '1 hari kerja'], 'alur: Kalender "jakarta" tidak dikenal.'],
    [
      ['sla', 'deadline', '--variant', 'babel', '--start', '25/11/2026', '--duration', '1 hari kerja'],
      'alur: --start "25/11/2026" bukan waktu ISO-8601 yang sah',
    ],
    [['sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25', '--duration', 'seminggu'], 'alur: Waktu "seminggu" tidak dapat dibaca'],
    [
      ['sla', 'deadline', '--variant', 'babel', '--start', '2029-02-01', '--duration', '1 hari kerja'],
      'alur: Waktu 2029-02-01 00:00 +07:00, melewati batas perkiraan',
    ],
    [['sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25', '--duration'], 'alur: opsi --duration memerlukan nilai'],
    [['sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25', '--duration', '1 hari kerja', '--zone', 'x'], 'alur: opsi --zone tidak dikenal'],
    [['sla', 'between', '--variant', 'babel', '--from', '2026-11-25'], 'alur: opsi --to wajib diisi'],
    [['sla', 'hitung'], 'alur: perintah "sla hitung" tidak dikenal'],
    [['sla', 'deadline', 'lebih'], 'alur: argumen tidak dikenal: lebih'],
  ])('%j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('speaks English with --lang en', async () => {
    const result = await run('sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25', '--duration', 'seminggu', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^alur: Cannot read the time limit "seminggu"/);
  });
});

describe('alur sop and alur run', () => {
  it('lists the five seed variants', async () => {
    const result = await run('sop', 'list');
    expect(
      result.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]),
    ).toEqual(['sumbar-asap', 'sumbar-sop', 'sumbawa', 'babel', 'kalbar-lpse']);
  });

  it('shows a variant as its SOP document in each format', async () => {
    const md = await run('sop', 'show', 'sumbawa');
    expect(md.stdout).toContain('| Nomor SOP | 555/568/DKIST/2021 |');
    expect(md.stdout).toMatch(/\| 12 \| Proses pengembangan aplikasi oleh Tim Pengembang Aplikasi Kominfo \|.*\| Maksimal 35 Hari Kerja \|/);
    const html = await run('sop', 'show', 'babel', '--format', 'html');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<th scope="colgroup" colspan="3">Mutu Baku</th>');
    expect(html.stdout).not.toContain('Catatan analis');
    const withNotes = await run('sop', 'show', 'babel', '--format', 'html', '--notes');
    expect(withNotes.stdout).toContain('Catatan analis');
    const mermaid = await run('sop', 'show', 'kalbar-lpse', '--format=mermaid');
    expect(mermaid.stdout).toMatch(/^flowchart TD\n/);
    expect(mermaid.stdout).toContain('s5 -->|Tidak| s3');
    expect(mermaid.stdout).toMatch(/\n {2}s5\{"5\. /);
  });

  it('walks a demo request through a variant with a simulated clock', async () => {
    const result = await run('run', 'sumbawa', '--start', '2026-06-02T09:00', '--json');
    const steps = JSON.parse(result.stdout) as { step: string; deadline?: string }[];
    expect(steps.at(-1)?.step).toBe('berita-acara-pekerjaan');
    expect(steps.find((s) => s.step === 'pengembangan')?.deadline).toBe('2026-07-28T08:00:00.000Z');
    const text = await run('run', 'babel', '--start', '2026-06-02T09:00');
    expect(text.stdout).toContain('5    tindak-lanjut');
  });

  it('starts a demo run now without --start, on the clock the caller gives, and says its version', async () => {
    const now = new Date('2026-12-01T02:00:00Z');
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, now: () => now, version: '1.2.3' };
    expect(await main(['run', 'babel', '--json'], io)).toBe(0);
    expect((JSON.parse(stdout) as { enteredAt: string }[])[0]!.enteredAt).toBe(now.toISOString());
    stdout = '';
    expect(await main(['--version'], io)).toBe(0);
    expect(stdout).toBe('1.2.3\n');
    // Without a clock (the library used on its own) a run needs its start.
    const bare = await run('run', 'babel');
    expect([bare.code, bare.stderr]).toEqual([2, 'alur: opsi --start wajib diisi\n']);
  });

  it.each([
    [['sop', 'show'], 'alur: sebutkan id SOP: alur sop show <id>'],
    [['sop', 'show', 'jakarta'], 'alur: SOP "jakarta" tidak dikenal. Pilihan: sumbar-asap, sumbar-sop, sumbawa, babel, kalbar-lpse.'],
    [['sop', 'show', 'babel', '--format', 'pdf'], 'alur: --format harus salah satu dari: md, html, mermaid'],
    [['sop', 'validate'], 'alur: sebutkan berkas: alur sop validate <file.json>'],
    [['sop', 'validate', 'not-json.json'], 'alur: Berkas "not-json.json" tidak dapat dibaca sebagai JSON'],
    [['run', 'babel', '--start', 'kemarin'], 'alur: --start "kemarin" bukan waktu ISO-8601 yang sah'],
    [['run', 'babel', '--start', '2028-12-28T09:00'], 'alur: Simulasi berhenti di langkah'],
  ])('%j: exit 2, one line', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message), result.stderr).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('alur calendar import', () => {
  const SKB = 'SKB uji 2027 (contoh untuk pengujian)';

  it('makes 2027 official in id-nasional, prints the changes against the estimate and writes the definition', async () => {
    const result = await run('calendar', 'import', 'skb-2027.csv', '--calendar', 'id-nasional', '--year', '2027', '--source', SKB, '--out', 'out.json');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `Kalender id-nasional: tahun 2027 kini resmi (${SKB})`,
      'Hari libur 2027: 6 (5 libur nasional, 1 cuti bersama)',
      expect.stringMatching(/^Hari libur 2027 dibanding perkiraan: 1 bertambah \(\+\), \d+ tidak lagi libur \(-\)$/),
    ]);
    expect(result.stdout).toContain('  + 2027-08-16 Senin     Cuti bersama (contoh uji, bukan SKB) (cuti bersama)\n');
    expect(result.stdout).toMatch(/ {2}- 2027-03-\d\d \S+ +Idul Fitri 1448 H \(libur nasional, perkiraan\)\n/);
    expect(result.stdout).not.toMatch(/[+-] 2027-08-17/); // estimated and official alike
    expect(result.stdout).toContain('Definisi kalender ditulis ke out.json\n');

    const definition = JSON.parse(written.get('out.json')!) as { id: string; years: { year: number; source: string }[] };
    expect(definition.id).toBe('id-nasional');
    expect(definition.years.at(-1)).toEqual({ year: 2027, source: SKB });
    files['office.json'] = written.get('out.json')!;
    // The written file works as --calendars: 13 Aug 2027 (Fri) + 1 working day skips the 16th and the 17th.
    const deadline = await run(
      'sla',
      'deadline',
      '--calendars',
      'office.json',
      '--variant',
      'id-nasional',
      '--start',
      '2027-08-13T09:00',
      '--duration',
      '1 hari kerja',
      '--json',
    );
    expect(JSON.parse(deadline.stdout)).toEqual({
      start: '2027-08-13T09:00:00+07:00',
      target: '2027-08-18T16:00:00+07:00',
      deadline: '2027-08-18T16:00:00+07:00',
    });
    const estimate = await run('sla', 'deadline', '--variant', 'id-nasional', '--start', '2027-08-13T09:00', '--duration', '1 hari kerja', '--json');
    expect(JSON.parse(estimate.stdout).deadline).toBe('2027-08-16T16:00:00+07:00');
  });

  it('prints the definition alone on stdout with --json and the summary in English on stderr', async () => {
    const result = await run('calendar', 'import', 'skb-2027.csv', '--calendar', 'id-nasional', '--year', '2027', '--source', SKB, '--json', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { holidays: { date: string; kind: string }[] }).holidays.filter((h) => h.date.startsWith('2027-')).map((h) => h.kind),
    ).toEqual(['national', 'national', 'national', 'cutiBersama', 'national', 'national']);
    expect(result.stderr).toMatch(/^Calendar id-nasional: 2027 is now official .*\nHolidays 2027: 6 \(5 national holiday, 1 joint leave \(cuti bersama\)\)\n/);
  });

  it('exits 2 with every problem of a bad file, one a line, in either language', async () => {
    const id = await run('calendar', 'import', 'bad-2027.csv', '--calendar', 'id-nasional', '--year', '2027', '--source', SKB);
    expect(id).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'alur: Daftar hari libur 2027 tidak sah (2 masalah).\n- baris 2: 17 Agustus 2027 hari Selasa, bukan Senin\n- baris 3: tanggal "2027-13-01" tidak sah: tulis YYYY-MM-DD atau DD/MM/YYYY, tanggal yang benar-benar ada\n',
    });
    const en = await run('calendar', 'import', 'bad-2027.csv', '--calendar', 'id-nasional', '--year', '2027', '--source', SKB, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[1]).toBe('- row 2: 17 August 2027 is a Tuesday, not a Monday');
  });

  it.each([
    [['calendar', 'import', '--calendar', 'id-nasional', '--year', '2027'], 'alur: sebutkan berkas: alur calendar import'],
    [['calendar', 'import', 'skb-2027.csv', '--year', '2027'], 'alur: opsi --calendar wajib diisi'],
    [['calendar', 'import', 'skb-2027.csv', '--calendar', 'id-nasional', '--year', '27'], 'alur: --year "27" harus tahun empat angka'],
    [['calendar', 'import', 'skb-2027.txt', '--calendar', 'id-nasional', '--year', '2027'], 'alur: format berkas "skb-2027.txt" tidak diketahui'],
    [['calendar', 'import', 'none.csv', '--calendar', 'id-nasional', '--year', '2027'], 'alur: berkas "none.csv" tidak dapat dibaca'],
    [['calendar', 'import', 'skb-2027.csv', '--calendar', 'jakarta', '--year', '2027', '--source', 'SKB'], 'alur: Kalender "jakarta" tidak dikenal.'],
    [['calendar', 'import', 'skb-2027.csv', '--calendar', 'id-nasional', '--year', '2027'], 'alur: Daftar hari libur 2027 tidak sah (1 masalah).'],
  ])('%j: exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message), result.stderr).toBe(true);
  });
});

describe('the built `alur` binary', () => {
  const bin = fileURLToPath(new URL('../bin/alur.mjs', import.meta.url));
  const exec = promisify(execFile);

  it('runs from the build and exits 2 on bad arguments', async () => {
    expect(existsSync(new URL('../dist/cli.js', import.meta.url)), 'build @alur/core first (npm run build)').toBe(true);
    const ok = await exec(process.execPath, [
      bin,
      'sla',
      'between',
      '--variant',
      'sumbawa',
      '--from',
      '2026-11-23T00:00',
      '--to',
      '2026-11-30T00:00',
      '--json',
    ]);
    expect(ok.stdout).toBe('{"workingMinutes":2250}\n');
    const bad = await exec(process.execPath, [bin, 'sla', 'deadline', '--variant', 'sumbawa']).catch((error: { code: number; stderr: string }) => error);
    expect('code' in bad && bad.code).toBe(2);
    expect((bad as { stderr: string }).stderr).toBe('alur: opsi --start wajib diisi\n');
  });
});

/** Every command of `alur`, as typed. */
const COMMANDS = [
  ['sla', 'deadline'],
  ['sla', 'between'],
  ['sla', 'calendars'],
  ['sop', 'list'],
  ['sop', 'show'],
  ['sop', 'validate'],
  ['run'],
  ['calendar', 'import'],
  ['demo'],
].map((path) => [path.join(' '), path] as const);

describe('alur help and --help', () => {
  it('prints the overall usage for no arguments, help, --help and -h, in the chosen language', async () => {
    const id = await run();
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/^Pemakaian \(usage\):\n/);
    for (const argv of [['help'], ['--help'], ['-h'], ['--lang', 'id']]) expect(await run(...argv)).toEqual(id);
    const en = await run('--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage:\n/);
    expect(en.stdout).not.toMatch(/Pemakaian|Opsi umum|Varian:|dibaca/);
    expect(await run('help', '--lang=en')).toEqual(en);
  });

  it.each(COMMANDS)('%s: --help lists its options in Indonesian, or English with --lang en', async (_, path) => {
    const id = await run(...path, '--help');
    expect(id.code).toBe(0);
    expect(id.stderr).toBe('');
    expect(id.stdout).toMatch(new RegExp(`^Pemakaian: alur ${path.join(' ')}[ \\n]`));
    expect(id.stdout).toContain('\nOpsi:\n');
    expect(id.stdout).toMatch(/\n {2}--lang id\|en +bahasa /);
    expect(id.stdout).toMatch(/\n {2}-h, --help +bantuan ini\n/);
    // The same from `alur help <command>` and -h.
    expect(await run('help', ...path)).toEqual(id);
    expect(await run(...path, '-h')).toEqual(id);

    const en = await run(...path, '--help', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(new RegExp(`^Usage: alur ${path.join(' ')}[ \\n]`));
    expect(en.stdout).toContain('\nOptions:\n');
    expect(await run('help', ...path, '--lang', 'en')).toEqual(en);
    // Row by row: the same options, each explained in the other language.
    const rows = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .map((line) => /^ {2}(\S.*?)(?: {2,})(.*)$/.exec(line)!.slice(1));
    const idRows = rows(id.stdout);
    const enRows = rows(en.stdout);
    expect(enRows.map(([left]) => left!.split(' ')[0])).toEqual(idRows.map(([left]) => left!.split(' ')[0]));
    for (const [i, [, explanation]] of enRows.entries()) expect(explanation).not.toBe(idRows[i]![1]);

    // Its usage line is the one of the overall usage, and every option it lists is accepted.
    expect((await run('help')).stdout).toContain(`  ${id.stdout.split('\n')[0]!.slice('Pemakaian: '.length)}`);
    for (const [left] of idRows) {
      const [option, value] = left!.replace(/^-h, /, '').split(' ');
      if (!option!.startsWith('--')) continue;
      const accepted = await run(...path, ...(value ? [option!, option === '--lang' ? 'en' : 'x'] : [option!]), '--help');
      expect([option, accepted.code, accepted.stderr]).toEqual([option, 0, '']);
    }
  });

  it('prints a group’s usage lines for `alur help sla` and `alur sla --help`; `alur sla` alone is refused', async () => {
    const group = await run('help', 'sla');
    expect(group.code).toBe(0);
    expect(
      group.stdout
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .map((line) => line.split(' ').slice(2, 5).join(' ')),
    ).toEqual(['alur sla deadline', 'alur sla between', 'alur sla calendars']);
    expect(await run('sla', '--help')).toEqual(group);
    expect((await run('sla', '--help', '--lang', 'en')).stdout).toMatch(/^Usage:\n[\s\S]*\nHelp on each command: alur sla deadline --help\n$/);
    const bare = await run('sla');
    expect([bare.code, bare.stderr]).toEqual([2, 'alur: perintah "sla" perlu salah satu dari: deadline, between, calendars; lihat `alur help sla`\n']);
    expect((await run('help', 'sla', 'hitung')).stderr).toBe('alur: perintah "sla hitung" tidak dikenal; lihat `alur help`\n');
  });
});

describe('options are declared per command (util.parseArgs, strict)', () => {
  it.each(COMMANDS)('%s: an unknown option exits 2 with one line naming it, in either language', async (_, path) => {
    const id = await run(...path, '--zone', 'x');
    expect(id).toEqual({ code: 2, stdout: '', stderr: `alur: opsi --zone tidak dikenal; lihat \`alur ${path.join(' ')} --help\`\n` });
    // --lang is read first: it applies even after the bad option.
    const en = await run(...path, '-z', '--lang', 'en');
    expect(en).toEqual({ code: 2, stdout: '', stderr: `alur: unknown option -z; see \`alur ${path.join(' ')} --help\`\n` });
    // --version belongs to `alur` alone.
    expect((await run(...path, '--version')).stderr).toMatch(/^alur: opsi --version tidak dikenal/);
  });

  it.each([
    [['sla', 'deadline', '--variant'], 'alur: opsi --variant memerlukan nilai', 'alur: option --variant needs a value'],
    [['sla', 'between', '--variant', 'babel', '--from', '--to', '2026-11-25'], 'alur: opsi --from memerlukan nilai', 'alur: option --from needs a value'],
    [['sop', 'show', 'babel', '--notes=yes'], 'alur: opsi --notes tidak menerima nilai', 'alur: option --notes takes no value'],
    [['sop', 'list', '--json=false'], 'alur: opsi --json tidak menerima nilai', 'alur: option --json takes no value'],
    [['--json'], 'alur: opsi --json tidak dikenal; lihat `alur --help`', 'alur: unknown option --json; see `alur --help`'],
    [['sla', 'calendars', '--calendars', 'kab-x.json'], 'alur: opsi --calendars tidak dikenal', 'alur: unknown option --calendars'],
    [['sla', 'deadline', '--sops', 'x.json'], 'alur: opsi --sops tidak dikenal', 'alur: unknown option --sops'],
    [['sop', 'list', 'babel'], 'alur: argumen tidak dikenal: babel', 'alur: unknown arguments: babel'],
    [['sop', 'show', 'babel', 'sumbawa'], 'alur: argumen tidak dikenal: sumbawa', 'alur: unknown arguments: sumbawa'],
    [['run'], 'alur: sebutkan id SOP: alur run <id>', 'alur: name the SOP: alur run <id>'],
    [['sla', 'deadline', '--variant', '', '--start', 'x', '--duration', 'y'], 'alur: opsi --variant wajib diisi', 'alur: option --variant is required'],
  ])('%j: exit 2, one line, never Node’s own message', async (argv, id, en) => {
    for (const [result, message] of [
      [await run(...argv), id],
      [await run(...argv, '--lang', 'en'), en],
    ] as const) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(`${message}`), result.stderr).toBe(true);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/Unknown option|argument missing|ambiguous|does not take/);
    }
  });

  it('refuses a --lang other than id or en', async () => {
    expect(await run('sop', 'list', '--lang', 'fr')).toEqual({ code: 2, stdout: '', stderr: 'alur: --lang harus id atau en\n' });
  });

  it('says its version for --version and -v', async () => {
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, version: '9.8.7' };
    expect(await main(['-v'], io)).toBe(0);
    expect(await main(['--version'], io)).toBe(0);
    expect(stdout).toBe('9.8.7\n9.8.7\n');
  });
});

describe('--json on every command that lists or computes', () => {
  it('sla calendars --json: the built-in calendars as the library compiles them', async () => {
    const result = await run('sla', 'calendars', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      builtinCalendarDefinitions.map(({ id }) => {
        const calendar = getCalendar(id);
        return {
          id,
          name: calendar.name,
          zone: calendar.zone,
          firstYear: calendar.firstYear,
          lastYear: calendar.lastYear,
          provisionalYears: calendar.provisionalYears,
        };
      }),
    );
  });

  it('sop list --json: the built-in SOPs', async () => {
    const result = await run('sop', 'list', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      builtinSopDefinitions.map(({ id }) => {
        const { sop } = getSop(id);
        return { id, name: sop.name, office: sop.office, calendar: sop.calendar, steps: sop.steps.length };
      }),
    );
  });

  it('sop validate --json: one result per definition, messages in the chosen language, exit 1 when one is invalid', async () => {
    const [babel, broken] = JSON.parse(files['sops.json']!) as unknown[];
    const options = { lookup: (id: string) => builtinSopDefinitions.find((sop) => sop.id === id), calendars: createCalendarRegistry([]) };
    const valid = validateSop(babel, options);
    const invalid = validateSop(broken, options);
    if (!valid.ok || invalid.ok) throw new Error('the fixture needs one valid and one invalid SOP');
    for (const locale of ['id', 'en'] as const) {
      const result = await run('sop', 'validate', 'sops.json', '--json', '--lang', locale);
      expect([result.code, result.stderr]).toEqual([1, '']);
      expect(JSON.parse(result.stdout)).toEqual([
        { id: 'babel', ok: true, steps: valid.sop.steps.length, calendar: valid.sop.calendar },
        { id: 'rusak', ok: false, issues: invalid.issues.map((issue) => ({ path: issue.path, where: issue.where?.[locale], message: issue.message[locale] })) },
      ]);
    }
    const ok = await run('sop', 'validate', 'babel-sop.json', '--json');
    expect([ok.code, JSON.parse(ok.stdout)]).toEqual([0, [{ id: 'babel', ok: true, steps: valid.sop.steps.length, calendar: valid.sop.calendar }]]);
  });

  it('demo refuses --json: it is a showcase for people', async () => {
    expect(await run('demo', '--json')).toEqual({ code: 2, stdout: '', stderr: 'alur: opsi --json tidak dikenal; lihat `alur demo --help`\n' });
  });
});

describe('--lang en translates the human output', () => {
  it('sla deadline: labels and dates in English', async () => {
    const argv = ['sla', 'deadline', '--variant', 'babel', '--start', '2026-11-25T09:00', '--duration', '30 menit'];
    const en = await run(...argv, '--lang', 'en');
    expect(en.stdout).toMatchInlineSnapshot(`
      "Calendar : babel (Asia/Jakarta)
      Start    : Wednesday, 25 November 2026 09:00 UTC+07:00
      Target   : Wednesday, 25 November 2026 09:30 UTC+07:00
      Deadline : Wednesday, 25 November 2026 09:30 UTC+07:00
      "
    `);
    // The figures are those of the Indonesian output, the words are not.
    const id = await run(...argv);
    expect(en.stdout.replace(/[A-Za-z]+ */g, '')).toBe(id.stdout.replace(/[A-Za-z]+ */g, ''));
    const estimate = await run('sla', 'deadline', '--variant', 'id-nasional', '--start', '2027-08-13T09:00', '--duration', '1 hari kerja', '--lang', 'en');
    expect(estimate.stdout).toMatch(new RegExp(`\\nDeadline : Monday, 16 August 2027 16:00 UTC\\+07:00 \\(${provisionalNote(2027).en}\\)\\n$`));
    expect(estimate.stdout).not.toMatch(/Kalender|Mulai|Tenggat|Senin|Agustus|perkiraan/);
  });

  it('sla between, sla calendars and sop list', async () => {
    const from = '2026-11-25T09:00';
    const to = '2026-11-27T09:00';
    const minutes = workingMinutesBetween(getCalendar('babel'), new Date(`${from}+07:00`), new Date(`${to}+07:00`));
    expect((await run('sla', 'between', '--variant', 'babel', '--from', from, '--to', to, '--lang', 'en')).stdout).toBe(`${minutes} working minutes (babel)\n`);
    expect((await run('sla', 'between', '--variant', 'babel', '--from', from, '--to', to)).stdout).toBe(`${minutes} menit kerja (babel)\n`);

    const calendars = (await run('sla', 'calendars', '--lang', 'en')).stdout;
    expect(calendars).not.toContain('perkiraan');
    for (const { id } of builtinCalendarDefinitions) {
      const { provisionalYears } = getCalendar(id);
      expect(calendars).toContain(`${id.padEnd(12)} `);
      if (provisionalYears.length > 0) expect(calendars).toMatch(new RegExp(`\\n?${id} .* \\+${provisionalYears.join(',')} estimated `));
    }

    const sops = (await run('sop', 'list', '--lang', 'en')).stdout.trimEnd().split('\n');
    expect(sops.map((line) => line.split(/\s+/).slice(0, 3))).toEqual(
      builtinSopDefinitions.map(({ id }) => [id, String(getSop(id).sop.steps.length), 'steps']),
    );
  });

  it('run: the headings and the calendar word, the rows unchanged', async () => {
    const argv = ['run', 'babel', '--start', '2027-06-02T09:00'];
    const id = (await run(...argv)).stdout.trimEnd().split('\n');
    const en = (await run(...argv, '--lang', 'en')).stdout.trimEnd().split('\n');
    const { sop } = getSop('babel');
    expect(id[0]).toBe(`${sop.name} (babel, kalender babel, Asia/Jakarta)`);
    expect(en[0]).toBe(`${sop.name} (babel, calendar babel, Asia/Jakarta)`);
    expect(id[1]!.split(/\s+/)).toEqual(['No', 'Langkah', 'Pelaksana', 'Event', 'Masuk', 'Tenggat', 'Selesai']);
    expect(en[1]!.split(/\s+/)).toEqual(['No', 'Step', 'Actor', 'Event', 'Entered', 'Deadline', 'Completed']);
    expect(en[1]!.indexOf('Event')).toBe(id[1]!.indexOf('Event'));
    expect(en.slice(2, -1)).toEqual(id.slice(2, -1));
    expect([id.at(-1), en.at(-1)]).toEqual([`* ${provisionalNote(2027).id}`, `* ${provisionalNote(2027).en}`]);
  });

  it('sop validate: a problem of a step is named as the SOP numbers the step', async () => {
    const babel = structuredClone(builtinSopDefinitions.find((sop) => sop.id === 'babel')!);
    const steps = babel.steps!;
    const index = steps.findIndex((step, position) => step.no !== String(position + 1));
    (steps[index] as { waktu: unknown }).waktu = 5;
    files['waktu.json'] = JSON.stringify(babel);
    const id = await run('sop', 'validate', 'waktu.json');
    const en = await run('sop', 'validate', 'waktu.json', '--lang', 'en');
    expect([id.code, en.code]).toEqual([1, 1]);
    expect(id.stdout).toContain(`- Langkah No ${steps[index]!.no} · Waktu: `);
    expect(en.stdout).toContain(`- Step No ${steps[index]!.no} · Waktu: `);
  });

  it('sop validate: "(root)" for a problem of the whole definition', async () => {
    const id = await run('sop', 'validate', 'numbers.json');
    const en = await run('sop', 'validate', 'numbers.json', '--lang', 'en');
    expect([id.code, en.code]).toEqual([1, 1]);
    expect(id.stdout).toMatch(/^SOP "#1" tidak sah \(\d+ masalah\):\n- \(akar\): /);
    expect(en.stdout).toMatch(/^SOP "#1" is invalid \(\d+ problems\):\n- \(root\): /);
  });

  it('demo: the text and the usage after it', async () => {
    const id = await run('demo');
    const en = await run('demo', '--lang', 'en');
    expect([id.code, en.code]).toEqual([0, 0]);
    expect(id.stdout.endsWith(`\n\n${(await run('help')).stdout}`)).toBe(true);
    expect(en.stdout.endsWith(`\n\n${(await run('help', '--lang', 'en')).stdout}`)).toBe(true);
    expect(en.stdout).toMatch(/^Alur — working time and SLA engine\. /);
    expect(en.stdout).not.toMatch(/tenggat|mesin|Contoh|Pemakaian/);
    // The same dates in both.
    expect(en.stdout.match(/\d{4}-\d\d-\d\dT[\d:+]+/g)).toEqual(id.stdout.match(/\d{4}-\d\d-\d\dT[\d:+]+/g));
  });
});

describe('alur sop import', () => {
  // A small procedure table as Word's copy gives it: tabs between cells, the Pelaksana header on two rows.
  files['sop-kantor.txt'] = [
    'STANDAR OPERASIONAL PROSEDUR',
    'Nama SOP\tLayanan Contoh',
    '',
    'No\tUraian Kegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKeterangan',
    '\t\tOPD\tKepala Dinas\tKepala Seksi\tKelengkapan\tWaktu\tOutput\t',
    '1\tOPD menyampaikan surat permohonan\tMulai\t\t\tSurat Permohonan\t30 menit\tSurat Permohonan\t',
    '2\tKepala Dinas mendisposisikan surat ke Kepala Seksi\t\t\t\tSurat Permohonan\t1 hari kerja\tDisposisi\t',
    '3\tKepala Seksi membuat laporan\t\t\tSelesai\tDisposisi\t3 hari kerja\tLaporan\t',
  ].join('\n');
  files['bukan-sop.txt'] = 'Notulen rapat koordinasi\nHadir: 12 orang\n';

  it('prints the draft, its validity and the cells to check; --out writes the definition --json prints', async () => {
    const json = await run('sop', 'import', 'sop-kantor.txt', '--id', 'contoh', '--calendar', 'sumbawa', '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { definition: SopDefinition; review: { path: unknown[] }[]; valid: boolean; table: { found: string } };
    expect(result.definition.steps!.map((step) => [step.no, step.waktu])).toEqual([
      ['1', '30 menit'],
      ['2', '1 hari kerja'],
      ['3', '3 hari kerja'],
    ]);
    expect([result.definition.id, result.definition.calendar, result.table.found]).toEqual(['contoh', 'sumbawa', 'panrb']);
    expect(result.valid).toBe(validateSop(result.definition, { calendars: createCalendarRegistry([]) }).ok);

    const text = await run('sop', 'import', 'sop-kantor.txt', '--id', 'contoh', '--calendar', 'sumbawa', '--out', 'draf.json');
    expect(text.code).toBe(0);
    expect(JSON.parse(written.get('draf.json')!)).toEqual(result.definition);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Tabel Permen PANRB ditemukan di baris 4: 3 baris.');
    expect(lines[1]).toBe(`Draf "contoh": 3 langkah, ${result.definition.roles!.length} peran, kalender sumbawa; ${result.valid ? 'sah' : 'belum sah'}.`);
    expect(lines[2]).toBe(`Perlu diperiksa (${result.review.length}):`);
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(result.review.length);
    expect(text.stdout).toContain('Draf ditulis ke draf.json');
    const en = await run('sop', 'import', 'sop-kantor.txt', '--lang', 'en');
    expect(en.stdout.split('\n')[0]).toBe('Permen PANRB table found at line 4: 3 rows.');
    expect(en.stdout).toContain('Nothing saved: add --out <file.json> or --json.');
  });

  it('names the built-in variant a table reads like (here: the Sumbawa table re-typed), in text and in --json', async () => {
    const { sop } = getSop('sumbawa');
    const column = (role: string) => sop.roles.findIndex((r) => r.id === role);
    files['sop-sumbawa.txt'] = [
      `No\tUraian Kegiatan${'\tPelaksana'.padEnd(10 + sop.roles.length, '\t')}\tMutu Baku\t\t\tKeterangan`,
      `\t\t${sop.roles.map((r) => r.name).join('\t')}\tKelengkapan\tWaktu\tOutput\t`,
      ...sop.steps.map(
        (step) => `${step.no}\t${step.description}\t${sop.roles.map((_, i) => (i === column(step.actor) ? '√' : '')).join('\t')}\t\t${step.waktu ?? ''}\t\t`,
      ),
    ].join('\n');
    const text = await run('sop', 'import', 'sop-sumbawa.txt');
    expect(text.stdout.split('\n')[2]).toBe(
      `Mirip varian bawaan "sumbawa": ${sop.steps.length} dari ${sop.steps.length} langkah sama (Studio menawarkan menurunkan draf darinya).`,
    );
    const json = JSON.parse((await run('sop', 'import', 'sop-sumbawa.txt', '--json')).stdout) as { closest: { base: string; paired: number } };
    expect(json.closest).toMatchObject({ base: 'sumbawa', paired: sop.steps.length });
    // The small office table reads like none.
    expect(JSON.parse((await run('sop', 'import', 'sop-kantor.txt', '--json')).stdout).closest).toBeNull();
  });

  it('says when a text holds no procedure table, and refuses a file it cannot read', async () => {
    const none = await run('sop', 'import', 'bukan-sop.txt');
    expect([none.code, none.stdout.split('\n')[0]]).toEqual([0, 'Tidak ditemukan tabel prosedur (baris judul yang diawali "No" dan kolom Uraian).']);
    const missing = await run('sop', 'import', 'tidak-ada.txt');
    expect([missing.code, missing.stderr]).toEqual([2, 'alur: berkas "tidak-ada.txt" tidak dapat dibaca (ENOENT: tidak-ada.txt)\n']);
    // This io reads no bytes: a .docx is refused the same way.
    const docx = await run('sop', 'import', 'sop.docx', '--lang', 'en');
    expect([docx.code, docx.stderr]).toEqual([2, 'alur: cannot read "sop.docx" (no file access)\n']);
  });
});
