import type { LocalizedText as CoreLocalizedText, RequestDocument, SopItem } from '@alur/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ApplicationDevelopmentForm } from './application-development-form.js';
import type { Bast } from './bast.js';
import type { DocumentCatalog, DocumentData, DocumentInput, DocumentKey } from './document-catalog.js';
import type { EquipmentList } from './equipment-list.js';
import type { FeasibilityTestForm } from './feasibility-test-form.js';
import type { IncomingLetterRecord } from './incoming-letter-record.js';
import type { InternalMemo } from './internal-memo.js';
import type { Kak } from './kak.js';
import type { LocalizedText } from './locale.js';
import type { MeetingMinutes } from './meeting-minutes.js';
import type { NotificationLetter } from './notification-letter.js';
import type { Report } from './report.js';
import type { RequestLetter } from './request-letter.js';
import type { Skpl } from './skpl.js';
import type { SystemDocumentation } from './system-documentation.js';
import type { VulnerabilityAssessmentForm } from './vulnerability-assessment-form.js';
import type { WorkCompletionMinutes } from './work-completion-minutes.js';

// What @alur/core should rely on: these keys and these parsed shapes. Optional fields are
// `?: T | undefined` (zod's output under exactOptionalPropertyTypes).

/** One object type out of an intersection, so that expectTypeOf compares it field by field. */
type Flat<T> = { [K in keyof T]: T[K] };

type PersonInCharge = {
  name: string;
  nip: string;
  position: string;
  workUnit: string;
  officeAddress: string;
  mobilePhone: string;
  internalPhone?: string | undefined;
  email: string;
};
type Official = { name: string; nip: string; position: string };
type Platform = 'windows' | 'linux' | 'unix';
type Signatures = {
  declaration: true;
  submittedBy: { name: string; nip?: string | undefined };
  requester: { name: string; nip: string; position: string; eselon: string };
  signing: { place: string; date: string };
  staff?: { ticketId: string; date: string; officerName: string; officerNip?: string | undefined } | undefined;
};
type Technology = { description: string; platform: Platform; programmingLanguage: string; dbms: string; engine: string };
type TestResult = { result: 'lulus' | 'tidak-lulus'; note?: string | undefined } | undefined;
type Nature = 'biasa' | 'segera' | 'sangat-segera' | 'rahasia';
type Equipment = {
  kind: 'perangkat-keras' | 'perangkat-lunak' | 'jaringan' | 'lainnya';
  name: string;
  specification?: string | undefined;
  quantity?: number | undefined;
};

describe('document keys', () => {
  it('are exactly these, and are SopItem / RequestDocument keys in @alur/core', () => {
    expectTypeOf<DocumentKey>().toEqualTypeOf<
      | 'surat-permohonan'
      | 'kak'
      | 'perangkat-yang-digunakan'
      | 'formulir-pembangunan-aplikasi'
      | 'formulir-uji-kelayakan'
      | 'formulir-vulnerability-assessment'
      | 'skpl'
      | 'dokumentasi-sistem'
      | 'berita-acara-serah-terima'
      | 'berita-acara-pekerjaan'
      | 'nota-dinas'
      | 'surat-pemberitahuan'
      | 'notulen'
      | 'arsip-surat-masuk'
      | 'laporan'
    >();
    expectTypeOf<DocumentKey>().toExtend<SopItem['key']>();
    expectTypeOf<DocumentKey>().toExtend<RequestDocument['key']>();
    expectTypeOf<keyof DocumentCatalog>().toEqualTypeOf<DocumentKey>();
  });

  it('give parsed data that fits RequestDocument.data, and labels shaped like core’s LocalizedText', () => {
    expectTypeOf<DocumentData<DocumentKey>>().toExtend<NonNullable<RequestDocument['data']>>();
    expectTypeOf<LocalizedText>().toEqualTypeOf<CoreLocalizedText>();
    expectTypeOf<DocumentCatalog['kak']['label']>().toEqualTypeOf<LocalizedText>();
  });
});

