import type { LocalizedText } from './locale.js';
import type { PhoneKind } from './normalize-phone.js';

/**
 * What every field definition may carry besides its type: the label as the paper form prints
 * it (and in English), whether the requester must fill it in, a note, and the `secret` and
 * `filledBy` flags. `required` defaults to `true`; `false` lets input leave the field out.
 *
 * @example
 * ```ts
 * import type { FieldDefinitionBase } from '@alur/forms';
 * const common: FieldDefinitionBase = { label: { id: 'Nomor HP', en: 'Mobile number' }, required: false };
 * ```
 */
export interface FieldDefinitionBase {
  readonly label: LocalizedText;
  /** Default `true`. A field with a `default` may always be left out. */
  readonly required?: boolean;
  /** Help text shown under the field, e.g. the form's own footnote. */
  readonly note?: LocalizedText;
  /** A credential: kept out of responses, exports and logs. */
  readonly secret?: boolean;
  /** Filled in by the office's staff ("diisi oleh petugas"), not by the requester. */
  readonly filledBy?: 'petugas';
}

/**
 * One choice of a `choice` or `choices` field: the stored value and its label.
 *
 * @example
 * ```ts
 * import type { ChoiceOptionDefinition } from '@alur/forms';
 * const urgent: ChoiceOptionDefinition = { value: 'segera', label: { id: 'Segera', en: 'Urgent' } };
 * ```
 */
export interface ChoiceOptionDefinition {
  readonly value: string;
  readonly label: LocalizedText;
}

/**
 * Text: one line (`line`, default, at most 200 characters), plain multi-line text
 * (`paragraph`, 5 000) or a Markdown document section (`markdown`, 50 000). Trimmed; a
 * required text must not be blank.
 *
 * @example
 * ```ts
 * import type { TextFieldDefinition } from '@alur/forms';
 * const summary: TextFieldDefinition = { type: 'text', kind: 'paragraph', label: { id: 'Ringkasan', en: 'Summary' } };
 * ```
 */
export interface TextFieldDefinition extends FieldDefinitionBase {
  readonly type: 'text';
  readonly kind?: 'line' | 'paragraph' | 'markdown';
  readonly max?: number;
  readonly default?: string;
}

/**
 * A field without settings of its own: `date` (`YYYY-MM-DD` that exists), `time` (`HH:MM`),
 * `yesNo` (true/false), `accept` (a declaration that must be ticked), `nip` (18 digits,
 * normalised), `letterNumber` (`555/568/DKIST/2021`) and `ticketId`.
 *
 * @example
 * ```ts
 * import type { PlainFieldDefinition } from '@alur/forms';
 * const date: PlainFieldDefinition = { type: 'date', label: { id: 'Tanggal surat', en: 'Letter date' } };
 * ```
 */
export interface PlainFieldDefinition extends FieldDefinitionBase {
  readonly type: 'date' | 'time' | 'yesNo' | 'accept' | 'nip' | 'letterNumber' | 'ticketId';
  readonly default?: string | boolean;
}

/**
 * A whole number in `[min, max]`.
 *
 * @example
 * ```ts
 * import type { IntegerFieldDefinition } from '@alur/forms';
 * const quantity: IntegerFieldDefinition = { type: 'integer', min: 1, max: 100_000, label: { id: 'Jumlah', en: 'Quantity' } };
 * ```
 */
