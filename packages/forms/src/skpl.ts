import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, opd, section as s } from './internal/fragments.js';

/** The SKPL as data (see {@link Skpl}). */
export const skplDefinition = {
  key: 'skpl',
  title: t('Spesifikasi Kebutuhan Aplikasi (SKPL)', 'Application requirements specification (SKPL)'),
  sources: ['003 Babel: FORMAT SPESIFIKASI KEBUTUHAN APLIKASI, II. Sistematika', '001 Sumbar SOP: Spesifikasi Kebutuhan Sistem Informasi'],
  fields: [
    applicationName,
    opd,
    {
      name: 'introduction',
      type: 'group',
      label: t('1. Pendahuluan', '1. Introduction'),
      fields: [s('background', '1.1. Latar Belakang', '1.1. Background'), s('purpose', '1.2. Maksud dan Tujuan', '1.2. Purpose and objectives')],
    },
    {
      name: 'applicationOverview',
      type: 'group',
      label: t('2. Deskripsi Umum Aplikasi', '2. Application overview'),
      fields: [
        s('description', '2.1. Deskripsi', '2.1. Description'),
        s('functions', '2.2. Fungsi', '2.2. Functions'),
        s('operatingEnvironment', '2.3. Lingkungan Operasi', '2.3. Operating environment'),
        s('userCharacteristics', '2.4. Karakteristik Pengguna', '2.4. User characteristics'),
      ],
    },
    {
      name: 'requirements',
      type: 'group',
      label: t('3. Deskripsi Umum Kebutuhan', '3. Requirements overview'),
      fields: [
        {
          name: 'externalInterfaces',
          type: 'group',
          label: t('3.1. Kebutuhan Antarmuka Eksternal', '3.1. External interface requirements'),
          fields: [
            s('userInterface', '3.1.1. Antarmuka Pemakai', '3.1.1. User interface'),
            s('hardwareInterface', '3.1.2. Antarmuka Perangkat Keras', '3.1.2. Hardware interface'),
            s('softwareInterface', '3.1.3. Antarmuka Perangkat Lunak', '3.1.3. Software interface'),
            s('communicationInterface', '3.1.4. Antarmuka Komunikasi', '3.1.4. Communication interface'),
          ],
        },
        {
          name: 'functional',
          type: 'group',
          label: t('3.2. Deskripsi Kebutuhan Fungsional', '3.2. Functional requirements'),
          fields: [
            s('technicalSolutionDesign', '3.2.1. Rancangan Solusi Teknis', '3.2.1. Technical solution design'),
            s('dataRequirement', '3.2.2. Data Requirement', '3.2.2. Data requirement'),
          ],
        },
        s('nonFunctional', '3.3. Deskripsi Kebutuhan Nonfungsional', '3.3. Non-functional requirements'),
        s('designConstraints', '3.4. Batasan Perancangan', '3.4. Design constraints'),
        s('traceability', '3.5. Kerunutan (Traceability)', '3.5. Traceability'),
        {
          name: 'summary',
          type: 'group',
          label: t('3.6. Ringkasan Kebutuhan', '3.6. Requirements summary'),
          fields: [
            s('functional', '3.6.1. Ringkasan Kebutuhan Fungsional', '3.6.1. Functional requirements summary'),
            s('nonFunctional', '3.6.2. Ringkasan Kebutuhan Nonfungsional', '3.6.2. Non-functional requirements summary'),
          ],
        },
      ],
    },
    s('closing', '4. Penutup', '4. Closing'),
  ],
} as const satisfies FormDefinition;

/**
 * Builds the SKPL schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createSkpl } from '@alur/forms';
 * const skpl = createSkpl({ locale: 'en' });
 * ```
 */
export const createSkpl = (options?: FormOptions) => compileForm(skplDefinition, options);

/**
 * The SKPL, "Spesifikasi Kebutuhan Aplikasi", following the outline of seed 003 (II.
 * Sistematika) section by section: 1 Pendahuluan, 2 Deskripsi Umum Aplikasi, 3 Deskripsi
 * Umum Kebutuhan (3.1.1–3.6.2) and 4 Penutup. Every section is Markdown text and required.
 *
 * @example
 * ```ts
 * import { Skpl } from '@alur/forms';
 * Skpl.shape.requirements.shape.traceability.safeParse('').error?.issues[0]?.message;
 * // '3.5. Kerunutan (Traceability) wajib diisi'
 * ```
 */
export const Skpl = createSkpl();
export type Skpl = z.output<typeof Skpl>;
