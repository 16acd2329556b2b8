import type { z } from 'zod';
import { applicationName } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { group, t, text } from './internal/fields.js';

function build(ctx: FormContext) {
  const s = (id: string, en: string) => text(ctx, t(id, en), { kind: 'markdown' });
  return group(
    ctx,
    t('Dokumentasi Sistem', 'System documentation'),
    {
      applicationName: applicationName(ctx),
      diagrams: s('1. Diagram', '1. Diagrams'),
      functionsAndModules: s('2. Fungsi dan modul yang terdapat dalam aplikasi', '2. Functions and modules of the application'),
      databaseStructure: s('3. Struktur basis data dan relasinya', '3. Database structure and relations'),
      dataFlowDiagram: s('4. Diagram alir data', '4. Data flow diagram'),
      userInterface: s('5. User interface dan alurnya', '5. User interface and its flow'),
      technicalSpecification: s('6. Spesifikasi teknis aplikasi', '6. Technical specification of the application'),
      manuals: group(
        ctx,
        t('7. Manual', '7. Manuals'),
        {
          installationAndConfiguration: s('7. Manual instalasi dan konfigurasi', '7. Installation and configuration manual'),
          backupAndRestore: s('7. Pemeliharaan melalui backup dan restore system', '7. Maintenance through system backup and restore'),
          adminUsage: s('7. Penggunaan aplikasi oleh admin', '7. Use of the application by admins'),
          userUsage: s('7. Penggunaan aplikasi oleh user', '7. Use of the application by users'),
        },
        { note: t('Penggunaan aplikasi paling sedikit untuk admin dan user', 'Usage covers at least admins and users') },
      ),
      securityImplementation: s('8. Penerapan keamanan sistem', '8. Security measures of the system'),
    },
    { sources: ['003 Babel: DOKUMENTASI SISTEM, II. Sistematika', '000 Sumbar ASAP: Dokumentasi Aplikasi'] },
  );
}

/**
 * Builds the Dokumentasi Sistem schema with the given options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createSystemDocumentation } from '@alur/forms';
 * const documentation = createSystemDocumentation({ locale: 'en' });
 * ```
 */
export const createSystemDocumentation = defineSchema(build);

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
