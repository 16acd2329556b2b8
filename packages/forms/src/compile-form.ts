import type { z } from 'zod';
import type { FieldDefinition, FormDefinition } from './form-definition.js';
import type { FormOptions } from './form-options.js';
import { FormsError } from './forms-error.js';
import { compileGroup } from './internal/compile-field.js';
import { track, type FormContext } from './internal/define-schema.js';
import type { accept, date, integer, nip, text, time, yesNo } from './internal/fields.js';
import { validateFormDefinition, type FormDefinitionProblem } from './validate-form-definition.js';

type EnumOf<TOptions> = TOptions extends readonly { readonly value: infer TValue extends string }[] ? z.ZodEnum<{ [K in TValue]: K }> : never;

/** The zod type the builders give a field of definition `TField`, required. */
type ItemSchema<TField> = TField extends { readonly type: 'text' }
  ? ReturnType<typeof text>
  : TField extends { readonly type: 'date' }
    ? ReturnType<typeof date>
    : TField extends { readonly type: 'yesNo' }
      ? ReturnType<typeof yesNo>
      : TField extends { readonly type: 'accept' }
        ? ReturnType<typeof accept>
        : TField extends { readonly type: 'integer' | 'positive' }
          ? ReturnType<typeof integer>
          : TField extends { readonly type: 'choice'; readonly options: infer TOptions }
            ? EnumOf<TOptions>
            : TField extends { readonly type: 'choices'; readonly options: infer TOptions }
              ? z.ZodArray<EnumOf<TOptions>>
              : TField extends { readonly type: 'list'; readonly item: infer TItem }
                ? z.ZodArray<ItemSchema<TItem>>
                : TField extends { readonly type: 'group'; readonly fields: infer TFields extends readonly FieldDefinition[] }
                  ? GroupSchema<TFields>
                  : TField extends { readonly type: 'time' }
                    ? ReturnType<typeof time>
                    : ReturnType<typeof nip>;

/** The zod type of a named field: optional when `required: false`, with its default when it has one. */
type FieldSchema<TField> = TField extends { readonly default: string | number | boolean }
  ? z.ZodDefault<ItemSchema<TField>>
  : TField extends { readonly required: false }
    ? z.ZodOptional<ItemSchema<TField>>
    : ItemSchema<TField>;

type GroupSchema<TFields extends readonly FieldDefinition[]> = string extends TFields[number]['name']
  ? z.ZodObject<Record<string, z.ZodType>, z.core.$strict>
  : z.ZodObject<{ -readonly [TField in TFields[number] as TField['name']]: FieldSchema<TField> }, z.core.$strict>;

/**
 * The zod schema `compileForm` gives a definition: a strict object of its fields, typed field
 * by field when the definition's type is known (a `const` definition), or a record of zod
 * types for a definition only known at run time (e.g. loaded from Directus).
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions, type FormSchema } from '@alur/forms';
 * import type { z } from 'zod';
 * type Kak = z.output<FormSchema<(typeof builtinFormDefinitions)['kak']>>; // { applicationName: string; ... }
 * ```
 */
export type FormSchema<TDefinition extends FormDefinition> = GroupSchema<TDefinition['fields']>;

// One builder per definition object, so that compiled schemas are memoised per definition
// and options (as `defineSchema` does per factory) and `parseForm` can switch language.
const builders = new WeakMap<FormDefinition, (ctx: FormContext) => z.ZodType>();

/**
 * Compiles a form definition into a zod schema made by the same field builders as the
 * built-in forms: the same messages in Bahasa Indonesia or English, the same `fieldRegistry`
 * meta, so `parseForm`, `describeFields`, `toFormJsonSchema`, `listSecretPaths` and
 * `redactSecrets` work on it as on any form. Memoised per definition object and options
 * (treat a definition as immutable once compiled). Throws `FormsError`: `INVALID_DEFINITION`
 * for a definition {@link validateFormDefinition} refuses (validate outside input with it
 * first), `INVALID_OPTIONS` for bad options.
 *
 * @example
 * ```ts
 * import { builtinFormDefinitions, compileForm, parseForm } from '@alur/forms';
 * const base = builtinFormDefinitions['surat-permohonan'];
 * const edited = {
 *   ...base,
 *   fields: [...base.fields, { name: 'nomorTelepon', type: 'phone', kind: 'mobile', label: { id: 'Nomor telepon', en: 'Phone number' } }],
 * } as const;
 * const schema = compileForm(edited, { locale: 'en' });
 * parseForm(schema, {}).success; // false
 * ```
 */
export function compileForm<const TDefinition extends FormDefinition>(definition: TDefinition, options?: FormOptions): FormSchema<TDefinition> {
  let builder = builders.get(definition);
  if (!builder) {
    const problems = (locale: 'id' | 'en') => {
      const result = validateFormDefinition(definition, { locale });
      return result.success ? [] : result.problems;
    };
    const found = problems('id');
    if (found.length > 0) {
      const list = (items: readonly FormDefinitionProblem[]) => items.map((p) => p.message).join('; ');
      throw new FormsError(
        'INVALID_DEFINITION',
        { id: `Definisi formulir tidak sah: ${list(found)}`, en: `Invalid form definition: ${list(problems('en'))}` },
        { details: { problems: found } },
      );
    }
    const { title, fields, rules, sources } = definition;
    builder = (ctx) => compileGroup(ctx, { label: title, fields, ...(rules ? { rules } : {}) }, sources ? { sources } : {});
    builders.set(definition, builder);
  }
  return track(builder, options) as unknown as FormSchema<TDefinition>;
}
