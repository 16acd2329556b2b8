import type { z } from 'zod';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { lowerFirst, t } from './internal/fields.js';
import { applicationName, option, personInCharge, signatures, technology, testingDeclaration } from './internal/fragments.js';

const TEST_TYPES = [option('uji-kerentanan', 'Uji Kerentanan', 'Vulnerability test'), option('stress-test', 'Stress Test', 'Stress test')] as const;

const RESULTS = [option('lulus', 'Lulus', 'Passed'), option('tidak-lulus', 'Tidak lulus', 'Failed')] as const;

/** One aspect of the vulnerability test: its result and a note, filled in by the tester. */
function testResult<const TName extends string>(name: TName, id: string, en: string) {
  return {
    name,
    type: 'group',
    required: false,
    label: t(id, en),
    fields: [
      { name: 'result', type: 'choice', radio: true, label: t(`Hasil ${lowerFirst(id)}`, `Result of the ${lowerFirst(en)}`), options: RESULTS },
      { name: 'note', type: 'text', kind: 'paragraph', required: false, label: t(`Catatan ${lowerFirst(id)}`, `Note on the ${lowerFirst(en)}`) },
    ],
  } as const;
}

/** The Formulir Layanan Uji Kelayakan Aplikasi as data (see {@link FeasibilityTestForm}). */
export const feasibilityTestFormDefinition = {
  key: 'formulir-uji-kelayakan',
  title: t('Formulir Layanan Uji Kelayakan Aplikasi', 'Application feasibility test service form'),
  category: 'form',
  sources: ['003 Babel: Formulir Layanan Uji Kelayakan Aplikasi'],
  fields: [
    applicationName,
    { name: 'testTypes', type: 'choices', label: t('Jenis Pengujian', 'Test type'), options: TEST_TYPES },
    ...technology,
    {
      name: 'applicationAccount',
      type: 'group',
      label: t('User / Password Aplikasi', 'Application user / password'),
      note: t('Wajib diisi; tidak pernah ditampilkan kembali atau dicatat di log', 'Required; never shown again or written to logs'),
      fields: [
        { name: 'username', type: 'text', secret: true, label: t('User aplikasi', 'Application user') },
        { name: 'password', type: 'text', secret: true, label: t('Password aplikasi', 'Application password') },
      ],
    },
    personInCharge('structuralPic', 'struktural'),
    personInCharge('technicalPic', 'teknis'),
    {
      name: 'documentation',
      type: 'group',
      required: false,
      filledBy: 'petugas',
      label: t('Dokumentasi', 'Documentation'),
      note: t('Diisi oleh petugas: Ada / Tidak ada', 'Filled in by staff: present / absent'),
      fields: [
        { name: 'sourceCode', type: 'yesNo', label: t('Source Code / Database', 'Source code / database') },
        { name: 'installationManual', type: 'yesNo', label: t('Dokumen Manual Instalasi', 'Installation manual') },
        { name: 'userManual', type: 'yesNo', label: t('Dokumen Manual Penggunaan Aplikasi (User Manual)', 'User manual') },
        { name: 'uatDocument', type: 'yesNo', label: t('Dokumen UAT (User Acceptance Test)', 'UAT (user acceptance test) document') },
      ],
    },
    {
      name: 'vulnerabilityTest',
      type: 'group',
      required: false,
      filledBy: 'petugas',
      label: t('Uji Kerentanan (Vulnerability Test)', 'Vulnerability test'),
      note: t('Hasil pengujian, diisi oleh petugas penguji', 'Test results, filled in by the tester'),
      fields: [
        testResult('folderStructure', 'Pengujian kelayakan struktur folder atau file website', 'Website folder and file structure test'),
        testResult('dataValidation', 'Pengujian validasi data', 'Data validation test'),
        testResult('authenticationAndSession', 'Pengujian authentikasi dan manajemen session', 'Authentication and session management test'),
        testResult('inputAndErrorMessages', 'Pengujian input dan error message', 'Input and error message test'),
        testResult('databaseManagementSystem', 'Pengujian database management system', 'Database management system test'),
        testResult(
          'others',
          'Pengujian lain-lain (penggunaan framework aplikasi dan penggunaan email kedinasan)',
          'Other tests (application framework and use of official email)',
        ),
      ],
    },
    {
      name: 'loadTest',
      type: 'group',
      required: false,
      label: t('Uji Beban (Stress Test)', 'Load test (stress test)'),
      note: t('Wajib diisi jika Jenis Pengujian memuat Stress Test', 'Required when the test type includes Stress Test'),
      fields: [
        {
          name: 'maxUsersPerDay',
          type: 'integer',
          min: 1,
          max: 100_000_000,
          label: t('Estimasi maksimum jumlah pengguna per hari', 'Estimated maximum users per day'),
        },
        {
          name: 'effectiveHoursPerDay',
          type: 'positive',
          max: 24,
          label: t('Jumlah jam efektif pengaksesan aplikasi per hari', 'Effective hours of use per day'),
        },
        {
          name: 'transactionMinutes',
          type: 'positive',
          max: 1440,
          label: t('Estimasi lama user melakukan transaksi pada aplikasi (menit)', 'Estimated time a user spends on one transaction (minutes)'),
        },
        {
          name: 'testScenarioDocument',
          type: 'yesNo',
          required: false,
          filledBy: 'petugas',
          label: t('Dokumen Skenario Pengujian', 'Test scenario document'),
        },
      ],
    },
    ...signatures(testingDeclaration),
  ],
  rules: [
    {
      type: 'requiredWhen',
      field: 'loadTest',
      when: { field: 'testTypes', is: 'stress-test' },
      condition: t('Jenis Pengujian memuat Stress Test', 'the test type includes Stress Test'),
    },
  ],
} as const satisfies FormDefinition;

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
export const createFeasibilityTestForm = (options?: FormOptions) => compileForm(feasibilityTestFormDefinition, options);

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
