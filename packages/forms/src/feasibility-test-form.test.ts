import { describe, expect, it } from 'vitest';
import { feasibilityTest as valid, staff } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { FeasibilityTestForm } from './feasibility-test-form.js';
import { parseForm } from './parse-form.js';
import { redactSecrets } from './redact-secrets.js';

const vulnerabilityOnly = withValue(withValue(valid, 'testTypes', ['uji-kerentanan']), 'loadTest', REMOVE);
const tested = {
  ...valid,
  staff,
  documentation: { sourceCode: true, installationManual: true, userManual: true, uatDocument: false },
  vulnerabilityTest: {
    folderStructure: { result: 'lulus' },
    dataValidation: { result: 'tidak-lulus', note: 'Input NIP tidak divalidasi di server.' },
    others: { result: 'lulus', note: 'Memakai Laravel 11 dan email kedinasan.' },
  },
  loadTest: { ...valid.loadTest, testScenarioDocument: true },
};

const bad = {
  'testTypes empty': withValue(valid, 'testTypes', []),
  'testTypes twice the same': withValue(valid, 'testTypes', ['stress-test', 'stress-test']),
  'testTypes unknown': withValue(valid, 'testTypes', ['pentest']),
  'stress test without loadTest': withValue(valid, 'loadTest', REMOVE),
  'applicationAccount missing': withValue(valid, 'applicationAccount', REMOVE),
  'applicationAccount.password blank': withValue(valid, 'applicationAccount.password', '  '),
  'loadTest.maxUsersPerDay 0': withValue(valid, 'loadTest.maxUsersPerDay', 0),
  'loadTest.maxUsersPerDay 1.5': withValue(valid, 'loadTest.maxUsersPerDay', 1.5),
  'loadTest.effectiveHoursPerDay 25': withValue(valid, 'loadTest.effectiveHoursPerDay', 25),
  'loadTest.transactionMinutes 0': withValue(valid, 'loadTest.transactionMinutes', 0),
  'loadTest.transactionMinutes as text': withValue(valid, 'loadTest.transactionMinutes', '5 menit'),
  'documentation.userManual missing': withValue(withValue(tested, 'documentation.userManual', REMOVE), 'staff', staff),
  'vulnerabilityTest.dataValidation.result "ok"': withValue(tested, 'vulnerabilityTest.dataValidation.result', 'ok'),
  'technicalPic.email personal': withValue(valid, 'technicalPic.email', 'lizda.handayani@yahoo.com'),
  'requester eselon IV.b': withValue(valid, 'requester.eselon', 'IV/b'),
};

