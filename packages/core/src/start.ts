import { initialTransition } from 'xstate';
import { AlurError } from './alur-error.js';
import type { CompiledSop } from './compile-sop.js';
import type { RequestSnapshot } from './request-snapshot.js';

/** Who starts a request, for which office, with which data. */
export interface StartRequestInput {
  /** The requesting office (OPD). */
  readonly opd: string;
  /** The user who starts it. */
  readonly by: string;
  /** Request data, e.g. `{ judul: 'SIMPUS', layanan: 'rekomendasi' }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Starts a request on a compiled SOP at `at`: the first step is entered and its SLA clock
 * starts. Pure: the result depends only on the arguments.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` for a missing office or user, or an invalid date;
 * `OUT_OF_RANGE` when `at` is outside the calendar's years.
 *
 * @example
 * ```ts
 * import { getSop, start } from '@alur/core';
 * const request = start(getSop('babel'), { opd: 'dinkes', by: 'u-1', data: { layanan: 'rekomendasi' } }, new Date('2026-11-23T09:00:00+07:00'));
 * request.context.step; // 'pengajuan-layanan'
 * ```
 */
export function start(sop: CompiledSop, input: StartRequestInput, at: Date): RequestSnapshot {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new AlurError('INVALID_ARGUMENT', { id: 'Waktu mulai bukan tanggal/waktu yang sah.', en: 'The start time is not a valid date/time.' });
  }
  for (const field of ['opd', 'by'] as const) {
    if (typeof input?.[field] !== 'string' || input[field].trim() === '') {
      throw new AlurError('INVALID_ARGUMENT', { id: `"${field}" wajib diisi untuk memulai permohonan.`, en: `"${field}" is required to start a request.` });
    }
  }
  const [snapshot] = initialTransition(sop.machine, { opd: input.opd, by: input.by, data: input.data ?? {}, at: at.toISOString() });
  return { format: 'alur.request/1', context: snapshot.context };
}
