import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { option } from './internal/fragments.js';

const REPORT_KINDS = [
  option('hasil-analisis', 'Laporan Hasil Analisis', 'Analysis report'),
  option('ketersediaan-sumber-daya', 'Laporan Ketersediaan Infrastruktur, SDM dan Anggaran', 'Infrastructure, staff and budget availability report'),
  option(
    'ketidaktersediaan-sumber-daya',
    'Laporan ketidaktersediaan infrastruktur dan/atau SDM dan/atau anggaran',
    'Report on unavailable infrastructure, staff or budget',
  ),
  option('hasil-instalasi-dan-testing', 'Laporan hasil instalasi dan testing', 'Installation and testing report'),
  option('permintaan-aplikasi', 'Laporan permintaan aplikasi', 'Application request report'),
  option('akhir', 'Laporan Akhir', 'Final report'),
  option('lainnya', 'Laporan lainnya', 'Other report'),
] as const;

/** The Laporan as data (see {@link Report}). */
export const reportDefinition = {
  key: 'laporan',
  title: t('Laporan', 'Report'),
  sources: [
    '001 Sumbar SOP: Laporan permintaan aplikasi',
    '002 Sumbawa: Laporan Hasil Analisis, Laporan ketidaktersediaan, Laporan hasil instalasi dan testing',
    '003 Babel: Laporan',
    '004 Kalbar: Laporan Hasil Instalasi dan Testing, Laporan Akhir',
  ],
  fields: [
    { name: 'kind', type: 'choice', label: t('Jenis laporan', 'Kind of report'), options: REPORT_KINDS },
    { name: 'title', type: 'text', label: t('Judul laporan', 'Report title') },
    { name: 'date', type: 'date', label: t('Tanggal laporan', 'Report date') },
    { name: 'applicationName', type: 'text', required: false, label: t('Nama aplikasi', 'Application name') },
    { name: 'author', type: 'text', label: t('Penyusun laporan', 'Author') },
    { name: 'content', type: 'text', kind: 'markdown', label: t('Isi laporan', 'Report content') },
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Laporan schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createReport } from '@alur/forms';
 * const report = createReport({ locale: 'en' });
 * ```
 */
export const createReport = (options?: FormOptions) => compileForm(reportDefinition, options);

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
