import { z } from 'zod';
import type { Locale } from '../locale.js';
import { compileItem } from './compile-field.js';
import { resolveOptions } from './define-schema.js';
import { LIST_MAX } from './fields.js';
import { definitionMessage, type DefinitionTextKey } from './definition-messages.js';
import type { TextArgs } from './messages.js';
import { NOT_BLANK } from './patterns.js';
import { issueText } from '@alur/zod-wording';

/** A field name: a lowerCamelCase identifier. */
export const NAME_PATTERN = /^[a-z][a-zA-Z0-9]{0,63}$/;
/** A form key: lower-case words separated by `-` (a document key). */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A choice value: a stable, URL-safe word. */
export const OPTION_VALUE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const FIELD_TYPES = [
  'text',
  'date',
  'time',
  'yesNo',
  'accept',
  'integer',
  'positive',
  'choice',
  'choices',
  'list',
  'group',
  'nip',
  'phone',
  'email',
  'ipAddress',
  'eselon',
  'letterNumber',
  'ticketId',
  'workingDays',
] as const;
const RULE_TYPES = ['after', 'notBefore', 'requiredWhen'] as const;

/** A problem found by a check, worded when the issue is finalised (it then knows its full path and the language). */
interface Problem {
  readonly key: DefinitionTextKey;
  readonly args?: TextArgs;
  /** The words of a `badDefault` problem, per language. */
  readonly reasons?: Readonly<Record<Locale, string>>;
}

type Report = (path: readonly (string | number)[], problem: Problem) => void;

const reporter =
  (payload: z.core.ParsePayload<unknown>): Report =>
  (path, problem) =>
    payload.issues.push({ code: 'custom', input: payload.value, path: [...path], params: problem });

/** Runs `check` on an object's input even when some of its fields have problems, so that every problem is reported at once. */
const always = (check: (value: unknown, report: Report) => void) =>
  z.superRefine<unknown>((value, ctx) => check(value, (path, problem) => ctx.addIssue({ code: 'custom', input: value, path: [...path], params: problem })), {
    when: () => true,
  });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown, key: string): readonly unknown[] => (isRecord(value) && Array.isArray(value[key]) ? value[key] : []);

const Text = (max: number) => z.string().max(max).regex(NOT_BLANK);
const Label = z.strictObject({ id: Text(500), en: Text(500) });
const Note = z.strictObject({ id: Text(2000), en: Text(2000) });
const Name = z.string().regex(NAME_PATTERN);
const OptionValue = z.string().regex(OPTION_VALUE_PATTERN);

const Options = z
  .array(z.strictObject({ value: OptionValue, label: Label }))
  .min(1)
  .check((payload) => {
    const seen = new Set<string>();
    payload.value.forEach((option, index) => {
      if (seen.has(option.value)) reporter(payload)([index, 'value'], { key: 'duplicateOption', args: { value: option.value } });
      seen.add(option.value);
    });
  });

const common = {
  label: Label,
  note: Note.optional(),
  secret: z.boolean().optional(),
  filledBy: z.literal('petugas').optional(),
};

/** Cross-field checks of a form or group: unique names, rules naming fields that fit them. Reads the input defensively so they run even when a field has problems of its own. */
function checkGroup(value: unknown, report: Report): void {
  const fields = listOf(value, 'fields');
  const byName = new Map<string, Readonly<Record<string, unknown>>>();
  fields.forEach((field, index) => {
    if (!isRecord(field) || typeof field.name !== 'string') return;
    if (byName.has(field.name)) report(['fields', index, 'name'], { key: 'duplicateName', args: { name: field.name } });
    else byName.set(field.name, field);
  });
  listOf(value, 'rules').forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const at = (...rest: (string | number)[]) => ['rules', index, ...rest];
    const find = (name: unknown, path: (string | number)[]) => {
      if (typeof name !== 'string') return undefined;
      const field = byName.get(name);
      if (!field) report(path, { key: 'ruleUnknownField', args: { name } });
      return field;
    };
    if (rule.type === 'after' || rule.type === 'notBefore') {
      const field = find(rule.field, at('field'));
      const other = find(rule.other, at('other'));
      if (!field || !other) return;
      if (field === other) report(at('other'), { key: 'ruleSameField', args: { name: String(rule.field) } });
      else if (field.type !== other.type || (field.type !== 'date' && field.type !== 'time')) {
        report(at(), {
          key: 'ruleNotComparable',
          args: { field: String(rule.field), fieldType: String(field.type), other: String(rule.other), otherType: String(other.type) },
        });
      }
    } else if (rule.type === 'requiredWhen') {
      const field = find(rule.field, at('field'));
      if (field && field.required !== false) report(at('field'), { key: 'ruleTargetRequired', args: { name: String(rule.field) } });
      const when = isRecord(rule.when) ? rule.when : {};
      const source = find(when.field, at('when', 'field'));
      if (!source) return;
      if (source.type !== 'choice' && source.type !== 'choices') {
        report(at('when', 'field'), { key: 'ruleNotChoice', args: { name: String(when.field), type: String(source.type) } });
      } else if (typeof when.is === 'string' && !listOf(source, 'options').some((o) => isRecord(o) && o.value === when.is)) {
        report(at('when', 'is'), { key: 'ruleUnknownOption', args: { value: when.is, name: String(when.field) } });
      }
    }
  });
}

