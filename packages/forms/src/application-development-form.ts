import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, declaration, DEVELOPMENT_TYPES, personInCharge, signatures, technology } from './internal/fragments.js';

/** The Formulir Layanan Pembangunan Aplikasi as data (see {@link ApplicationDevelopmentForm}). */
export const applicationDevelopmentFormDefinition = {
  key: 'formulir-pembangunan-aplikasi',
  title: t('Formulir Layanan Pembangunan Aplikasi', 'Application development service form'),
  category: 'form',
  sources: ['003 Babel: Formulir Layanan Pembangunan Aplikasi'],
  fields: [
    applicationName,
    {
      name: 'developmentType',
      type: 'choice',
      radio: true,
      label: t('Jenis Pembangunan', 'Development type'),
      options: DEVELOPMENT_TYPES,
      note: t(
        'Formulir mencetak "Jenis Pengujian"; pilihannya Pembangunan (baru) atau Pengembangan',
        'The form prints "Jenis Pengujian"; its choices are a new build or an enhancement',
      ),
    },
    ...technology,
    { name: 'estimatedDuration', type: 'workingDays', label: t('Estimasi Pengerjaan', 'Estimated duration'), default: '30-40 Hari Kerja' },
    personInCharge('structuralPic', 'struktural'),
    personInCharge('technicalPic', 'teknis'),
    {
      name: 'kelengkapan',
      type: 'group',
      required: false,
      filledBy: 'petugas',
      label: t('Kelengkapan khusus untuk pengembangan aplikasi', 'Documents for an enhancement'),
      note: t('Diisi oleh petugas: Ada / Tidak ada', 'Filled in by staff: present / absent'),
      fields: [
        { name: 'requestLetter', type: 'yesNo', label: t('Surat Permintaan', 'Request letter') },
        { name: 'userRequirement', type: 'yesNo', label: t('User Requirement', 'User requirement') },
      ],
    },
    ...signatures(
      declaration(
        'Dengan menandatangani formulir ini, Saya menyatakan bahwa permintaan layanan pembangunan aplikasi tersebut ditujukan untuk kepentingan dinas dan akan digunakan sebaik – baiknya serta penuh tanggung jawab.',
        'By signing this form I declare that this request for an application build serves official purposes and that the application will be used properly and responsibly.',
      ),
    ),
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Babel "Formulir Layanan Pembangunan Aplikasi" (seed 003) with the given
 * options (message language, official email domains). Memoised per options.
 *
 * @example
 * ```ts
 * import { createApplicationDevelopmentForm } from '@alur/forms';
 * const form = createApplicationDevelopmentForm({ locale: 'en', officialEmailDomains: ['go.id'] });
 * form.safeParse({}).error?.issues[0]?.message; // 'Application name is required'
 * ```
 */
export const createApplicationDevelopmentForm = (options?: FormOptions) => compileForm(applicationDevelopmentFormDefinition, options);

/**
 * "Formulir Layanan Pembangunan Aplikasi" (seed 003, Babel): the application, its
 * technology, Penanggung Jawab Struktural and Teknis, the Kelengkapan checked by staff for
 * an enhancement, the declaration, the requester (minimal eselon III) and the ticket block
 * filled by staff. Messages in Bahasa Indonesia.
 *
 * @example
 * ```ts
 * import { ApplicationDevelopmentForm, parseForm } from '@alur/forms';
 * const result = parseForm(ApplicationDevelopmentForm, { applicationName: 'SIMPEG' });
 * if (!result.success) console.log(result.issues.map((issue) => issue.message));
 * ```
 */
export const ApplicationDevelopmentForm = createApplicationDevelopmentForm();
export type ApplicationDevelopmentForm = z.output<typeof ApplicationDevelopmentForm>;
