import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestVariant, importSop, renameForVariant, type ReviewItem } from '../src/import-sop.js';
import { builtinSopDefinitions, deriveChanges, getSop, type SopDefinition, type SopItem, validateSop } from '../src/index.js';
import { caught } from './helpers.js';

/** A table as Word copies it: one row a line, cells separated by tabs. */
const rows = (...cells: string[][]) => cells.map((row) => row.join('\t')).join('\n');

const IDENTITY = rows(
  ['Nomor SOP', '800/12/DISKOMINFO/2024'],
  ['Tanggal Pembuatan', '3 Januari 2024'],
  ['Tanggal Revisi', ''],
  ['Tanggal Efektif', '1 Pebruari 2024'],
  ['Disahkan oleh', 'Kepala Dinas Komunikasi dan Informatika'],
  ['Nama SOP', 'Layanan Pembuatan Aplikasi'],
);

const BOXES = rows(
  ['DASAR HUKUM', 'KUALIFIKASI PELAKSANA'],
  ['1. Undang-Undang Nomor 11 Tahun 2008 2. Peraturan Bupati Nomor 5 Tahun 2020', 'ASN dengan kemampuan komputer'],
  ['KETERKAITAN', 'PERALATAN/PERLENGKAPAN'],
  ['', '1. Komputer 2. Jaringan Internet'],
);

