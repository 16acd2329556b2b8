import type { z } from 'zod';
import { applicationName, personInCharge, requester, signing, staffRecord, submittedBy, technology, testingDeclaration } from './internal/blocks.js';
import { defineSchema, type FormContext } from './internal/define-schema.js';
import { choice, choices, group, integer, lowerFirst, optionalText, positive, t, text, yesNo } from './internal/fields.js';
import { message } from './internal/messages.js';
import type { LocalizedText } from './locale.js';

const TEST_TYPES = [
  ['uji-kerentanan', 'Uji Kerentanan', 'Vulnerability test'],
  ['stress-test', 'Stress Test', 'Stress test'],
] as const;

const RESULTS = [
  ['lulus', 'Lulus', 'Passed'],
  ['tidak-lulus', 'Tidak lulus', 'Failed'],
] as const;

/** One aspect of the vulnerability test: its result and a note, filled in by the tester. */
function testResult(ctx: FormContext, aspect: LocalizedText) {
  return group(ctx, aspect, {
    result: choice(ctx, t(`Hasil ${lowerFirst(aspect.id)}`, `Result of the ${lowerFirst(aspect.en)}`), RESULTS, { radio: true }),
    note: optionalText(ctx, t(`Catatan ${lowerFirst(aspect.id)}`, `Note on the ${lowerFirst(aspect.en)}`), { kind: 'paragraph' }),
  }).optional();
}

function build(ctx: FormContext) {
  const testTypes = t('Jenis Pengujian', 'Test type');
  const loadTest = t('Uji Beban (Stress Test)', 'Load test (stress test)');
  const stress = TEST_TYPES[1];
  return group(
    ctx,
    t('Formulir Layanan Uji Kelayakan Aplikasi', 'Application feasibility test service form'),
    {
      applicationName: applicationName(ctx),
      testTypes: choices(ctx, testTypes, TEST_TYPES),
      ...technology(ctx),
      applicationAccount: group(
        ctx,
        t('User / Password Aplikasi', 'Application user / password'),
        {
          username: text(ctx, t('User aplikasi', 'Application user'), { secret: true }),
          password: text(ctx, t('Password aplikasi', 'Application password'), { secret: true }),
        },
        { note: t('Wajib diisi; tidak pernah ditampilkan kembali atau dicatat di log', 'Required; never shown again or written to logs') },
      ),
      structuralPic: personInCharge(ctx, 'struktural'),
      technicalPic: personInCharge(ctx, 'teknis'),
      documentation: group(
        ctx,
        t('Dokumentasi', 'Documentation'),
        {
          sourceCode: yesNo(ctx, t('Source Code / Database', 'Source code / database')),
          installationManual: yesNo(ctx, t('Dokumen Manual Instalasi', 'Installation manual')),
          userManual: yesNo(ctx, t('Dokumen Manual Penggunaan Aplikasi (User Manual)', 'User manual')),
          uatDocument: yesNo(ctx, t('Dokumen UAT (User Acceptance Test)', 'UAT (user acceptance test) document')),
        },
        { filledBy: 'petugas', note: t('Diisi oleh petugas: Ada / Tidak ada', 'Filled in by staff: present / absent') },
      ).optional(),
      vulnerabilityTest: group(
        ctx,
        t('Uji Kerentanan (Vulnerability Test)', 'Vulnerability test'),
        {
          folderStructure: testResult(ctx, t('Pengujian kelayakan struktur folder atau file website', 'Website folder and file structure test')),
          dataValidation: testResult(ctx, t('Pengujian validasi data', 'Data validation test')),
          authenticationAndSession: testResult(ctx, t('Pengujian authentikasi dan manajemen session', 'Authentication and session management test')),
          inputAndErrorMessages: testResult(ctx, t('Pengujian input dan error message', 'Input and error message test')),
          databaseManagementSystem: testResult(ctx, t('Pengujian database management system', 'Database management system test')),
          others: testResult(
            ctx,
            t('Pengujian lain-lain (penggunaan framework aplikasi dan penggunaan email kedinasan)', 'Other tests (application framework and use of official email)'),
          ),
        },
        { filledBy: 'petugas', note: t('Hasil pengujian, diisi oleh petugas penguji', 'Test results, filled in by the tester') },
      ).optional(),
      loadTest: group(
        ctx,
        loadTest,
        {
          maxUsersPerDay: integer(ctx, t('Estimasi maksimum jumlah pengguna per hari', 'Estimated maximum users per day'), 1, 100_000_000),
          effectiveHoursPerDay: positive(ctx, t('Jumlah jam efektif pengaksesan aplikasi per hari', 'Effective hours of use per day'), 24),
          transactionMinutes: positive(
            ctx,
            t('Estimasi lama user melakukan transaksi pada aplikasi (menit)', 'Estimated time a user spends on one transaction (minutes)'),
            1440,
          ),
          testScenarioDocument: yesNo(ctx, t('Dokumen Skenario Pengujian', 'Test scenario document'), { filledBy: 'petugas' }).optional(),
        },
        { note: t('Wajib diisi jika Jenis Pengujian memuat Stress Test', 'Required when the test type includes Stress Test') },
      ).optional(),
      declaration: testingDeclaration(ctx),
      submittedBy: submittedBy(ctx),
      requester: requester(ctx),
      signing: signing(ctx),
      staff: staffRecord(ctx).optional(),
    },
    {
      sources: ['003 Babel: Formulir Layanan Uji Kelayakan Aplikasi'],
      rule: (value, report) => {
        const types = Array.isArray(value.testTypes) ? value.testTypes : [];
        if (types.includes(stress[0]) && value.loadTest === undefined) {
          const condition = t('Jenis Pengujian memuat Stress Test', 'the test type includes Stress Test');
          report(['loadTest'], message(ctx.locale, 'requiredWhen', loadTest, { condition: condition[ctx.locale] }));
        }
      },
      jsonSchema: {
        if: { type: 'object', properties: { testTypes: { type: 'array', contains: { const: stress[0] } } }, required: ['testTypes'] },
        then: { type: 'object', properties: { loadTest: true }, required: ['loadTest'] },
      },
    },
  );
}

/**
 * Builds the Babel "Formulir Layanan Uji Kelayakan Aplikasi" (seed 003) with the given
 * options. Memoised per options.
 *
 * @example
 * ```ts
 * import { createFeasibilityTestForm } from '@alur/forms';
 * const form = createFeasibilityTestForm({ officialEmailDomains: ['go.id', 'desa.id'] });
 * ```
 */
export const createFeasibilityTestForm = defineSchema(build);

/**
 * "Formulir Layanan Uji Kelayakan Aplikasi" (seed 003, Babel): which tests (Uji Kerentanan,
 * Stress Test), the application and its technology, the application's user / password
 * (marked `secret`), both persons in charge, the documentation checklist and the
 * vulnerability results filled by staff, the load-test estimates (required when a stress
 * test is asked for), the declaration, the requester (minimal eselon III) and the ticket.
 *
 * @example
 * ```ts
 * import { FeasibilityTestForm, parseForm, redactSecrets } from '@alur/forms';
 * const result = parseForm(FeasibilityTestForm, { testTypes: ['stress-test'] }, { locale: 'en' });
 * if (result.success) console.log(redactSecrets(FeasibilityTestForm, result.data));
 * ```
 */
export const FeasibilityTestForm = createFeasibilityTestForm();
export type FeasibilityTestForm = z.output<typeof FeasibilityTestForm>;