/** Checks a field's `min` against its `max`, and its default against the field itself. */
function checkField(payload: z.core.ParsePayload<unknown>): void {
  const report = reporter(payload);
  const field = payload.value as Readonly<Record<string, unknown>> & { type: (typeof FIELD_TYPES)[number] };
  const min = field.min;
  const max = field.type === 'list' ? (field.max ?? LIST_MAX) : field.max;
  if (typeof min === 'number' && typeof max === 'number' && min > max) report([], { key: 'minAboveMax', args: { min, max } });
  if (field.default !== undefined) {
    const reason = (locale: Locale) => {
      const schema = compileItem(resolveOptions({ locale }), field as never);
      return schema.safeParse(field.default).error?.issues[0]?.message;
    };
    const id = reason('id');
    if (id !== undefined) report(['default'], { key: 'badDefault', reasons: { id, en: reason('en') ?? id } });
  }
}

function fieldSchemas(named: boolean) {
  const head = named ? { name: Name, required: z.boolean().optional(), ...common } : common;
  const variant = <TType extends string, TShape extends z.core.$ZodLooseShape>(type: TType, shape: TShape, defaultValue?: z.ZodType) =>
    z
      .strictObject(
        // Copied by descriptor, not spread, so that the getters of recursive settings (item, fields) stay lazy.
        Object.defineProperties(
          { type: z.literal(type), ...head, ...(named && defaultValue ? { default: defaultValue.optional() } : {}) },
          Object.getOwnPropertyDescriptors(shape),
        ) as { type: z.ZodLiteral<TType> } & typeof head & TShape,
      )
      .check(checkField);
  const string = z.string();
  return [
    variant('text', { kind: z.enum(['line', 'paragraph', 'markdown']).optional(), max: z.number().int().min(1).max(1_000_000).optional() }, string),
    variant('date', {}, string),
    variant('time', {}, string),
    variant('yesNo', {}, z.boolean()),
    variant('accept', {}, z.boolean()),
    variant('nip', {}, string),
    variant('letterNumber', {}, string),
    variant('ticketId', {}, string),
    variant('workingDays', {}, string),
    variant('integer', { min: z.number().int(), max: z.number().int() }, z.number()),
    variant('positive', { max: z.number().gt(0) }, z.number()),
    variant('choice', { options: Options, radio: z.boolean().optional() }, string),
    variant('choices', { options: Options }),
    variant('phone', { kind: z.enum(['mobile', 'landline', 'internal']) }, string),
    variant('email', { official: z.boolean().optional() }, string),
    variant('ipAddress', { network: z.boolean().optional() }, string),
    variant('eselon', { minimumIII: z.boolean().optional() }, string),
    variant('list', {
      get item() {
        return Item;
      },
      min: z.number().int().min(0).max(10_000).optional(),
      max: z.number().int().min(1).max(10_000).optional(),
    }),
    variant('group', {
      get fields() {
        return Fields;
      },
      rules: Rules.optional(),
    }).check(always(checkGroup)),
  ] as const;
}

const Rules = z.array(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.enum(['after', 'notBefore']), field: Name, other: Name }),
    z.strictObject({
      type: z.literal('requiredWhen'),
      field: Name,
      when: z.strictObject({ field: Name, is: OptionValue }),
      condition: Label.optional(),
    }),
  ]),
);

const Field: z.ZodType = z.discriminatedUnion('type', fieldSchemas(true));
const Item: z.ZodType = z.discriminatedUnion('type', fieldSchemas(false));
const Fields = z.array(Field).min(1);

