import type { z } from 'zod';
import { applicationName, opd } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { group, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  const s = (id: string, en: string) => text(ctx, t(id, en), { kind: 'markdown' });
  const part = <TShape extends Parameters<typeof group>[2]>(id: string, en: string, shape: TShape) => group(ctx, t(id, en), shape);
  return group(
    ctx,
    t('Spesifikasi Kebutuhan Aplikasi (SKPL)', 'Application requirements specification (SKPL)'),
    {
      applicationName: applicationName(ctx),
      opd: opd(ctx),
      introduction: part('1. Pendahuluan', '1. Introduction', {
        background: s('1.1. Latar Belakang', '1.1. Background'),
        purpose: s('1.2. Maksud dan Tujuan', '1.2. Purpose and objectives'),
      }),
      applicationOverview: part('2. Deskripsi Umum Aplikasi', '2. Application overview', {
        description: s('2.1. Deskripsi', '2.1. Description'),
        functions: s('2.2. Fungsi', '2.2. Functions'),
        operatingEnvironment: s('2.3. Lingkungan Operasi', '2.3. Operating environment'),
        userCharacteristics: s('2.4. Karakteristik Pengguna', '2.4. User characteristics'),
      }),
      requirements: part('3. Deskripsi Umum Kebutuhan', '3. Requirements overview', {
        externalInterfaces: part('3.1. Kebutuhan Antarmuka Eksternal', '3.1. External interface requirements', {
          userInterface: s('3.1.1. Antarmuka Pemakai', '3.1.1. User interface'),
          hardwareInterface: s('3.1.2. Antarmuka Perangkat Keras', '3.1.2. Hardware interface'),
          softwareInterface: s('3.1.3. Antarmuka Perangkat Lunak', '3.1.3. Software interface'),
          communicationInterface: s('3.1.4. Antarmuka Komunikasi', '3.1.4. Communication interface'),
        }),
        functional: part('3.2. Deskripsi Kebutuhan Fungsional', '3.2. Functional requirements', {
          technicalSolutionDesign: s('3.2.1. Rancangan Solusi Teknis', '3.2.1. Technical solution design'),
          dataRequirement: s('3.2.2. Data Requirement', '3.2.2. Data requirement'),
        }),
        nonFunctional: s('3.3. Deskripsi Kebutuhan Nonfungsional', '3.3. Non-functional requirements'),
        designConstraints: s('3.4. Batasan Perancangan', '3.4. Design constraints'),
        traceability: s('3.5. Kerunutan (Traceability)', '3.5. Traceability'),
        summary: part('3.6. Ringkasan Kebutuhan', '3.6. Requirements summary', {
          functional: s('3.6.1. Ringkasan Kebutuhan Fungsional', '3.6.1. Functional requirements summary'),
          nonFunctional: s('3.6.2. Ringkasan Kebutuhan Nonfungsional', '3.6.2. Non-functional requirements summary'),
        }),
      }),
      closing: s('4. Penutup', '4. Closing'),
    },
    {
      sources: [
        '003 Babel: FORMAT SPESIFIKASI KEBUTUHAN APLIKASI, II. Sistematika',
        '001 Sumbar SOP: Spesifikasi Kebutuhan Sistem Informasi',
      ],
    },
  );
}

/**
 * Builds the SKPL schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createSkpl } from '@alur/forms';
 * const skpl = createSkpl({ locale: 'en' });
 * ```
 */
export const createSkpl = defineSchema(build);

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
