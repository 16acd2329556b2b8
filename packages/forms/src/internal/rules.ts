import { z } from 'zod';
import type { FieldDefinition, RuleDefinition } from '../form-definition.js';
import type { LocalizedText } from '../locale.js';
import type { FormContext } from './define-schema.js';
import { lowerFirst, type GroupOptions, type Report } from './fields.js';
import { message } from './messages.js';
import { TIME_PATTERN } from './patterns.js';

const isoDate = z.iso.date();

/** The value of a date or time field as a string that sorts in time order, or `undefined` when it is not valid. */
function comparable(type: FieldDefinition['type'] | undefined, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (type === 'date') return isoDate.safeParse(value).success ? value : undefined;
  if (type === 'time') return TIME_PATTERN.test(value) ? value.trim() : undefined;
  return undefined;
}

/** The condition a `requiredWhen` rule names in its message, when the definition does not word it. */
export function defaultCondition(when: FieldDefinition, is: string): LocalizedText {
  const option = 'options' in when ? when.options.find((o) => o.value === is)?.label : undefined;
  const chosen = option ?? { id: is, en: is };
  return when.type === 'choices'
    ? { id: `${when.label.id} memuat ${chosen.id}`, en: `the ${lowerFirst(when.label.en)} includes ${chosen.en}` }
    : { id: `${when.label.id} adalah ${chosen.id}`, en: `the ${lowerFirst(when.label.en)} is ${chosen.en}` };
}

type Check = (value: Readonly<Record<string, unknown>>, report: Report) => void;

/**
 * The group options that enforce `rules` over `fields`: one `rule` running every check, and
 * the JSON Schema keywords of those JSON Schema can express (a conditional `required`). The
 * rules are assumed valid (see `validateFormDefinition`); a rule naming a missing field
 * checks nothing.
 */
export function compileRules(
  ctx: FormContext,
  fields: readonly FieldDefinition[],
  rules: readonly RuleDefinition[],
): Pick<GroupOptions, 'rule' | 'jsonSchema'> {
  if (rules.length === 0) return {};
  const byName = new Map(fields.map((f) => [f.name, f]));
  const checks: Check[] = [];
  const conditionals: Record<string, unknown>[] = [];
  for (const r of rules) {
    const field = byName.get(r.field);
    if (!field) continue;
    switch (r.type) {
      case 'after':
      case 'notBefore': {
        const other = byName.get(r.other);
        if (!other) continue;
        checks.push((value, report) => {
          const to = comparable(field.type, value[r.field]);
          const from = comparable(other.type, value[r.other]);
          if (to === undefined || from === undefined) return;
          if (r.type === 'after' ? to <= from : to < from) {
            report([r.field], message(ctx.locale, r.type, field.label, { other: other.label[ctx.locale].toLowerCase() }));
          }
        });
        break;
      }
      case 'requiredWhen': {
        const when = byName.get(r.when.field);
        if (!when) continue;
        const condition = r.condition ?? defaultCondition(when, r.when.is);
        const many = when.type === 'choices';
        checks.push((value, report) => {
          const chosen = value[r.when.field];
          const holds = many ? Array.isArray(chosen) && chosen.includes(r.when.is) : chosen === r.when.is;
          if (holds && value[r.field] === undefined) {
            report([r.field], message(ctx.locale, 'requiredWhen', field.label, { condition: condition[ctx.locale] }));
          }
        });
        conditionals.push({
          if: {
            type: 'object',
            properties: { [r.when.field]: many ? { type: 'array', contains: { const: r.when.is } } : { const: r.when.is } },
            required: [r.when.field],
          },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
          then: { type: 'object', properties: { [r.field]: true }, required: [r.field] },
        });
        break;
      }
      default:
        r satisfies never;
    }
  }
  const [only, ...more] = conditionals;
  return {
    rule: (value, report) => {
      for (const check of checks) check(value, report);
    },
    ...(only ? { jsonSchema: more.length === 0 ? only : { allOf: conditionals } } : {}),
  };
}
