import type { z } from 'zod';
import type { FieldTypeDefinition, FieldDefinition, ListItemDefinition, RuleDefinition } from '../form-definition.js';
import type { FormContext } from './define-schema.js';
import {
  accept,
  choice,
  choices,
  date,
  email,
  eselon,
  group,
  integer,
  ipAddress,
  letterNumber,
  list,
  nip,
  optionalText,
  phone,
  positive,
  text,
  ticketId,
  time,
  workingDays,
  yesNo,
  type CommonOptions,
  type GroupOptions,
} from './fields.js';
import { compileRules } from './rules.js';

const common = (f: ListItemDefinition): CommonOptions => ({
  ...(f.note ? { note: f.note } : {}),
  ...(f.secret ? { secret: true as const } : {}),
  ...(f.filledBy ? { filledBy: f.filledBy } : {}),
});

const tuples = (options: readonly { readonly value: string; readonly label: { readonly id: string; readonly en: string } }[]) =>
  options.map((o) => [o.value, o.label.id, o.label.en] as const);

/** The fields of a form or group as a zod shape, in order. */
export function compileShape(ctx: FormContext, fields: readonly FieldDefinition[]): Record<string, z.ZodType> {
  return Object.fromEntries(fields.map((f) => [f.name, compileField(ctx, f)]));
}

/** A block of fields with its rules: the whole form, or a group inside it. */
export function compileGroup(
  ctx: FormContext,
  f: { readonly label: FieldTypeDefinition['label']; readonly fields: readonly FieldDefinition[]; readonly rules?: readonly RuleDefinition[] },
  options: GroupOptions,
) {
  const rules = compileRules(ctx, f.fields, f.rules ?? []);
  return group(ctx, f.label, compileShape(ctx, f.fields), { ...options, ...rules });
}

/** A named field: its type's builder, made optional (`required: false`) or given its default. */
export function compileField(ctx: FormContext, f: FieldTypeDefinition): z.ZodType {
  if (f.type === 'text' && f.required === false && f.default === undefined) {
    return optionalText(ctx, f.label, { ...common(f), ...(f.kind ? { kind: f.kind } : {}), ...(f.max === undefined ? {} : { max: f.max }) });
  }
  const base = compileItem(ctx, f);
  if ('default' in f && f.default !== undefined) return base.default(f.default as never);
  return f.required === false ? base.optional() : base;
}

/** The field itself, required, as its builder makes it. */
export function compileItem(ctx: FormContext, f: ListItemDefinition): z.ZodType {
  const o = common(f);
  switch (f.type) {
    case 'text':
      return text(ctx, f.label, { ...o, ...(f.kind ? { kind: f.kind } : {}), ...(f.max === undefined ? {} : { max: f.max }) });
    case 'date':
      return date(ctx, f.label, o);
    case 'time':
      return time(ctx, f.label, o);
    case 'yesNo':
      return yesNo(ctx, f.label, o);
    case 'accept':
      return accept(ctx, f.label, o);
    case 'nip':
      return nip(ctx, f.label, o);
    case 'letterNumber':
      return letterNumber(ctx, f.label, o);
    case 'ticketId':
      return ticketId(ctx, f.label, o);
    case 'workingDays':
      return workingDays(ctx, f.label, o);
    case 'integer':
      return integer(ctx, f.label, f.min, f.max, o);
    case 'positive':
      return positive(ctx, f.label, f.max, o);
    case 'choice':
      return choice(ctx, f.label, tuples(f.options), { ...o, ...(f.radio ? { radio: true } : {}) });
    case 'choices':
      return choices(ctx, f.label, tuples(f.options), o);
    case 'phone':
      return phone(ctx, f.label, f.kind, o);
    case 'email':
      return email(ctx, f.label, { ...o, ...(f.official ? { official: true } : {}) });
    case 'ipAddress':
      return ipAddress(ctx, f.label, { ...o, ...(f.network ? { network: true } : {}) });
    case 'eselon':
      return eselon(ctx, f.label, { ...o, ...(f.minimumIII ? { minimumIII: true } : {}) });
    case 'list':
      return list(ctx, f.label, compileItem(ctx, f.item), f.min ?? 1, { ...o, ...(f.max === undefined ? {} : { max: f.max }) });
    case 'group':
      return compileGroup(ctx, f, o);
    default:
      return f satisfies never;
  }
}
