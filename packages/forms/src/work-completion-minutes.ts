import type { z } from 'zod';
import { applicationName, official } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choices, date, group, letterNumber, list, t, text } from './internal/fields.js';

const DELIVERABLES = [
  ['aplikasi', 'Aplikasi', 'Application'],
  ['dokumentasi-analisis', 'Dokumentasi dan hasil analisis', 'Analysis documentation and results'],
  ['dokumentasi-pengembangan', 'Dokumentasi pengembangan', 'Development documentation'],
  ['dokumentasi-pengujian', 'Dokumentasi pengujian', 'Test documentation'],
  ['petunjuk-instalasi', 'Petunjuk instalasi', 'Installation guide'],
  ['petunjuk-penggunaan', 'Petunjuk penggunaan', 'User guide'],
  ['dokumentasi-api', 'Dokumentasi API', 'API documentation'],
] as const;

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Berita Acara Pekerjaan', 'Work completion minutes'),
    {
      number: letterNumber(ctx, t('Nomor berita acara', 'Minutes number')),
      date: date(ctx, t('Tanggal berita acara', 'Minutes date')),
      applicationName: applicationName(ctx),
      workDescription: text(ctx, t('Uraian pekerjaan', 'Description of the work'), { kind: 'markdown' }),
      deliverables: choices(ctx, t('Hasil pekerjaan', 'Deliverables'), DELIVERABLES),
      developers: list(
        ctx,
        t('Tim Pengembang Aplikasi', 'Application development team'),
        group(ctx, t('Anggota tim', 'Team member'), {
          name: text(ctx, t('Nama anggota tim', 'Team member name')),
          role: text(ctx, t('Peran anggota tim', 'Team member role'), { note: t('Misalnya Programmer, System Analyst', 'E.g. programmer, system analyst') }),
        }),
        1,
      ),
      requesterOfficial: official(ctx, t('Pihak Pemohon (OPD)', 'Requesting agency official')),
      headOfOffice: official(ctx, t('Kepala Dinas Kominfo', 'Head of the Diskominfo')),
    },
    { sources: ['002 Sumbawa: langkah 12 dan 17, Berita Acara Pekerjaan'] },
  );
}

/**
 * Builds the Berita Acara Pekerjaan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createWorkCompletionMinutes } from '@alur/forms';
 * const minutes = createWorkCompletionMinutes({ locale: 'en' });
 * ```
 */
export const createWorkCompletionMinutes = defineSchema(build);

/**
 * Berita Acara Pekerjaan (seed 002, Sumbawa, step 17): the minutes of completed work made
 * by the development team and acknowledged by the requesting OPD and the head of the
 * Diskominfo, listing the deliverables of step 12 (application, analysis, development and
 * test documentation, installation and user guides, API documentation).
 *
 * @example
 * ```ts
 * import { WorkCompletionMinutes } from '@alur/forms';
 * WorkCompletionMinutes.shape.deliverables.parse(['aplikasi', 'dokumentasi-api']);
 * ```
 */
export const WorkCompletionMinutes = createWorkCompletionMinutes();
export type WorkCompletionMinutes = z.output<typeof WorkCompletionMinutes>;
