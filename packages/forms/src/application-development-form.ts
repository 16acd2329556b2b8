import type { z } from 'zod';
import {
  applicationName,
  declaration,
  DEVELOPMENT_TYPES,
  personInCharge,
  requester,
  signing,
  staffRecord,
  submittedBy,
  technology,
} from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, group, t, workingDays, yesNo } from './internal/fields.js';

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Formulir Layanan Pembangunan Aplikasi', 'Application development service form'),
    {
      applicationName: applicationName(ctx),
      developmentType: choice(ctx, t('Jenis Pembangunan', 'Development type'), DEVELOPMENT_TYPES, {
        radio: true,
        note: t(
          'Formulir mencetak "Jenis Pengujian"; pilihannya Pembangunan (baru) atau Pengembangan',
          'The form prints "Jenis Pengujian"; its choices are a new build or an enhancement',
        ),
      }),
      ...technology(ctx),
      estimatedDuration: workingDays(ctx, t('Estimasi Pengerjaan', 'Estimated duration')).default('30-40 Hari Kerja'),
      structuralPic: personInCharge(ctx, 'struktural'),
      technicalPic: personInCharge(ctx, 'teknis'),
      kelengkapan: group(
        ctx,
        t('Kelengkapan khusus untuk pengembangan aplikasi', 'Documents for an enhancement'),
        {
          requestLetter: yesNo(ctx, t('Surat Permintaan', 'Request letter')),
          userRequirement: yesNo(ctx, t('User Requirement', 'User requirement')),
        },
        { filledBy: 'petugas', note: t('Diisi oleh petugas: Ada / Tidak ada', 'Filled in by staff: present / absent') },
      ).optional(),
      declaration: declaration(
        ctx,
        'Dengan menandatangani formulir ini, Saya menyatakan bahwa permintaan layanan pembangunan aplikasi tersebut ditujukan untuk kepentingan dinas dan akan digunakan sebaik – baiknya serta penuh tanggung jawab.',
        'By signing this form I declare that this request for an application build serves official purposes and that the application will be used properly and responsibly.',
      ),
      submittedBy: submittedBy(ctx),
      requester: requester(ctx),
      signing: signing(ctx),
      staff: staffRecord(ctx).optional(),
    },
    { sources: ['003 Babel: Formulir Layanan Pembangunan Aplikasi'] },
  );
}

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
export const createApplicationDevelopmentForm = defineSchema(build);

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
