import type { z } from 'zod';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, date, group, optionalText, t, text } from './internal/fields.js';

const REPORT_KINDS = [
  ['hasil-analisis', 'Laporan Hasil Analisis', 'Analysis report'],
  ['ketersediaan-sumber-daya', 'Laporan Ketersediaan Infrastruktur, SDM dan Anggaran', 'Infrastructure, staff and budget availability report'],
  [
    'ketidaktersediaan-sumber-daya',
    'Laporan ketidaktersediaan infrastruktur dan/atau SDM dan/atau anggaran',
    'Report on unavailable infrastructure, staff or budget',
  ],
  ['hasil-instalasi-dan-testing', 'Laporan hasil instalasi dan testing', 'Installation and testing report'],
  ['permintaan-aplikasi', 'Laporan permintaan aplikasi', 'Application request report'],
  ['akhir', 'Laporan Akhir', 'Final report'],
  ['lainnya', 'Laporan lainnya', 'Other report'],
] as const;

function build(ctx: FormContext) {
  return group(
    ctx,
    t('Laporan', 'Report'),
    {
      kind: choice(ctx, t('Jenis laporan', 'Kind of report'), REPORT_KINDS),
      title: text(ctx, t('Judul laporan', 'Report title')),
      date: date(ctx, t('Tanggal laporan', 'Report date')),
      applicationName: optionalText(ctx, t('Nama aplikasi', 'Application name')),
      author: text(ctx, t('Penyusun laporan', 'Author')),
      content: text(ctx, t('Isi laporan', 'Report content'), { kind: 'markdown' }),
    },
    {
      sources: [
        '001 Sumbar SOP: Laporan permintaan aplikasi',
        '002 Sumbawa: Laporan Hasil Analisis, Laporan ketidaktersediaan, Laporan hasil instalasi dan testing',
        '003 Babel: Laporan',
        '004 Kalbar: Laporan Hasil Instalasi dan Testing, Laporan Akhir',
      ],
    },
  );
}

/**
 * Builds the Laporan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createReport } from '@alur/forms';
 * const report = createReport({ locale: 'en' });
 * ```
 */
export const createReport = defineSchema(build);

/**
 * A Laporan (report) of one of the kinds the seeds name: hasil analisis, ketersediaan /
 * ketidaktersediaan sumber daya, hasil instalasi dan testing, permintaan aplikasi, akhir,
 * or another.
 *
 * @example
 * ```ts
 * import { Report } from '@alur/forms';
 * Report.shape.kind.parse('hasil-instalasi-dan-testing');
 * ```
 */
export const Report = createReport();
export type Report = z.output<typeof Report>;