/** A clean Permen PANRB table: one mark (√) per row, Mutu Baku as printed. */
const TABLE = rows(
  ['No', 'Uraian Kegiatan', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'],
  ['', '', 'OPD', 'Kepala Dinas', 'Kepala Seksi Aplikasi', 'Kelengkapan', 'Waktu', 'Output', ''],
  ['1', 'Menyampaikan surat permohonan aplikasi', 'Mulai', '', '', 'Surat permohonan', '1 Hari Kerja', 'Surat masuk', ''],
  ['2', 'Mendisposisikan surat kepada Kepala Seksi Aplikasi', '', '√', '', 'Surat masuk', '30 menit', 'Lembar disposisi', ''],
  ['3', 'Memeriksa kelengkapan permohonan', '', '', 'tidak', '1) Surat masuk 2) Lembar disposisi', '2-3 hari kerja', 'Berita acara pemeriksaan', ''],
  ['4', 'Mengembalikan permohonan yang tidak lengkap kepada OPD', '', '', '√', 'Berita acara pemeriksaan', '1 jam', 'Surat pengembalian', ''],
  ['5', 'Membangun aplikasi', '', '', 'ya', 'Berita acara pemeriksaan', 'Maksimal 30 Hari Kerja', 'Aplikasi', ''],
  ['6', 'Menerima aplikasi', 'Selesai', '', '', 'Aplikasi', 'Sesuai Jadwal', 'Berita acara serah terima', ''],
);

const DOCUMENT = ['PEMERINTAH KABUPATEN CONTOH', 'DINAS KOMUNIKASI DAN INFORMATIKA', '', IDENTITY, '', BOXES, '', TABLE, ''].join('\n');

const at = (review: readonly ReviewItem[], ...path: (string | number)[]) => review.filter((item) => path.every((part, i) => item.path[i] === part));

describe('importSop: a Permen PANRB table', () => {
  const result = importSop(DOCUMENT);
  const { definition } = result;

  it('reads the identity block, the kop and the boxes', () => {
    expect(definition).toMatchObject({
      schemaVersion: 1,
      id: 'layanan-pembuatan-aplikasi',
      version: '2024-02-01',
      name: 'Layanan Pembuatan Aplikasi',
      office: 'Dinas Komunikasi dan Informatika Kabupaten Contoh',
      number: '800/12/DISKOMINFO/2024',
      dates: { created: '2024-01-03', effective: '2024-02-01' },
      approvedBy: 'Kepala Dinas Komunikasi dan Informatika',
      legalBasis: ['Undang-Undang Nomor 11 Tahun 2008', 'Peraturan Bupati Nomor 5 Tahun 2020'],
    });
    expect(definition.document).toMatchObject({
      heading: ['PEMERINTAH KABUPATEN CONTOH', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
      qualifications: ['ASN dengan kemampuan komputer'],
      equipment: ['Komputer', 'Jaringan Internet'],
      columns: ['opd', 'kepala-dinas', 'kepala-seksi-aplikasi'],
    });
    expect(definition.document?.related).toBeUndefined();
    expect(result.table).toMatchObject({ found: 'panrb', line: 16, rows: 6 });
  });

  it('takes the roles from the Pelaksana header in printed order; the OPD is the requester', () => {
    expect(definition.roles).toEqual([
      { id: 'opd', name: 'OPD', kind: 'requester' },
      { id: 'kepala-dinas', name: 'Kepala Dinas', kind: 'staff' },
      { id: 'kepala-seksi-aplikasi', name: 'Kepala Seksi Aplikasi', kind: 'staff' },
    ]);
  });

  it('reads each row: the marked column acts, Mutu Baku split into items, Waktu as printed', () => {
    const steps = definition.steps!;
    expect(steps.map((s) => [s.no, s.actor, s.waktu ?? ''])).toEqual([
      ['1', 'opd', '1 Hari Kerja'],
      ['2', 'kepala-dinas', '30 menit'],
      ['3', 'kepala-seksi-aplikasi', '2-3 hari kerja'],
      ['4', 'kepala-seksi-aplikasi', '1 jam'],
      ['5', 'kepala-seksi-aplikasi', 'Maksimal 30 Hari Kerja'],
      ['6', 'opd', ''], // "Sesuai Jadwal" with no schedule output before it: left empty and flagged (below)
    ]);
    // "Maksimal 30 Hari Kerja" is also a cap over its own step, flagged: the span may be wider.
    expect(definition.caps).toEqual([
      {
        waktu: 'Maksimal 30 Hari Kerja',
        from: steps[4]!.id,
        to: steps[4]!.id,
        note: expect.stringMatching(/^Waktu langkah 5 "Maksimal 30 Hari Kerja": batas atas /),
      },
    ]);
    expect(at(result.review, 'caps', 0)[0]).toMatchObject({ confidence: 0.6, source: 'Maksimal 30 Hari Kerja', kind: 'guess' });
    expect(steps[2]!.kelengkapan).toEqual([
      { key: 'surat-masuk', label: 'Surat masuk' },
      { key: 'lembar-disposisi', label: 'Lembar disposisi' },
    ]);
    expect(steps[0]!.requesterTime).toBe(true);
    // A mark read as printed is not doubted.
    expect(at(result.review, 'steps', 1, 'actor')).toEqual([]);
    expect(at(result.review, 'steps', 2, 'kelengkapan')).toEqual([]);
  });

  it('reads "tidak" on a row as a decision: the refusal that follows is the "no" branch, "yes" skips it; each target doubtful', () => {
    const steps = definition.steps!;
    expect(steps[2]!.decision).toMatchObject({ yes: steps[4]!.id, no: steps[3]!.id, yesLabel: 'ya', noLabel: 'tidak' });
    expect(steps[3]!.end).toBe(true);
    expect(steps[5]!.end).toBe(true);
    expect(steps[0]!.next).toBe(steps[1]!.id);
    for (const branch of ['yes', 'no']) {
      const [item] = at(result.review, 'steps', 2, 'decision', branch);
      expect(item?.confidence).toBeLessThan(0.9);
      expect(item?.reason.id).toMatch(/cabang/);
      expect(item?.source).toBe('Memeriksa kelengkapan permohonan');
    }
  });

  it('"Sesuai Jadwal" takes its schedule from an earlier output named Jadwal, or is flagged', () => {
    // No output of this table is a schedule: the Waktu is left empty (the draft still validates) and flagged with what was printed.
    const invalid = at(result.review, 'steps', 5, 'waktu');
    expect(invalid.map((item) => item.kind)).toEqual(['missing']);
    expect(invalid[0]).toMatchObject({ confidence: 0, line: 23, source: 'Sesuai Jadwal' });
    expect(invalid[0]!.reason.id).toMatch(/tidak ada keluaran sebelumnya yang memuat jadwal; dikosongkan/);
    expect(result.definition.steps![5]!.waktu).toBeUndefined();
    expect(result.valid).toBe(true);
    const withSchedule = importSop(DOCUMENT.replace('Berita acara pemeriksaan\t\n', 'x').replace('\tAplikasi\t\n6', '\tJadwal Pembangunan\t\n6'));
    const step = withSchedule.definition.steps!.find((s) => s.no === '6')!;
    expect(step.scheduleFrom).toBe('jadwal-pembangunan');
    expect(withSchedule.valid).toBe(true);
    expect(validateSop(withSchedule.definition).ok).toBe(true);
  });

  it('flags the national calendar it falls back to, and none when one is given', () => {
    expect(at(result.review, 'calendar')[0]).toMatchObject({ kind: 'missing', confidence: 0.5 });
    expect(definition.calendar).toBe('id-nasional');
    const given = importSop(DOCUMENT, { calendar: 'sumbawa', id: 'kab-contoh', source: 'sop.txt' });
    expect(at(given.review, 'calendar')).toEqual([]);
    expect(given.definition).toMatchObject({ calendar: 'sumbawa', id: 'kab-contoh', source: 'sop.txt' });
  });

  it('every review item has a path into the draft, a confidence in 0..1 and a reason in both languages; in the order of the draft', () => {
    const steps = result.review.filter((item) => item.path[0] === 'steps' && typeof item.path[1] === 'number').map((item) => item.path[1] as number);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    for (const item of result.review) {
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThan(0.9);
      expect(item.reason.id).not.toBe('');
      expect(item.reason.en).not.toBe('');
      expect(['guess', 'invalid', 'missing']).toContain(item.kind);
    }
  });
});

describe('importSop: cells it has to guess', () => {
  const header = rows(['No', 'Uraian Kegiatan', 'Kepala Bidang', 'Tim Teknis', 'Persyaratan', 'Waktu', 'Output']);

  it('an Uraian whose subject names the actor when no column is marked', () => {
    const { definition, review } = importSop(rows([header], ['1', 'Tim Teknis memeriksa dokumen', '', '', 'Dokumen', '1 Hari', 'Catatan']));
    expect(definition.steps![0]!.actor).toBe('tim-teknis');
    expect(at(review, 'steps', 0, 'actor')).toEqual([]);
    // "hari" without "kerja" is read as working days, and said so.
    expect(at(review, 'steps', 0, 'waktu')[0]!.reason.id).toMatch(/hari kerja/);
  });

  it('a row with no subject and no mark: the previous actor, doubtful', () => {
    const { definition, review } = importSop(
      rows([header], ['1', 'Kepala Bidang menerima surat', '', '', '', '', ''], ['2', 'Meneruskan surat', '', '', '', '', '']),
    );
    expect(definition.steps![1]!.actor).toBe('kepala-bidang');
    expect(at(review, 'steps', 1, 'actor')[0]).toMatchObject({ confidence: 0.3, source: 'Meneruskan surat' });
  });

  it('the marked column and the subject disagree: the subject, doubtful, naming both', () => {
    const { definition, review } = importSop(rows([header], ['1', 'Tim Teknis memeriksa dokumen', '√', '', '', '', '']));
    expect(definition.steps![0]!.actor).toBe('tim-teknis');
    expect(at(review, 'steps', 0, 'actor')[0]!.reason.id).toMatch(/Tim Teknis.*Kepala Bidang/);
  });

  it('"A, B dan C" becomes three items, flagged; a numbered list is taken as printed', () => {
    const { definition, review } = importSop(
      rows([header], ['1', 'Tim Teknis rapat', '', '√', 'Notulen, Daftar hadir dan Foto', '', '1. KAK 2. Data, dan rekap']),
    );
    expect(definition.steps![0]!.kelengkapan!.map((i) => i.label)).toEqual(['Notulen', 'Daftar hadir', 'Foto']);
    expect(at(review, 'steps', 0, 'kelengkapan')[0]!.confidence).toBe(0.6);
    expect(definition.steps![0]!.outputs!.map((i) => i.label)).toEqual(['KAK', 'Data, dan rekap']);
    expect(at(review, 'steps', 0, 'outputs')).toEqual([]);
  });

  it('a Waktu that does not parse is left empty, so the draft still validates, and flagged with the printed text and why', () => {
    const { definition, review, valid } = importSop(rows([header], ['1', 'Tim Teknis memeriksa', '', '√', '', '2 minggu', '']));
    expect(definition.steps![0]!.waktu).toBeUndefined();
    expect(valid).toBe(true);
    const [item] = at(review, 'steps', 0, 'waktu');
    expect(item).toMatchObject({ kind: 'missing', confidence: 0, line: 2, source: '2 minggu', where: { id: 'Langkah No 1 · Waktu', en: 'Step No 1 · Waktu' } });
    expect(item!.reason.id).toMatch(/^Waktu "2 minggu" tidak terbaca \(.*tidak dapat dibaca.*\); dikosongkan/);
    expect(item!.reason.en).toMatch(/Cannot read/);
  });

  it('a document name written in the Waktu column moves to Kelengkapan when an earlier step made it', () => {
    const { definition, review } = importSop(
      rows(
        [header],
        ['1', 'Tim Teknis membuat laporan', '', '√', '', '1 Hari Kerja', 'Laporan uji'],
        ['2', 'Kepala Bidang menerima laporan', '√', '', '', 'Laporan uji', ''],
      ),
    );
    const step = definition.steps![1]!;
    expect(step.waktu).toBeUndefined();
    expect(step.kelengkapan?.map((i) => i.label)).toEqual(['Laporan uji']);
    expect(at(review, 'steps', 1, 'kelengkapan')[0]!.confidence).toBeLessThan(0.5);
  });

  it('a role named in the Uraian without a column is added and flagged', () => {
    const { definition, review } = importSop(rows([header], ['1', 'Tim Database membuat desain basis data', '', '', '', '', 'Desain']));
    expect(definition.roles!.map((r) => r.name)).toContain('Tim Database');
    expect(definition.steps![0]!.actor).toBe('tim-database');
    expect(at(review, 'roles', 2)[0]!.reason.id).toMatch(/tidak punya kolom/);
  });

  it('a decision states its branches: "Jika tidak, ... kembali" goes back to the step it names', () => {
    const { definition, review } = importSop(
      rows(
        [header],
        ['1', 'Tim Teknis menyusun rancangan aplikasi', '', '√', '', '', 'Rancangan'],
        [
          '2',
          'Kepala Bidang menilai rancangan. Jika setuju, Tim Teknis membangun aplikasi. Jika tidak, Tim Teknis menyusun ulang rancangan aplikasi',
          '√',
          '',
          '',
          '',
          '',
        ],
        ['3', 'Tim Teknis membangun aplikasi', '', '√', '', '', 'Aplikasi'],
      ),
    );
    const [one, two, three] = definition.steps!;
    expect(two!.decision).toMatchObject({ yes: three!.id, no: one!.id });
    expect(at(review, 'steps', 1, 'decision', 'no')[0]!.reason.id).toMatch(/menyusun ulang rancangan/);
  });
});

describe('importSop: text without a Permen PANRB table', () => {
  it('no table: an empty draft and a clear review item, no throw', () => {
    const result = importSop('Surat biasa\nTanpa tabel apa pun.\n');
    expect(result.table).toEqual({ found: 'none', columns: [], rows: 0 });
    expect(result.definition.steps).toEqual([]);
    expect(result.valid).toBe(false);
    const [notice] = at(result.review, 'steps');
    expect(notice).toMatchObject({ kind: 'missing', confidence: 0 });
    expect(notice!.reason.id).toMatch(/tidak ditemukan tabel prosedur/);
    expect(notice!.reason.en).toMatch(/no procedure table found/);
  });

  it('a table of stages without actor columns or Mutu Baku: taken, said to be no PANRB table', () => {
    const result = importSop(rows(['No', 'Tahapan', 'Keterangan'], ['1', 'Pengajuan surat', 'Dilakukan oleh Petugas Loket'], ['2', 'Verifikasi', '']));
    expect(result.table.found).toBe('simple');
    expect(result.definition.steps!.map((s) => s.no)).toEqual(['1', '2']);
    expect(at(result.review, 'steps')[0]!.reason.id).toMatch(/bukan tabel Permen PANRB/);
    expect(at(result.review, 'steps', 0, 'kelengkapan')[0]!.kind).toBe('missing');
  });

  it('rejects what is not text', () => {
    expect(caught(() => importSop(42 as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });

  it('never throws on any text, and gives the same draft twice', () => {
    const cell = fc.oneof(
      fc.constantFrom('No', 'Uraian Kegiatan', 'Mulai', 'ya', 'tidak', 'Selesai', '1', '2', '√', '1 Hari Kerja', 'Kepala Dinas', ''),
      fc.string(),
    );
    const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join('\t'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const first = importSop(text);
        expect(importSop(text)).toEqual(first);
        for (const item of first.review) expect(item.confidence).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('CRLF line ends and a BOM read the same as plain lines', () => {
    expect(importSop(`\uFEFF${DOCUMENT.replace(/\n/g, '\r\n')}`)).toEqual(importSop(DOCUMENT));
  });

  it('does not depend on the time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = importSop(DOCUMENT);
      process.env.TZ = 'America/Los_Angeles';
      expect(importSop(DOCUMENT)).toEqual(east);
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('closestVariant and renameForVariant', () => {
  const sumbawa = getSop('sumbawa').sop;
  const builtins = builtinSopDefinitions.map((d) => getSop(d.id).sop);

  it('suggests no built-in for a table unlike all of them', () => {
    expect(closestVariant(importSop(DOCUMENT).definition, builtins)).toBeUndefined();
  });

  it('pairs a changed copy of a variant with it: steps by their Uraian, roles by the paired actors, ids renamed everywhere', () => {
    // The same SOP with other ids, one step reworded beyond likeness and one step added.
    const steps = sumbawa.steps.map((step, i) => ({ ...step, id: `s${i}`, actor: `r-${step.actor}` }));
    const id = (old: string) => `s${sumbawa.steps.findIndex((step) => step.id === old)}`;
    for (const step of steps) {
      if (step.next) step.next = id(step.next);
      if (step.decision) step.decision = { ...step.decision, yes: id(step.decision.yes), no: id(step.decision.no) };
      if (step.participants) step.participants = step.participants.map((p) => `r-${p}`);
    }
    steps[3] = { ...steps[3]!, description: 'Sekretariat mengarsipkan berkas secara elektronik' };
    const draft = { ...sumbawa, id: 'salinan', roles: sumbawa.roles.map((r) => ({ ...r, id: `r-${r.id}` })), steps, caps: [] } as unknown as SopDefinition;
    const match = closestVariant(draft, builtins)!;
    expect(match.base).toBe('sumbawa');
    expect(match.score).toBeCloseTo((sumbawa.steps.length - 1) / sumbawa.steps.length, 3);
    expect(match.steps['s0']).toBe(sumbawa.steps[0]!.id);
    expect(match.steps['s3']).toBeUndefined();
    expect(match.roles['r-opd']).toBe('opd');
    const renamed = renameForVariant(draft, match, sumbawa);
    expect(renamed.steps.map((s) => s.id)).toEqual(sumbawa.steps.map((s, i) => (i === 3 ? 's3' : s.id)));
    expect(renamed.steps[2]!.next).toBe('s3');
    expect(renamed.steps.map((s) => s.actor)).toEqual(sumbawa.steps.map((s) => s.actor));
    expect(deriveChanges(sumbawa.steps, renamed.steps).remove).toEqual([sumbawa.steps[3]!.id]);
  });

  it("gives a printed-only copy back the variant's document keys and what its rows cannot print: derived, it changes nothing", () => {
    // What an importer reads of sumbawa's printed table: keys made from the labels, no kinds, no `by`, no unprinted items, no notes.
    const printed = (items?: readonly SopItem[]) =>
      items?.filter((item) => item.printed !== false).map((item) => ({ key: `dok-${item.key}`, label: item.label }));
    const steps = sumbawa.steps.map(({ note: _n, uses: _u, requesterTime: _r, sla: _s, ...step }) => ({
      ...step,
      id: `s-${step.id}`,
      kelengkapan: printed(step.kelengkapan),
      outputs: printed(step.outputs),
      ...(step.scheduleFrom ? { scheduleFrom: `dok-${step.scheduleFrom}` } : {}),
      ...(step.next ? { next: `s-${step.next}` } : {}),
      ...(step.decision ? { decision: { ...step.decision, yes: `s-${step.decision.yes}`, no: `s-${step.decision.no}` } } : {}),
    }));
    expect(steps.flatMap((step) => step.kelengkapan ?? []).length).toBeGreaterThan(10);
    const draft = { ...sumbawa, id: 'cetakan', steps, caps: [] } as unknown as SopDefinition;
    const match = closestVariant(draft, [sumbawa])!;
    expect(match.score).toBe(1);
    const renamed = renameForVariant(draft, match, sumbawa);
    expect(deriveChanges(sumbawa.steps, renamed.steps)).toEqual({});
    // A row of the draft's own inherits nothing; the documents it shares with paired rows take their keys.
    const lone = renameForVariant(
      { ...draft, steps: [...steps, { ...steps[0]!, id: 's-baru', description: 'Pengelola arsip menyimpan berkas' }] },
      match,
      sumbawa,
    );
    expect(sumbawa.steps[0]!.outputs).toEqual([{ key: 'lembar-disposisi', label: 'Disposisi Dinas', by: 'act' }]);
    expect(lone.steps.at(-1)!.outputs).toEqual([{ key: 'lembar-disposisi', label: 'Disposisi Dinas' }]);
  });

  it('of two variants pairing every step, names the one whose Uraian read closer, whichever is listed first', () => {
    // An office's own variant: Sumbawa with a few words added to five steps (still the same steps).
    const own = {
      ...sumbawa,
      id: 'kab-contoh',
      steps: sumbawa.steps.map((step, i) => (i % 3 === 0 ? { ...step, description: `${step.description} sesuai ketentuan Bupati Contoh` } : step)),
    };
    const draft = { ...own, id: 'draf-revisi' } as unknown as SopDefinition;
    for (const list of [
      [sumbawa, own],
      [own, sumbawa],
    ]) {
      const match = closestVariant(draft, list)!;
      expect(match).toMatchObject({ base: 'kab-contoh', score: 1, likeness: 1 });
    }
    const plain = closestVariant({ ...sumbawa, id: 'draf' } as unknown as SopDefinition, [own, sumbawa])!;
    expect(plain.base).toBe('sumbawa');
    expect(closestVariant({ ...sumbawa, id: 'draf' } as unknown as SopDefinition, [own])).toMatchObject({ score: 1 });
    expect(closestVariant({ ...sumbawa, id: 'draf' } as unknown as SopDefinition, [own])!.likeness).toBeLessThan(1);
  });
});
