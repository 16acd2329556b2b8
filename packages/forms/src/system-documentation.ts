import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { t } from './internal/fields.js';
import { applicationName, section as s } from './internal/fragments.js';

/** The Dokumentasi Sistem as data (see {@link SystemDocumentation}). */
export const systemDocumentationDefinition = {
  key: 'dokumentasi-sistem',
  title: t('Dokumentasi Sistem', 'System documentation'),
  sources: ['003 Babel: DOKUMENTASI SISTEM, II. Sistematika', '000 Sumbar ASAP: Dokumentasi Aplikasi'],
  fields: [
    applicationName,
    s('diagrams', '1. Diagram', '1. Diagrams'),
    s('functionsAndModules', '2. Fungsi dan modul yang terdapat dalam aplikasi', '2. Functions and modules of the application'),
    s('databaseStructure', '3. Struktur basis data dan relasinya', '3. Database structure and relations'),
    s('dataFlowDiagram', '4. Diagram alir data', '4. Data flow diagram'),
    s('userInterface', '5. User interface dan alurnya', '5. User interface and its flow'),
    s('technicalSpecification', '6. Spesifikasi teknis aplikasi', '6. Technical specification of the application'),
    {
      name: 'manuals',
      type: 'group',
      label: t('7. Manual', '7. Manuals'),
      note: t('Penggunaan aplikasi paling sedikit untuk admin dan user', 'Usage covers at least admins and users'),
      fields: [
        s('installationAndConfiguration', '7. Manual instalasi dan konfigurasi', '7. Installation and configuration manual'),
        s('backupAndRestore', '7. Pemeliharaan melalui backup dan restore system', '7. Maintenance through system backup and restore'),
        s('adminUsage', '7. Penggunaan aplikasi oleh admin', '7. Use of the application by admins'),
        s('userUsage', '7. Penggunaan aplikasi oleh user', '7. Use of the application by users'),
      ],
    },
    s('securityImplementation', '8. Penerapan keamanan sistem', '8. Security measures of the system'),
  ],
} as const satisfies FormDefinition;

/**
 * Builds the Dokumentasi Sistem schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createSystemDocumentation } from '@alur/forms';
 * const documentation = createSystemDocumentation({ locale: 'en' });
 * ```
 */
export const createSystemDocumentation = (options?: FormOptions) => compileForm(systemDocumentationDefinition, options);

/**
 * "Dokumentasi Sistem" following the eight points of seed 003 (II. Sistematika): diagrams,
 * functions and modules, database structure, data flow diagram, user interface, technical
 * specification, the manuals (installation and configuration, backup and restore, use by
 * admins and by users) and security measures. Every section is Markdown text.
 *
 * @example
 * ```ts
 * import { SystemDocumentation, describeFields } from '@alur/forms';
 * describeFields(SystemDocumentation).map((field) => field.field);
 * ```
 */
export const SystemDocumentation = createSystemDocumentation();
export type SystemDocumentation = z.output<typeof SystemDocumentation>;
