export type { Locale, LocalizedText } from './locale.js';
export { FormsError, type FormsErrorCode } from './forms-error.js';
export { DEFAULT_OFFICIAL_EMAIL_DOMAINS, type FormOptions } from './form-options.js';
export { fieldRegistry, type FieldChoice, type FieldInterface, type FieldMeta, type FieldType } from './field-meta.js';

export { parseNip, type NipParts, type NipProblem, type NipResult } from './parse-nip.js';
export { normalizePhone, type PhoneKind, type PhoneResult } from './normalize-phone.js';
export { isOfficialEmail } from './is-official-email.js';
export { parseEselon, type Eselon, type EselonResult } from './parse-eselon.js';

export { createNipField } from './create-nip-field.js';
export { createPhoneField } from './create-phone-field.js';
export { createEmailField } from './create-email-field.js';
export { createIpAddressField } from './create-ip-address-field.js';
export { createEselonField } from './create-eselon-field.js';
export { createLetterNumberField } from './create-letter-number-field.js';

export { RequestLetter, createRequestLetter } from './request-letter.js';
export { Kak, createKak } from './kak.js';
export { EquipmentList, createEquipmentList } from './equipment-list.js';
export { ApplicationDevelopmentForm, createApplicationDevelopmentForm } from './application-development-form.js';
export { FeasibilityTestForm, createFeasibilityTestForm } from './feasibility-test-form.js';
export { VulnerabilityAssessmentForm, createVulnerabilityAssessmentForm } from './vulnerability-assessment-form.js';
export { Skpl, createSkpl } from './skpl.js';
export { SystemDocumentation, createSystemDocumentation } from './system-documentation.js';
export { Bast, createBast } from './bast.js';
export { WorkCompletionMinutes, createWorkCompletionMinutes } from './work-completion-minutes.js';
export { InternalMemo, createInternalMemo } from './internal-memo.js';
export { NotificationLetter, createNotificationLetter } from './notification-letter.js';
export { MeetingMinutes, createMeetingMinutes } from './meeting-minutes.js';
export { IncomingLetterRecord, createIncomingLetterRecord } from './incoming-letter-record.js';
export { Report, createReport } from './report.js';

export {
  createDocumentCatalog,
  documentCatalog,
  documentKeys,
  type DocumentCatalog,
  type DocumentCatalogOptions,
  type DocumentData,
  type DocumentDefinitions,
  type DocumentInput,
  type DocumentKey,
  type DocumentKind,
  type DocumentSchemas,
  type DocumentSchemasWith,
} from './document-catalog.js';
export { isDocumentKey } from './is-document-key.js';

export type {
  ChoiceFieldDefinition,
  ChoiceOptionDefinition,
  ChoicesFieldDefinition,
  EmailFieldDefinition,
  EselonFieldDefinition,
  FieldDefinition,
  FieldDefinitionBase,
  FieldDefinitionType,
  FieldTypeDefinition,
  FormDefinition,
  GroupFieldDefinition,
  IntegerFieldDefinition,
  IpAddressFieldDefinition,
  ListFieldDefinition,
  ListItemDefinition,
  PhoneFieldDefinition,
  PlainFieldDefinition,
  PositiveFieldDefinition,
  RuleDefinition,
  TextFieldDefinition,
  WorkingDaysFieldDefinition,
} from './form-definition.js';
export { compileForm, type FormSchema } from './compile-form.js';
export { builtinFormDefinitions } from './builtin-form-definitions.js';
export {
  validateFormDefinition,
  type FormDefinitionProblem,
  type FormDefinitionResult,
  type ValidateFormDefinitionOptions,
} from './validate-form-definition.js';
export { toFormDefinitionJsonSchema } from './to-form-definition-json-schema.js';

export { parseForm, type FormIssue, type FormResult, type ParseFormOptions } from './parse-form.js';
export { describeFields, type FieldDescription } from './describe-fields.js';
export { toFormJsonSchema, type ToFormJsonSchemaOptions } from './to-form-json-schema.js';
export { redactSecrets, type RedactSecretsOptions } from './redact-secrets.js';
export { listSecretPaths } from './list-secret-paths.js';
