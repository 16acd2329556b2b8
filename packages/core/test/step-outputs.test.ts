import { describe, expect, it } from 'vitest';
import {
  apply,
  builtinSopDefinitions,
  getSop,
  simulateRequest,
  start,
  validateSop,
  type ApplyResult,
  type CompiledSop,
  type RequestSnapshot,
} from '../src/index.js';
import { at } from './helpers.js';
import { miniSop } from './mini-sop.js';

function ok(result: ApplyResult): RequestSnapshot {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message.id}`);
  return result.snapshot;
}

/** Applies events in turn, one minute apart from `first` (local time in the SOP's zone). */
function walk(sop: CompiledSop, snapshot: RequestSnapshot, first: string, events: object[]): RequestSnapshot {
  const t0 = at(sop.calendar, first).getTime();
  return events.reduce<RequestSnapshot>((s, event, i) => ok(apply(sop, s, event, new Date(t0 + i * 60_000))), snapshot);
}

const who = (role: string) => ({ id: `u-${role}`, roles: [role] });

describe('Sumbawa: a disposition is its own output; the analysis report is owed by the Kasi', () => {
  const sop = getSop('sumbawa');
  const filed = () =>
    ok(
      apply(
        sop,
        start(sop, { opd: 'dinkes', by: 'u-opd' }, at(sop.calendar, '2026-11-23T09:00')),
        { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] },
        at(sop.calendar, '2026-11-23T09:05'),
      ),
    );
  const disposed = () =>
    walk(sop, filed(), '2026-11-23T10:00', [
      { type: 'DISPOSE', actor: who('kadis'), instruction: 'Teruskan ke Bidang TI' },
      { type: 'DISPOSE', actor: who('kabid'), instruction: 'Kasi: bentuk tim' },
    ]);

  it('lets the Kasi go on after two dispositions sent with an instruction only, and keeps the disposition as a document', () => {
    const request = disposed();
    expect(request.context.documents['disposisi']).toEqual({
      key: 'disposisi',
      name: 'Disposisi Dinas',
      data: { event: 'DISPOSE', from: 'kabid', to: 'kasi', instruction: 'Kasi: bentuk tim' },
      by: 'u-kabid',
      at: at(sop.calendar, '2026-11-23T10:01').toISOString(),
      step: 'disposisi-kabid',
    });
    const next = apply(
      sop,
      request,
      { type: 'COMPLETE', actor: who('kasi'), documents: [{ key: 'tim-pengembangan-aplikasi' }] },
      at(sop.calendar, '2026-11-23T11:00'),
    );
    expect(next.ok && next.snapshot.context.step).toBe('analisis-kasi');
  });

  it('refuses the Kasi’s analysis without its report, naming it, and leaves the request unchanged', () => {
    const request = walk(sop, disposed(), '2026-11-23T11:00', [{ type: 'COMPLETE', actor: who('kasi'), documents: [{ key: 'tim-pengembangan-aplikasi' }] }]);
    const inputs = ['dokumentasi-daftar-aplikasi', 'daftar-kebutuhan-aplikasi', 'laporan-ketersediaan'].map((key) => ({ key }));
    const copy = structuredClone(request);
    const result = apply(sop, request, { type: 'COMPLETE', actor: who('kasi'), documents: inputs }, at(sop.calendar, '2026-11-23T13:00'));
    expect(!result.ok && result.error).toEqual({
      code: 'MISSING_OUTPUT',
      message: {
        id: 'Keluaran langkah 5 "analisis-kasi" belum ada: Laporan Hasil Analisis (laporan-hasil-analisis). Lampirkan bersama COMPLETE.',
        en: 'The outputs of step 5 "analisis-kasi" are missing: Laporan Hasil Analisis (laporan-hasil-analisis). Attach them with COMPLETE.',
      },
    });
    expect(request).toEqual(copy);
    const done = apply(
      sop,
      request,
      { type: 'COMPLETE', actor: who('kasi'), documents: [...inputs, { key: 'laporan-hasil-analisis' }] },
      at(sop.calendar, '2026-11-23T13:00'),
    );
    expect(done.ok && done.snapshot.context.step).toBe('verifikasi-kabid');
    // The Kabid's decision needs only what the Kabid owes.
    const decided = apply(
      sop,
      ok(done),
      { type: 'ACCEPT', actor: who('kabid'), documents: [{ key: 'renstra-renja-rka' }] },
      at(sop.calendar, '2026-11-23T14:00'),
    );
    expect(decided.ok && decided.snapshot.context.step).toBe('persiapan-proyek');
  });

  it('tells a Kasi trying COMPLETE at the Kabid’s decision that the step is the Kabid’s', () => {
    const request = walk(sop, disposed(), '2026-11-23T11:00', [
      { type: 'COMPLETE', actor: who('kasi'), documents: [{ key: 'tim-pengembangan-aplikasi' }] },
      {
        type: 'COMPLETE',
        actor: who('kasi'),
        documents: ['dokumentasi-daftar-aplikasi', 'daftar-kebutuhan-aplikasi', 'laporan-ketersediaan', 'laporan-hasil-analisis'].map((key) => ({ key })),
      },
    ]);
    const result = apply(sop, request, { type: 'COMPLETE', actor: who('kasi') }, at(sop.calendar, '2026-11-23T14:00'));
    expect(!result.ok && [result.error.code, result.error.message.id]).toEqual([
      'WRONG_ROLE',
      'Langkah 6 "verifikasi-kabid" dikerjakan oleh Kepala Bidang Teknologi Informasi; peran Anda (kasi) tidak berwenang.',
    ]);
  });

  it('records the OPD team’s response as the decision itself, with its reason', () => {
    const { snapshot } = simulateRequest(sop, { start: at(sop.calendar, '2026-03-02T08:00') });
    expect(snapshot.context.documents['tanggapan-hasil']).toMatchObject({
      step: 'tanggapan-hasil',
      data: { event: 'ACCEPT', decision: 'ACCEPT', from: 'tim-teknis-opd', to: 'tim-pengembang' },
    });
  });
});

describe('Babel: the filing brings the letter the dispositions after it need', () => {
  const sop = getSop('babel');
  const begin = () => start(sop, { opd: 'dinkes', by: 'u-opd', data: { layanan: 'rekomendasi' } }, at(sop.calendar, '2026-06-02T09:00'));

  it('refuses the filing without the Surat Permohonan, saying which step needs it', () => {
    const request = begin();
    const result = apply(sop, request, { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'kak' }] }, at(sop.calendar, '2026-06-02T09:05'));
    expect(!result.ok && result.error).toEqual({
      code: 'MISSING_KELENGKAPAN',
      message: {
        id: 'Kelengkapan belum ada: Surat Permohonan (surat-permohonan, diperlukan pada langkah 2 "disposisi-kadis"). Unggah dulu lalu ulangi.',
        en: 'Missing required inputs: Surat Permohonan (surat-permohonan, needed at step 2 "disposisi-kadis"). Upload them, then try again.',
      },
    });
    expect(result.snapshot).toBe(request);
  });

  it('runs Kadis → Kabid → Prakom on instructions alone, each disposition on record for the next', () => {
    const request = walk(sop, begin(), '2026-06-02T09:05', [
      { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }, { key: 'kak' }] },
      { type: 'DISPOSE', actor: who('kadis'), instruction: 'Kabid: tindak lanjuti' },
      { type: 'DISPOSE', actor: who('kabid'), instruction: 'Prakom: teruskan' },
      { type: 'DISPOSE', actor: who('prakom'), instruction: 'Service desk: rekomendasi' },
    ]);
    expect(request.context.step).toBe('tindak-lanjut');
    expect(Object.keys(request.context.documents).sort()).toEqual([
      'disposisi-kabid',
      'disposisi-kadis',
      'disposisi-prakom',
      'kak',
      'pengajuan-layanan',
      'surat-permohonan',
    ]);
    expect(request.context.documents['disposisi-prakom']?.data).toEqual({
      event: 'DISPOSE',
      from: 'prakom',
      to: 'service-desk',
      instruction: 'Service desk: rekomendasi',
    });
    expect(request.context.timeline.map((e) => e.documents)).toEqual([
      undefined,
      ['surat-permohonan', 'kak', 'pengajuan-layanan'],
      ['disposisi-kadis'],
      ['disposisi-kabid'],
      ['disposisi-prakom'],
    ]);
  });
});

describe('who produces an output', () => {
  it('makes an output a disposition’s actor attaches (by: actor) owed with the DISPOSE', () => {
    const sop = getSop('sumbar-sop');
    let request = start(sop, { opd: 'dinkes', by: 'u-opd' }, at(sop.calendar, '2026-06-02T09:00'));
    request = walk(sop, request, '2026-06-02T09:05', [
      { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }, { key: 'kak' }] },
      { type: 'COMPLETE', actor: who('tu') },
      { type: 'DISPOSE', actor: who('kadis'), instruction: 'Ke Bidang Aplikasi' },
    ]);
    const without = apply(sop, request, { type: 'DISPOSE', actor: who('kabid'), instruction: 'Ke Kasi' }, at(sop.calendar, '2026-06-02T10:00'));
    expect(!without.ok && [without.error.code, without.error.message.en]).toEqual([
      'MISSING_OUTPUT',
      'The outputs of step 4 "disposisi-kabid" are missing: surat tugas (surat-tugas). Attach them with DISPOSE.',
    ]);
    const withLetter = ok(
      apply(
        sop,
        request,
        { type: 'DISPOSE', actor: who('kabid'), instruction: 'Ke Kasi', documents: [{ key: 'surat-tugas', ref: 'st.pdf' }] },
        at(sop.calendar, '2026-06-02T10:00'),
      ),
    );
    expect(withLetter.context.documents['surat-tugas']).toMatchObject({ ref: 'st.pdf', by: 'u-kabid', step: 'disposisi-kabid' });
    expect(withLetter.context.documents['arsip']).toMatchObject({ step: 'disposisi-kabid', data: { instruction: 'Ke Kasi', to: 'kasi' } });
  });

  it('keeps a scan attached under a disposition’s key beside the recorded act', () => {
    const sop = getSop('babel');
    let request = start(sop, { opd: 'dinkes', by: 'u-opd', data: { layanan: 'rekomendasi' } }, at(sop.calendar, '2026-06-02T09:00'));
    request = walk(sop, request, '2026-06-02T09:05', [
      { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] },
      {
        type: 'DISPOSE',
        actor: who('kadis'),
        instruction: 'Lanjut',
        documents: [{ key: 'disposisi-kadis', ref: 'scan.pdf', data: { instruction: 'palsu', nomor: '12' } }],
      },
    ]);
    expect(request.context.documents['disposisi-kadis']).toMatchObject({
      ref: 'scan.pdf',
      data: { nomor: '12', instruction: 'Lanjut', from: 'kadis', to: 'kabid' },
    });
  });

  it('is checked by validateSop: only on outputs, and never on a schedule', () => {
    const bad = structuredClone(miniSop);
    bad.steps![0]!.kelengkapan![0] = { key: 'surat-permohonan', label: 'Surat Permohonan', by: 'act' };
    bad.steps![2]!.outputs![0] = { key: 'jadwal-pengembangan', label: 'Jadwal', by: 'act' };
    const result = validateSop(bad);
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.message.en])).toEqual([
      ['steps.0.kelengkapan.0.by', '"by" is for outputs only: who produces them'],
      ['steps.5.scheduleFrom', '"jadwal-pengembangan" is recorded by its step\'s act (by: act), so it carries no schedule date; make it by: actor'],
    ]);
    const unknown = validateSop({
      ...miniSop,
      steps: [{ ...miniSop.steps![0]!, outputs: [{ key: 'x', label: 'X', by: 'sistem' }] }, ...miniSop.steps!.slice(1)],
    });
    expect(unknown.ok).toBe(false);
  });

  it.each(builtinSopDefinitions.map((d) => d.id))('%s: a simulated run attaches nothing its acts record, and finishes', (id) => {
    const sop = getSop(id);
    const { snapshot, events } = simulateRequest(sop, { start: at(sop.calendar, '2026-03-02T08:00') });
    expect(snapshot.context.phase).toBe('done');
    // Each event made one line of the trail, after START.
    for (const [i, { event }] of events.entries()) {
      if (event.type === 'TICK' || !('documents' in event)) continue;
      const step = snapshot.context.timeline[i + 1]!.step;
      const recorded = (sop.steps.get(step)!.outputs ?? []).filter(
        (o) => o.by === 'act' || (o.by === undefined && sop.steps.get(step)!.kind === 'disposition'),
      );
      for (const item of recorded) expect(event.documents?.map((d) => d.key) ?? [], `${id} ${step}`).not.toContain(item.key);
    }
  });
});
