import { z } from 'zod';
import { fieldRegistry, type FieldChoice, type FieldMeta } from '../field-meta.js';
import type { LocalizedText } from '../locale.js';
import { normalizePhone, type PhoneKind } from '../normalize-phone.js';
import { parseEselon } from '../parse-eselon.js';
import { parseNip, type NipProblem } from '../parse-nip.js';
import type { FormContext } from './define-schema.js';
import { fixedMessage, issueMessage } from './issue-message.js';
import { message, orList, type TextKey } from './messages.js';
import {
  EMAIL_PATTERN,
  ESELON_III_OR_HIGHER_PATTERN,
  ESELON_PATTERN,
  INTERNAL_PHONE_PATTERN,
  IP_OR_CIDR_PATTERN,
  IP_PATTERN,
  LANDLINE_PATTERN,
  LETTER_NUMBER_PATTERN,
  MOBILE_PATTERN,
  NIP_PATTERN,
  NOT_BLANK,
  TICKET_PATTERN,
  TIME_PATTERN,
  WORKING_DAYS_LAYOUT,
  officialEmailPattern,
} from './patterns.js';

/** Meta that every field may carry besides its label. */
export interface CommonOptions {
  readonly note?: LocalizedText;
  readonly filledBy?: 'petugas';
  readonly secret?: true;
}

const meta = (label: LocalizedText, common: CommonOptions, rest: Omit<FieldMeta, 'label' | keyof CommonOptions>): FieldMeta => ({
  label,
  ...(common.note ? { note: common.note } : {}),
  ...(common.secret ? { secret: true as const } : {}),
  ...(common.filledBy ? { filledBy: common.filledBy } : {}),
  ...rest,
});

/** The text with its first letter in lower case, to use a label mid-sentence. */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The label of a field inside a block: `NIP Penanggung Jawab Struktural` / `NIP of the structural person in charge`. */
export function within(field: LocalizedText, block: LocalizedText): LocalizedText {
  return { id: `${field.id} ${block.id}`, en: `${field.en} of the ${lowerFirst(block.en)}` };
}

/** `{ id, en }` in one call. */
export const t = (id: string, en: string): LocalizedText => ({ id, en });

export const LINE = 200;
export const PARAGRAPH = 5000;
export const SECTION = 50_000;
/** The most items a list takes unless its definition says otherwise. */
export const LIST_MAX = 200;

export interface TextOptions extends CommonOptions {
  readonly max?: number;
  /** `line` (default): one line; `paragraph`: plain multi-line text; `markdown`: a document section. */
  readonly kind?: 'line' | 'paragraph' | 'markdown';
}

function textMeta(label: LocalizedText, o: TextOptions): FieldMeta {
  const kind = o.kind ?? 'line';
  return meta(label, o, {
    type: kind === 'line' ? 'string' : 'text',
    interface: kind === 'line' ? 'input' : kind === 'paragraph' ? 'input-multiline' : 'input-rich-text-md',
  });
}

function defaultMax(o: TextOptions): number {
  return o.max ?? (o.kind === 'markdown' ? SECTION : o.kind === 'paragraph' ? PARAGRAPH : LINE);
}

/** Required text: not blank, at most `max` characters, trimmed. */
export function text(ctx: FormContext, label: LocalizedText, o: TextOptions = {}) {
  const error = issueMessage(ctx, label, { secret: o.secret === true });
  return z
    .string({ error })
    .max(defaultMax(o), { error, abort: true })
    .regex(NOT_BLANK, { error: fixedMessage(ctx, label, 'required'), abort: true })
    .trim()
    .register(fieldRegistry, textMeta(label, o));
}

