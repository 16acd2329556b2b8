import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, official, option } from './internal/fragments.js';

const DELIVERABLES = [
  option('aplikasi', 'Aplikasi', 'Application'),
  option('dokumentasi-analisis', 'Dokumentasi dan hasil analisis', 'Analysis documentation and results'),
  option('dokumentasi-pengembangan', 'Dokumentasi pengembangan', 'Development documentation'),
  option('dokumentasi-pengujian', 'Dokumentasi pengujian', 'Test documentation'),
  option('petunjuk-instalasi', 'Petunjuk instalasi', 'Installation guide'),
  option('petunjuk-penggunaan', 'Petunjuk penggunaan', 'User guide'),
  option('dokumentasi-api', 'Dokumentasi API', 'API documentation'),
] as const;

/** The Berita Acara Pekerjaan as data (see {@link WorkCompletionMinutes}). */
export const workCompletionMinutesDefinition = {
  key: 'berita-acara-pekerjaan',
  title: t('Berita Acara Pekerjaan', 'Work completion minutes'),
  sources: ['002 Sumbawa: langkah 12 dan 17, Berita Acara Pekerjaan'],
  fields: [
    { name: 'number', type: 'letterNumber', label: t('Nomor berita acara', 'Minutes number') },
    { name: 'date', type: 'date', label: t('Tanggal berita acara', 'Minutes date') },
    applicationName,
    { name: 'workDescription', type: 'text', kind: 'markdown', label: t('Uraian pekerjaan', 'Description of the work') },
    { name: 'deliverables', type: 'choices', label: t('Hasil pekerjaan', 'Deliverables'), options: DELIVERABLES },
    {
      name: 'developers',
      type: 'list',
      label: t('Tim Pengembang Aplikasi', 'Application development team'),
      item: {
        type: 'group',
        label: t('Anggota tim', 'Team member'),
        fields: [
          { name: 'name', type: 'text', label: t('Nama anggota tim', 'Team member name') },
          {
            name: 'role',
            type: 'text',
            label: t('Peran anggota tim', 'Team member role'),
            note: t('Misalnya Programmer, System Analyst', 'E.g. programmer, system analyst'),
          },
        ],
      },
    },
    official('requesterOfficial', t('Pihak Pemohon (OPD)', 'Requesting agency official')),
    official('headOfOffice', t('Kepala Dinas Kominfo', 'Head of the Diskominfo')),
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Berita Acara Pekerjaan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createWorkCompletionMinutes } from '@alur/forms';
 * const minutes = createWorkCompletionMinutes({ locale: 'en' });
 * ```
 */
export const createWorkCompletionMinutes = (options?: FormOptions) => compileForm(workCompletionMinutesDefinition, options);

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