describe('document data', () => {
  it('each key gives its document’s type', () => {
    expectTypeOf<DocumentData<'surat-permohonan'>>().toEqualTypeOf<RequestLetter>();
    expectTypeOf<DocumentData<'kak'>>().toEqualTypeOf<Kak>();
    expectTypeOf<DocumentData<'perangkat-yang-digunakan'>>().toEqualTypeOf<EquipmentList>();
    expectTypeOf<DocumentData<'formulir-pembangunan-aplikasi'>>().toEqualTypeOf<ApplicationDevelopmentForm>();
    expectTypeOf<DocumentData<'formulir-uji-kelayakan'>>().toEqualTypeOf<FeasibilityTestForm>();
    expectTypeOf<DocumentData<'formulir-vulnerability-assessment'>>().toEqualTypeOf<VulnerabilityAssessmentForm>();
    expectTypeOf<DocumentData<'skpl'>>().toEqualTypeOf<Skpl>();
    expectTypeOf<DocumentData<'dokumentasi-sistem'>>().toEqualTypeOf<SystemDocumentation>();
    expectTypeOf<DocumentData<'berita-acara-serah-terima'>>().toEqualTypeOf<Bast>();
    expectTypeOf<DocumentData<'berita-acara-pekerjaan'>>().toEqualTypeOf<WorkCompletionMinutes>();
    expectTypeOf<DocumentData<'nota-dinas'>>().toEqualTypeOf<InternalMemo>();
    expectTypeOf<DocumentData<'surat-pemberitahuan'>>().toEqualTypeOf<NotificationLetter>();
    expectTypeOf<DocumentData<'notulen'>>().toEqualTypeOf<MeetingMinutes>();
    expectTypeOf<DocumentData<'arsip-surat-masuk'>>().toEqualTypeOf<IncomingLetterRecord>();
    expectTypeOf<DocumentData<'laporan'>>().toEqualTypeOf<Report>();
  });

  it('Surat Permohonan, KAK and Perangkat', () => {
    expectTypeOf<RequestLetter>().toEqualTypeOf<{
      letterNumber: string;
      letterDate: string;
      subject: string;
      addressee: string;
      opd: string;
      applicationName: string;
      requestType: 'baru' | 'pengembangan';
      summary: string;
      contact: { name: string; position?: string | undefined; mobilePhone: string; email?: string | undefined };
      signatory: Official;
      attachments?: string[] | undefined;
    }>();
    expectTypeOf<Kak>().toEqualTypeOf<{
      applicationName: string;
      opd: string;
      background: string;
      objectives: string;
      businessProcess: string;
      features: string[];
      benefits: string;
      equipment?: Equipment[] | undefined;
    }>();
    expectTypeOf<EquipmentList>().toEqualTypeOf<{ items: Equipment[] }>();
  });

  it('the three Babel forms', () => {
    expectTypeOf<ApplicationDevelopmentForm>().toEqualTypeOf<
      Flat<
        { applicationName: string; developmentType: 'baru' | 'pengembangan' } & Technology & {
            estimatedDuration: string;
            structuralPic: PersonInCharge;
            technicalPic: PersonInCharge;
            kelengkapan?: { requestLetter: boolean; userRequirement: boolean } | undefined;
          } & Signatures
      >
    >();
    expectTypeOf<FeasibilityTestForm>().toEqualTypeOf<
      Flat<
        { applicationName: string; testTypes: ('uji-kerentanan' | 'stress-test')[] } & Technology & {
            applicationAccount: { username: string; password: string };
            structuralPic: PersonInCharge;
            technicalPic: PersonInCharge;
            documentation?: { sourceCode: boolean; installationManual: boolean; userManual: boolean; uatDocument: boolean } | undefined;
            vulnerabilityTest?:
              | {
                  folderStructure?: TestResult;
                  dataValidation?: TestResult;
                  authenticationAndSession?: TestResult;
                  inputAndErrorMessages?: TestResult;
                  databaseManagementSystem?: TestResult;
                  others?: TestResult;
                }
              | undefined;
            loadTest?:
              | { maxUsersPerDay: number; effectiveHoursPerDay: number; transactionMinutes: number; testScenarioDocument?: boolean | undefined }
              | undefined;
          } & Signatures
      >
    >();
    expectTypeOf<VulnerabilityAssessmentForm>().toEqualTypeOf<
      Flat<
        { applicationName: string; applicationIp: string; databaseIp: string; networkIp: string } & Technology & {
            structuralPic: PersonInCharge;
            technicalPic: PersonInCharge;
          } & Signatures
      >
    >();
  });

  it('the fixed outlines: SKPL and Dokumentasi Sistem', () => {
    expectTypeOf<Skpl>().toEqualTypeOf<{
      applicationName: string;
      opd: string;
      introduction: { background: string; purpose: string };
      applicationOverview: { description: string; functions: string; operatingEnvironment: string; userCharacteristics: string };
      requirements: {
        externalInterfaces: { userInterface: string; hardwareInterface: string; softwareInterface: string; communicationInterface: string };
        functional: { technicalSolutionDesign: string; dataRequirement: string };
        nonFunctional: string;
        designConstraints: string;
        traceability: string;
        summary: { functional: string; nonFunctional: string };
      };
      closing: string;
    }>();
    expectTypeOf<SystemDocumentation>().toEqualTypeOf<{
      applicationName: string;
      diagrams: string;
      functionsAndModules: string;
      databaseStructure: string;
      dataFlowDiagram: string;
      userInterface: string;
      technicalSpecification: string;
      manuals: { installationAndConfiguration: string; backupAndRestore: string; adminUsage: string; userUsage: string };
      securityImplementation: string;
    }>();
  });

  it('minutes, letters and reports', () => {
    expectTypeOf<Bast>().toEqualTypeOf<{
      number: string;
      date: string;
      place: string;
      applicationName: string;
      firstParty: Flat<Official & { agency: string }>;
      secondParty: Flat<Official & { agency: string }>;
      items: string[];
      notes?: string | undefined;
    }>();
    expectTypeOf<WorkCompletionMinutes>().toEqualTypeOf<{
      number: string;
      date: string;
      applicationName: string;
      workDescription: string;
      deliverables: (
        | 'aplikasi'
        | 'dokumentasi-analisis'
        | 'dokumentasi-pengembangan'
        | 'dokumentasi-pengujian'
        | 'petunjuk-instalasi'
        | 'petunjuk-penggunaan'
        | 'dokumentasi-api'
      )[];
      developers: { name: string; role: string }[];
      requesterOfficial: Official;
      headOfOffice: Official;
    }>();
    expectTypeOf<InternalMemo>().toEqualTypeOf<{
      number: string;
      date: string;
      to: string;
      from: string;
      cc?: string[] | undefined;
      nature: Nature;
      attachment?: string | undefined;
      subject: string;
      applicationName?: string | undefined;
      body: string;
      signatory: Official;
    }>();
    expectTypeOf<NotificationLetter>().toEqualTypeOf<{
      letterNumber: string;
      letterDate: string;
      nature: Nature;
      attachment?: string | undefined;
      subject: string;
      addressee: string;
      applicationName: string;
      body: string;
      signatory: Official;
      cc?: string[] | undefined;
    }>();
    expectTypeOf<MeetingMinutes>().toEqualTypeOf<{
      agenda: string;
      date: string;
      startTime: string;
      endTime?: string | undefined;
      place: string;
      chair: string;
      minuteTaker: string;
      participants: { name: string; position?: string | undefined }[];
      discussion: string;
      decisions: string[];
      followUps?: string[] | undefined;
    }>();
    expectTypeOf<IncomingLetterRecord>().toEqualTypeOf<{
      agendaNumber: string;
      receivedDate: string;
      letterNumber: string;
      letterDate: string;
      sender: string;
      subject: string;
      nature: Nature;
      note?: string | undefined;
    }>();
    expectTypeOf<Report>().toEqualTypeOf<{
      kind:
        | 'hasil-analisis'
        | 'ketersediaan-sumber-daya'
        | 'ketidaktersediaan-sumber-daya'
        | 'hasil-instalasi-dan-testing'
        | 'permintaan-aplikasi'
        | 'akhir'
        | 'lainnya';
      title: string;
      date: string;
      applicationName?: string | undefined;
      author: string;
      content: string;
    }>();
  });

  it('input types differ where a default fills a field in', () => {
    expectTypeOf<DocumentInput<'nota-dinas'>['nature']>().toEqualTypeOf<Nature | undefined>();
    expectTypeOf<DocumentData<'nota-dinas'>['nature']>().toEqualTypeOf<Nature>();
    expectTypeOf<DocumentInput<'formulir-pembangunan-aplikasi'>['estimatedDuration']>().toEqualTypeOf<string | undefined>();
  });
});