/** The definition format as a zod schema (messages come from {@link definitionErrorMap}). */
export const formDefinitionSchema = z
  .strictObject({
    key: z.string().max(100).regex(KEY_PATTERN),
    title: Label,
    category: z.enum(['form', 'document']).optional(),
    sources: z.array(Text(500)).max(50).optional(),
    fields: Fields,
    rules: Rules.optional(),
  })
  .check(always(checkGroup));

/** Where `path` points in the definition `root`, as the message names it: `Isian "contact.email" (label.id)`. */
export function place(root: unknown, path: readonly PropertyKey[], locale: Locale): string {
  const names: string[] = [];
  let rule: number | undefined;
  let detail: string[] = [];
  let node: unknown = root;
  const get = (from: unknown, key: PropertyKey): unknown =>
    typeof from === 'object' && from !== null ? (from as Record<PropertyKey, unknown>)[key] : undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if ((segment === 'fields' || segment === 'rules') && typeof next === 'number' && rule === undefined) {
      node = get(get(node, segment), next);
      if (segment === 'rules') rule = next + 1;
      else {
        const name = get(node, 'name');
        names.push(typeof name === 'string' && NAME_PATTERN.test(name) ? name : `#${next + 1}`);
      }
      detail = [];
      i++;
    } else if (segment === 'item' && rule === undefined && detail.length === 0) {
      node = get(node, segment);
      names.push(`${names.pop() ?? ''}[]`);
    } else {
      node = get(node, segment as PropertyKey);
      detail.push(typeof segment === 'number' ? `[${segment}]` : `${detail.length > 0 ? '.' : ''}${String(segment)}`);
    }
  }
  const field = names.join('.');
  const subject =
    locale === 'id'
      ? rule === undefined
        ? field
          ? `Isian "${field}"`
          : 'Formulir'
        : `Aturan ke-${rule} ${field ? `pada isian "${field}"` : 'formulir'}`
      : rule === undefined
        ? field
          ? `Field "${field}"`
          : 'The form'
        : `Rule ${rule} of ${field ? `field "${field}"` : 'the form'}`;
  return detail.length > 0 ? `${subject} (${detail.join('')})` : subject;
}

const patternKeys = new Map<string, DefinitionTextKey>([
  [String(NAME_PATTERN), 'badName'],
  [String(KEY_PATTERN), 'badKey'],
  [String(OPTION_VALUE_PATTERN), 'badOptionValue'],
]);

/**
 * The error map of one validation: every issue worded in `locale`, naming its place in `root`.
 * zod's built-in issues (a wrong type, a size, a value not among the choices) are worded by
 * zod's locale after the place (`Isian "nama" (label.id): Input tidak valid: diharapkan teks,
 * diterima angka`); the definition's own checks keep their own texts.
 */
export function definitionErrorMap(root: unknown, locale: Locale) {
  return (issue: z.core.$ZodRawIssue): string => {
    const path = (issue.path ?? []) as readonly PropertyKey[];
    const say = (key: DefinitionTextKey, args?: TextArgs) => definitionMessage(locale, key, place(root, path, locale), args);
    const builtin = () => `${place(root, path, locale)}: ${issueText(issue, locale)}`;
    const last = path.at(-1);
    switch (issue.code) {
      case 'custom': {
        const problem = issue.params as Problem | undefined;
        if (!problem) return say('notObject');
        return say(problem.key, problem.reasons ? { reason: problem.reasons[locale] } : problem.args);
      }
      case 'invalid_type':
        if (issue.input === undefined) return say('required');
        return builtin();
      case 'invalid_union': {
        const given = isRecord(issue.input) ? issue.input.type : undefined;
        const rules = path.at(-3) === 'rules';
        const values = (rules ? RULE_TYPES : FIELD_TYPES).join(', ');
        if (given === undefined) return say(rules ? 'required' : 'missingType', { values });
        return say(rules ? 'unknownRule' : 'unknownType', { given: String(given), values });
      }
      case 'too_small':
        if (issue.origin === 'array' && last === 'options') return say('noOptions');
        if (issue.origin === 'array' && last === 'fields') return say('noFields');
        return builtin();
      case 'unrecognized_keys': {
        const type = isRecord(issue.input) && typeof issue.input.type === 'string' ? issue.input.type : '';
        return say('unknownKeys', { keys: issue.keys.join(', '), type });
      }
      case 'invalid_format': {
        const key = patternKeys.get(String((issue as { pattern?: unknown }).pattern));
        return key ? say(key, { given: typeof issue.input === 'string' ? issue.input : '' }) : say('blank');
      }
      default:
        return builtin();
    }
  };
}
