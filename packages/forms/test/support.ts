import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { z } from 'zod';
import { parseForm, toFormJsonSchema } from '../src/index.js';

// ajv-formats is CommonJS; its default export arrives wrapped once more under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** A copy of `base` with the value at the dotted `path` replaced, or removed when `value` is `REMOVE`. */
export const REMOVE = Symbol('remove');
export function withValue<T>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? '';
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy as T;
}

/**
 * Each bad input's issues in both languages, one line per issue (`path: message`), Bahasa
 * Indonesia first: the table the inline snapshots pin.
 */
export function messages(schema: z.ZodType, cases: Readonly<Record<string, unknown>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, input] of Object.entries(cases)) {
    out[name] = (['id', 'en'] as const).flatMap((locale) => {
      const result = parseForm(schema, input, { locale });
      if (result.success) return [`${locale}: (accepted)`];
      return result.issues.map((issue) => `${locale}${issue.path.length > 0 ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`);
    });
  }
  return out;
}

/** A strict ajv (draft 2020-12, with formats) for the package's JSON Schemas. */
export function jsonValidator(schema: z.ZodType, io: 'input' | 'output' = 'input') {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('x-alur');
  return ajv.compile(toFormJsonSchema(schema, { io }));
}

/**
 * Runs every input through zod and through the JSON Schema (ajv) and returns the names of
 * the inputs on which they disagree, by who accepts.
 */
export function disagreements(schema: z.ZodType, inputs: Readonly<Record<string, unknown>>) {
  const validate = jsonValidator(schema);
  const onlyJsonAccepts: string[] = [];
  const onlyZodAccepts: string[] = [];
  for (const [name, input] of Object.entries(inputs)) {
    const zod = schema.safeParse(input).success;
    const json = validate(structuredClone(input));
    if (json && !zod) onlyJsonAccepts.push(name);
    if (zod && !json) onlyZodAccepts.push(name);
  }
  return { onlyJsonAccepts, onlyZodAccepts };
}