/** Optional text: may be absent or empty, trimmed. */
export function optionalText(ctx: FormContext, label: LocalizedText, o: TextOptions = {}) {
  const error = issueMessage(ctx, label, { secret: o.secret === true });
  return z.string({ error }).max(defaultMax(o), { error }).trim().register(fieldRegistry, textMeta(label, o)).optional();
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function date(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z.iso.date({ error: issueMessage(ctx, label, { format: 'date' }) }).register(fieldRegistry, meta(label, o, { type: 'date', interface: 'datetime' }));
}

/** A clock time `HH:MM`. */
export function time(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(TIME_PATTERN, { error: fixedMessage(ctx, label, 'time'), abort: true })
    .trim()
    .register(fieldRegistry, meta(label, o, { type: 'time', interface: 'datetime' }));
}

/** Yes / no (on the seeds' forms: "Ada / Tidak ada"). */
export function yesNo(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z.boolean({ error: issueMessage(ctx, label) }).register(fieldRegistry, meta(label, o, { type: 'boolean', interface: 'boolean' }));
}

/** The declaration printed above the signatures, accepted by ticking it. */
export function accept(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z.literal(true, { error: fixedMessage(ctx, label, 'mustAccept') }).register(fieldRegistry, meta(label, o, { type: 'boolean', interface: 'boolean' }));
}

/** A whole number in `[min, max]`. */
export function integer(ctx: FormContext, label: LocalizedText, min: number, max: number, o: CommonOptions = {}) {
  const error = issueMessage(ctx, label);
  return z
    .number({ error })
    .int({ error })
    .min(min, { error })
    .max(max, { error })
    .register(fieldRegistry, meta(label, o, { type: 'integer', interface: 'input' }));
}

/** A number greater than 0 and at most `max`. */
export function positive(ctx: FormContext, label: LocalizedText, max: number, o: CommonOptions = {}) {
  const error = issueMessage(ctx, label);
  return z
    .number({ error })
    .gt(0, { error })
    .max(max, { error })
    .register(fieldRegistry, meta(label, o, { type: 'float', interface: 'input' }));
}

type Choices<TValue extends string> = readonly (readonly [value: TValue, id: string, en: string])[];

const toFieldChoices = <TValue extends string>(choices: Choices<TValue>): FieldChoice[] => choices.map(([value, id, en]) => ({ value, label: { id, en } }));

function enumOf<TValue extends string>(ctx: FormContext, label: LocalizedText, choices: Choices<TValue>) {
  const values = choices.map(([value]) => value) as unknown as readonly [TValue, ...TValue[]];
  return z.enum(values, { error: issueMessage(ctx, label, { choices: toFieldChoices(choices) }) }) as unknown as z.ZodEnum<{ [K in TValue]: K }>;
}

/** One of a fixed list of choices (`[value, label id, label en]`). */
export function choice<const TValue extends string>(
  ctx: FormContext,
  label: LocalizedText,
  choices: Choices<TValue>,
  o: CommonOptions & { readonly radio?: boolean } = {},
) {
  return enumOf(ctx, label, choices).register(
    fieldRegistry,
    meta(label, o, { type: 'string', interface: o.radio ? 'select-radio' : 'select-dropdown', choices: toFieldChoices(choices) }),
  );
}

/** One or more of a fixed list of choices, each at most once. */
export function choices<const TValue extends string>(ctx: FormContext, label: LocalizedText, list: Choices<TValue>, o: CommonOptions = {}) {
  const error = issueMessage(ctx, label);
  return z
    .array(enumOf(ctx, label, list), { error })
    .min(1, { error: fixedMessage(ctx, label, 'pickAtLeast', { min: 1 }) })
    .check((payload) => {
      if (new Set(payload.value).size !== payload.value.length) {
        payload.issues.push({ code: 'custom', input: payload.value, message: message(ctx.locale, 'duplicate', label) });
      }
    })
    .register(
      fieldRegistry,
      meta(label, o, { type: 'json', interface: 'select-multiple-checkbox', choices: toFieldChoices(list), jsonSchema: { uniqueItems: true } }),
    );
}

/** A list of items (texts become tags, blocks become a repeater). */
export function list<TItem extends z.ZodType>(
  ctx: FormContext,
  label: LocalizedText,
  item: TItem,
  min: number,
  o: CommonOptions & { readonly max?: number } = {},
) {
  const error = issueMessage(ctx, label, { secret: o.secret === true });
  const isText = item._zod.def.type === 'string';
  return z
    .array(item, { error })
    .min(min, { error })
    .max(o.max ?? LIST_MAX, { error })
    .register(fieldRegistry, meta(label, o, { type: 'json', interface: isText ? 'tags' : 'list' }));
}

/** Reports an issue at `path` (relative to the block) with a ready message. */
export type Report = (path: readonly (string | number)[], message: string) => void;

export interface GroupOptions extends CommonOptions {
  readonly sources?: readonly string[];
  /** JSON Schema keywords mirroring `rule` (see `FieldMeta.jsonSchema`). */
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
  /**
   * A rule across fields. It runs even when other fields have issues (so every problem is
   * reported at once), so it must read the value defensively.
   */
  readonly rule?: (value: Readonly<Record<string, unknown>>, report: Report) => void;
}

/** A block of fields, no unknown keys. */
export function group<TShape extends z.core.$ZodLooseShape>(ctx: FormContext, label: LocalizedText, shape: TShape, o: GroupOptions = {}) {
  const object = z.strictObject(shape, { error: issueMessage(ctx, label) });
  const { rule } = o;
  const checked = rule
    ? object.superRefine(
        (value, refinement) => {
          if (typeof value !== 'object' || value === null) return;
          rule(value as Readonly<Record<string, unknown>>, (path, text) =>
            refinement.addIssue({ code: 'custom', path: [...path], message: text, input: value }),
          );
        },
        { when: () => true },
      )
    : object;
  return checked.register(
    fieldRegistry,
    meta(label, o, { ...(o.sources ? { sources: o.sources } : {}), ...(o.jsonSchema ? { jsonSchema: o.jsonSchema } : {}) }),
  );
}

const nipProblemKeys: Readonly<Record<NipProblem, TextKey>> = {
  format: 'nipFormat',
  'birth-date': 'nipBirthDate',
  tmt: 'nipTmt',
  sex: 'nipGender',
  sequence: 'nipSequence',
  'tmt-age': 'nipTmtAge',
};

/**
 * A NIP. The JSON-Schema-visible pattern checks each part; the relation between birth date
 * and TMT is a check JSON Schema cannot express. The value is normalised to 18 digits.
 */
export function nip(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(NIP_PATTERN, {
      error: issueMessage(ctx, label, {
        format: (input) => {
          const result = parseNip(typeof input === 'string' ? input : '');
          return [result.ok ? 'nipFormat' : nipProblemKeys[result.problem]];
        },
      }),
      abort: true,
    })
    .overwrite((value) => value.replace(/\s/g, ''))
    .check((payload) => {
      const result = parseNip(payload.value);
      if (!result.ok) {
        payload.issues.push({
          code: 'custom',
          input: payload.value,
          message: message(ctx.locale, nipProblemKeys[result.problem], label, { tmt: result.tmt ?? '', birthDate: result.birthDate ?? '' }),
        });
      }
    })
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

const phonePatterns: Readonly<Record<PhoneKind, readonly [RegExp, TextKey]>> = {
  mobile: [MOBILE_PATTERN, 'mobilePhone'],
  landline: [LANDLINE_PATTERN, 'landlinePhone'],
  internal: [INTERNAL_PHONE_PATTERN, 'internalPhone'],
};

/** An Indonesian phone number of `kind`, normalised to `+62…` (an internal extension to its digits). */
export function phone(ctx: FormContext, label: LocalizedText, kind: PhoneKind, o: CommonOptions = {}) {
  const [pattern, key] = phonePatterns[kind];
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(pattern, { error: fixedMessage(ctx, label, key), abort: true })
    .overwrite((value) => {
      const result = normalizePhone(value, kind);
      return result.ok ? result.value : value;
    })
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

/** An email address, trimmed with its domain in lower case; `official` requires an email kedinasan. */
export function email(ctx: FormContext, label: LocalizedText, o: CommonOptions & { readonly official?: boolean } = {}) {
  const base = z.string({ error: issueMessage(ctx, label) }).regex(EMAIL_PATTERN, { error: fixedMessage(ctx, label, 'email'), abort: true });
  const checked = o.official
    ? base.regex(officialEmailPattern(ctx.officialEmailDomains), {
        error: fixedMessage(ctx, label, 'officialEmail', { domains: orList(ctx.locale, ctx.officialEmailDomains) }),
        abort: true,
      })
    : base;
  return checked
    .overwrite((value) => {
      const trimmed = value.trim();
      const at = trimmed.lastIndexOf('@');
      return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
    })
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

/** An IP address (IPv4 or IPv6); with `network`, a CIDR block is accepted too. Lower-cased and trimmed. */
export function ipAddress(ctx: FormContext, label: LocalizedText, o: CommonOptions & { readonly network?: boolean } = {}) {
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(o.network ? IP_OR_CIDR_PATTERN : IP_PATTERN, { error: fixedMessage(ctx, label, o.network ? 'ipOrNetwork' : 'ipAddress'), abort: true })
    .overwrite((value) => value.trim().toLowerCase())
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

const eselonChoices = (['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b'] as const).map((value) => ({
  value,
  label: { id: `Eselon ${value}`, en: `Eselon ${value}` },
}));

/** An eselon I–IV with a/b, written `III.a`; with `minimumIII`, eselon IV is refused ("minimal eselon III"). */
export function eselon(ctx: FormContext, label: LocalizedText, o: CommonOptions & { readonly minimumIII?: boolean } = {}) {
  const base = z.string({ error: issueMessage(ctx, label) }).regex(ESELON_PATTERN, { error: fixedMessage(ctx, label, 'eselon'), abort: true });
  const checked = o.minimumIII
    ? base.regex(ESELON_III_OR_HIGHER_PATTERN, {
        error: (issue) => {
          const parsed = parseEselon(typeof issue.input === 'string' ? issue.input : '');
          return message(ctx.locale, 'eselonMinimum', label, { given: parsed.ok ? parsed.value : '' });
        },
        abort: true,
      })
    : base;
  return checked
    .overwrite((value) => {
      const parsed = parseEselon(value);
      return parsed.ok ? parsed.value : value;
    })
    .register(
      fieldRegistry,
      meta(label, o, {
        type: 'string',
        interface: 'select-dropdown',
        choices: o.minimumIII ? eselonChoices.filter((c) => !c.value.startsWith('IV')) : eselonChoices,
      }),
    );
}

/** An Indonesian letter number, kept as text (trimmed), e.g. `555/568/DKIST/2021`. */
export function letterNumber(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  const error = issueMessage(ctx, label);
  return z
    .string({ error })
    .max(100, { error, abort: true })
    .regex(LETTER_NUMBER_PATTERN, { error: fixedMessage(ctx, label, 'letterNumber'), abort: true })
    .trim()
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

/** A service-desk ticket id. */
export function ticketId(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(TICKET_PATTERN, { error: fixedMessage(ctx, label, 'ticketId'), abort: true })
    .trim()
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}

/**
 * A number or range of working days as the seeds write it (`30-40 Hari Kerja`), kept in
 * that form (`<n> Hari Kerja` or `<low>-<high> Hari Kerja`) so that `@alur/core`'s Waktu
 * parser reads it. That the lower bound is not above the upper one is a check JSON Schema
 * cannot express.
 */
export function workingDays(ctx: FormContext, label: LocalizedText, o: CommonOptions = {}) {
  return z
    .string({ error: issueMessage(ctx, label) })
    .regex(WORKING_DAYS_LAYOUT, { error: fixedMessage(ctx, label, 'workingDays'), abort: true })
    .overwrite((value) => {
      const [, low, high] = WORKING_DAYS_LAYOUT.exec(value) ?? [];
      return high ? `${low}-${high} Hari Kerja` : `${low} Hari Kerja`;
    })
    .check((payload) => {
      const [, low, high] = WORKING_DAYS_LAYOUT.exec(payload.value) ?? [];
      if (high && Number(low) > Number(high)) {
        payload.issues.push({
          code: 'custom',
          input: payload.value,
          message: message(ctx.locale, 'workingDaysOrder', label, { low: Number(low), high: Number(high) }),
        });
      }
    })
    .register(fieldRegistry, meta(label, o, { type: 'string', interface: 'input' }));
}