export interface IntegerFieldDefinition extends FieldDefinitionBase {
  readonly type: 'integer';
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

/**
 * A number greater than 0 and at most `max` (fractions allowed).
 *
 * @example
 * ```ts
 * import type { PositiveFieldDefinition } from '@alur/forms';
 * const hours: PositiveFieldDefinition = { type: 'positive', max: 24, label: { id: 'Jam per hari', en: 'Hours per day' } };
 * ```
 */
export interface PositiveFieldDefinition extends FieldDefinitionBase {
  readonly type: 'positive';
  readonly max: number;
  readonly default?: number;
}

/**
 * One of `options` (a dropdown, or radio buttons with `radio: true`).
 *
 * @example
 * ```ts
 * import type { ChoiceFieldDefinition } from '@alur/forms';
 * const nature: ChoiceFieldDefinition = {
 *   type: 'choice',
 *   label: { id: 'Sifat', en: 'Nature' },
 *   options: [{ value: 'biasa', label: { id: 'Biasa', en: 'Ordinary' } }, { value: 'segera', label: { id: 'Segera', en: 'Urgent' } }],
 *   default: 'biasa',
 * };
 * ```
 */
export interface ChoiceFieldDefinition extends FieldDefinitionBase {
  readonly type: 'choice';
  readonly options: readonly ChoiceOptionDefinition[];
  readonly radio?: boolean;
  readonly default?: string;
}

/**
 * One or more of `options` (checkboxes), each at most once.
 *
 * @example
 * ```ts
 * import type { ChoicesFieldDefinition } from '@alur/forms';
 * const tests: ChoicesFieldDefinition = {
 *   type: 'choices',
 *   label: { id: 'Jenis Pengujian', en: 'Test type' },
 *   options: [{ value: 'stress-test', label: { id: 'Stress Test', en: 'Stress test' } }],
 * };
 * ```
 */
export interface ChoicesFieldDefinition extends FieldDefinitionBase {
  readonly type: 'choices';
  readonly options: readonly ChoiceOptionDefinition[];
}

/**
 * An Indonesian phone number of `kind` (`mobile`, `landline`, or `internal`: a landline or
 * an extension), normalised to `+62…`.
 *
 * @example
 * ```ts
 * import type { PhoneFieldDefinition } from '@alur/forms';
 * const hp: PhoneFieldDefinition = { type: 'phone', kind: 'mobile', label: { id: 'Nomor HP', en: 'Mobile number' } };
 * ```
 */
export interface PhoneFieldDefinition extends FieldDefinitionBase {
  readonly type: 'phone';
  readonly kind: PhoneKind;
  readonly default?: string;
}

/**
 * An email address; `official: true` requires an email kedinasan (the catalogue's official
 * email domains).
 *
 * @example
 * ```ts
 * import type { EmailFieldDefinition } from '@alur/forms';
 * const email: EmailFieldDefinition = { type: 'email', official: true, label: { id: 'Email', en: 'Email' } };
 * ```
 */
export interface EmailFieldDefinition extends FieldDefinitionBase {
  readonly type: 'email';
  readonly official?: boolean;
  readonly default?: string;
}

/**
 * An IPv4 or IPv6 address; with `network: true` a CIDR block is accepted too.
 *
 * @example
 * ```ts
 * import type { IpAddressFieldDefinition } from '@alur/forms';
 * const network: IpAddressFieldDefinition = { type: 'ipAddress', network: true, label: { id: 'IP Jaringan', en: 'Network IP' } };
 * ```
 */
export interface IpAddressFieldDefinition extends FieldDefinitionBase {
  readonly type: 'ipAddress';
  readonly network?: boolean;
  readonly default?: string;
}

/**
 * An eselon I–IV with a/b, normalised to `III.a`; `minimumIII: true` refuses eselon IV.
 *
 * @example
 * ```ts
 * import type { EselonFieldDefinition } from '@alur/forms';
 * const eselon: EselonFieldDefinition = { type: 'eselon', minimumIII: true, label: { id: 'Eselon', en: 'Eselon' } };
 * ```
 */
export interface EselonFieldDefinition extends FieldDefinitionBase {
  readonly type: 'eselon';
  readonly minimumIII?: boolean;
  readonly default?: string;
}

/**
 * A number or range of working days as the seeds write it (`30-40 Hari Kerja`).
 *
 * @example
 * ```ts
 * import type { WorkingDaysFieldDefinition } from '@alur/forms';
 * const estimate: WorkingDaysFieldDefinition = { type: 'workingDays', label: { id: 'Estimasi', en: 'Estimate' }, default: '30-40 Hari Kerja' };
 * ```
 */
export interface WorkingDaysFieldDefinition extends FieldDefinitionBase {
  readonly type: 'workingDays';
  readonly default?: string;
}

/**
 * A list of `item`s: texts become tags, groups a repeater. `min` defaults to 1, `max` to 200.
 *
 * @example
 * ```ts
 * import type { ListFieldDefinition } from '@alur/forms';
 * const cc: ListFieldDefinition = {
 *   type: 'list',
 *   label: { id: 'Tembusan', en: 'Copies' },
 *   item: { type: 'text', label: { id: 'Tembusan', en: 'Copy' } },
 *   required: false,
 * };
 * ```
 */
export interface ListFieldDefinition extends FieldDefinitionBase {
  readonly type: 'list';
  readonly item: ListItemDefinition;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A block of named fields (no other keys accepted), with optional cross-field `rules`.
 *
 * @example
 * ```ts
 * import type { GroupFieldDefinition } from '@alur/forms';
 * const contact: GroupFieldDefinition = {
 *   type: 'group',
 *   label: { id: 'Narahubung', en: 'Contact person' },
 *   fields: [{ name: 'name', type: 'text', label: { id: 'Nama narahubung', en: 'Contact name' } }],
 * };
 * ```
 */
export interface GroupFieldDefinition extends FieldDefinitionBase {
  readonly type: 'group';
  readonly fields: readonly FieldDefinition[];
  readonly rules?: readonly RuleDefinition[];
}

/**
 * A field definition without its name: what a field is, whatever it is called. The `type`
 * picks one of the package's field builders; see each variant.
 *
 * @example
 * ```ts
 * import type { FieldTypeDefinition } from '@alur/forms';
 * const nip: FieldTypeDefinition = { type: 'nip', label: { id: 'NIP', en: 'NIP' } };
 * ```
 */
export type FieldTypeDefinition =
  | TextFieldDefinition
  | PlainFieldDefinition
  | IntegerFieldDefinition
  | PositiveFieldDefinition
  | ChoiceFieldDefinition
  | ChoicesFieldDefinition
  | PhoneFieldDefinition
  | EmailFieldDefinition
  | IpAddressFieldDefinition
  | EselonFieldDefinition
  | WorkingDaysFieldDefinition
  | ListFieldDefinition
  | GroupFieldDefinition;

/**
 * Every field type a definition can name.
 *
 * @example
 * ```ts
 * import type { FieldDefinitionType } from '@alur/forms';
 * const type: FieldDefinitionType = 'workingDays';
 * ```
 */
export type FieldDefinitionType = FieldTypeDefinition['type'];

/**
 * The item of a list: a field definition without name, `required` or `default`.
 *
 * @example
 * ```ts
 * import type { ListItemDefinition } from '@alur/forms';
 * const feature: ListItemDefinition = { type: 'text', max: 500, label: { id: 'Fitur', en: 'Feature' } };
 * ```
 */
export type ListItemDefinition = FieldTypeDefinition extends infer TField
  ? TField extends FieldTypeDefinition
    ? Omit<TField, 'required' | 'default'>
    : never
  : never;

/**
 * A named field of a form or group. `name` is the key of its value in the parsed data: a
 * lowerCamelCase identifier (`nomorTelepon`, `structuralPic`), unique among its siblings.
 *
 * @example
 * ```ts
 * import type { FieldDefinition } from '@alur/forms';
 * const phone: FieldDefinition = { name: 'nomorTelepon', type: 'phone', kind: 'mobile', label: { id: 'Nomor telepon', en: 'Phone number' } };
 * ```
 */
export type FieldDefinition = FieldTypeDefinition & { readonly name: string };

/**
 * A rule across sibling fields of a form or group, from a small closed catalogue:
 *
 * - `after`: `field` (a date or time) must be after `other` (of the same type), when both are valid;
 * - `notBefore`: the same, but equal is allowed;
 * - `requiredWhen`: the optional `field` must be filled in when the `choice`/`choices`
 *   field `when.field` has `when.is` selected; `condition` words it for the message
 *   (default: "<label> memuat <option>").
 *
 * @example
 * ```ts
 * import type { RuleDefinition } from '@alur/forms';
 * const rules: RuleDefinition[] = [
 *   { type: 'after', field: 'endTime', other: 'startTime' },
 *   { type: 'requiredWhen', field: 'loadTest', when: { field: 'testTypes', is: 'stress-test' } },
 * ];
 * ```
 */
export type RuleDefinition =
  | { readonly type: 'after' | 'notBefore'; readonly field: string; readonly other: string }
  | {
      readonly type: 'requiredWhen';
      readonly field: string;
      readonly when: { readonly field: string; readonly is: string };
      readonly condition?: LocalizedText;
    };

/**
 * A form or document as data: JSON-serialisable, editable without code, compiled to a zod
 * schema by `compileForm`. `key` is a kebab-case name (a `DocumentKey` for the built-in
 * ones); `fields` is ordered as the form prints them; `category` is `form` for the service
 * forms a requester fills in, `document` (default) for any other paper.
 *
 * @example
 * ```ts
 * import { compileForm, type FormDefinition } from '@alur/forms';
 * const definition: FormDefinition = {
 *   key: 'buku-tamu',
 *   title: { id: 'Buku Tamu', en: 'Guest book' },
 *   fields: [
 *     { name: 'name', type: 'text', label: { id: 'Nama', en: 'Name' } },
 *     { name: 'date', type: 'date', label: { id: 'Tanggal', en: 'Date' } },
 *   ],
 * };
 * compileForm(definition).parse({ name: ' Lizda ', date: '2024-03-01' }); // { name: 'Lizda', date: '2024-03-01' }
 * ```
 */
export interface FormDefinition {
  readonly key: string;
  readonly title: LocalizedText;
  readonly category?: 'form' | 'document';
  /** Where the seeds define the form (`003 Babel: Surat Permohonan`). */
  readonly sources?: readonly string[];
  readonly fields: readonly FieldDefinition[];
  readonly rules?: readonly RuleDefinition[];
}