describe('FeasibilityTestForm', () => {
  it('accepts the form with both tests, and with only the vulnerability test and no load-test estimates', () => {
    expect(parseForm(FeasibilityTestForm, valid).success).toBe(true);
    expect(parseForm(FeasibilityTestForm, vulnerabilityOnly).success).toBe(true);
  });

  it('accepts the results and checklists filled by staff', () => {
    const result = FeasibilityTestForm.safeParse(tested);
    expect(result.success && result.data.vulnerabilityTest).toEqual(tested.vulnerabilityTest);
  });

  it('keeps the application password out of logs through redactSecrets', () => {
    const result = FeasibilityTestForm.parse(valid);
    expect(redactSecrets(FeasibilityTestForm, result).applicationAccount).toEqual({ username: '[REDACTED]', password: '[REDACTED]' });
    expect(JSON.stringify(redactSecrets(FeasibilityTestForm, result))).not.toContain('R4hasia!Uji');
  });

  it('reports each bad field by its label on the form, in Bahasa Indonesia and English', () => {
    expect(messages(FeasibilityTestForm, bad)).toMatchInlineSnapshot(`
      {
        "applicationAccount missing": [
          "id applicationAccount: User / Password Aplikasi wajib diisi",
          "en applicationAccount: Application user / password is required",
        ],
        "applicationAccount.password blank": [
          "id applicationAccount.password: Password aplikasi wajib diisi",
          "en applicationAccount.password: Application password is required",
        ],
        "documentation.userManual missing": [
          "id documentation.userManual: Dokumen Manual Penggunaan Aplikasi (User Manual) wajib diisi",
          "en documentation.userManual: User manual is required",
        ],
        "loadTest.effectiveHoursPerDay 25": [
          "id loadTest.effectiveHoursPerDay: Jumlah jam efektif pengaksesan aplikasi per hari: Terlalu besar: diharapkan angka maksimal 24",
          "en loadTest.effectiveHoursPerDay: Effective hours of use per day: Too big: expected number to be at most 24",
        ],
        "loadTest.maxUsersPerDay 0": [
          "id loadTest.maxUsersPerDay: Estimasi maksimum jumlah pengguna per hari: Terlalu kecil: diharapkan angka minimal 1",
          "en loadTest.maxUsersPerDay: Estimated maximum users per day: Too small: expected number to be at least 1",
        ],
        "loadTest.maxUsersPerDay 1.5": [
          "id loadTest.maxUsersPerDay: Estimasi maksimum jumlah pengguna per hari: Input tidak valid: diharapkan bilangan bulat, diterima bilangan desimal",
          "en loadTest.maxUsersPerDay: Estimated maximum users per day: Invalid input: expected integer, received decimal number",
        ],
        "loadTest.transactionMinutes 0": [
          "id loadTest.transactionMinutes: Estimasi lama user melakukan transaksi pada aplikasi (menit): Terlalu kecil: diharapkan angka lebih dari 0",
          "en loadTest.transactionMinutes: Estimated time a user spends on one transaction (minutes): Too small: expected number to be more than 0",
        ],
        "loadTest.transactionMinutes as text": [
          "id loadTest.transactionMinutes: Estimasi lama user melakukan transaksi pada aplikasi (menit): Input tidak valid: diharapkan angka, diterima teks",
          "en loadTest.transactionMinutes: Estimated time a user spends on one transaction (minutes): Invalid input: expected number, received text",
        ],
        "requester eselon IV.b": [
          "id requester.eselon: Eselon Pemohon harus minimal eselon III (III.b atau lebih tinggi); eselon IV.b tidak memenuhi",
          "en requester.eselon: Eselon of the requester must be eselon III or higher (III.b or above); eselon IV.b does not qualify",
        ],
        "stress test without loadTest": [
          "id loadTest: Uji Beban (Stress Test) wajib diisi jika Jenis Pengujian memuat Stress Test",
          "en loadTest: Load test (stress test) is required when the test type includes Stress Test",
        ],
        "technicalPic.email personal": [
          "id technicalPic.email: Alamat surat elektronik Penanggung Jawab Teknis harus email kedinasan (domain go.id, termasuk subdomainnya), bukan email pribadi",
          "en technicalPic.email: Email address of the technical person in charge must be an official email (on go.id, subdomains included), not a personal email",
        ],
        "testTypes empty": [
          "id testTypes: Jenis Pengujian harus dipilih minimal 1",
          "en testTypes: Test type: choose at least 1",
        ],
        "testTypes twice the same": [
          "id testTypes: Jenis Pengujian tidak boleh memuat pilihan yang sama lebih dari sekali",
          "en testTypes: Test type must not list the same choice twice",
        ],
        "testTypes unknown": [
          "id testTypes.0: Jenis Pengujian: Pilihan tidak valid: diharapkan salah satu dari "Uji Kerentanan"|"Stress Test"",
          "en testTypes.0: Test type: Invalid option: expected one of "Vulnerability test"|"Stress test"",
        ],
        "vulnerabilityTest.dataValidation.result "ok"": [
          "id vulnerabilityTest.dataValidation.result: Hasil pengujian validasi data: Pilihan tidak valid: diharapkan salah satu dari "Lulus"|"Tidak lulus"",
          "en vulnerabilityTest.dataValidation.result: Result of the data validation test: Invalid option: expected one of "Passed"|"Failed"",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs, the conditional Uji Beban and unique test types included', () => {
    expect(disagreements(FeasibilityTestForm, { valid, vulnerabilityOnly, tested, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
