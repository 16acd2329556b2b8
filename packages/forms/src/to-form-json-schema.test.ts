import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { jsonValidator } from '../test/support.js';
import { ApplicationDevelopmentForm } from './application-development-form.js';
import { documentCatalog, documentKeys } from './document-catalog.js';
import { FeasibilityTestForm } from './feasibility-test-form.js';
import { NIP_PATTERN } from './internal/patterns.js';
import { toFormJsonSchema } from './to-form-json-schema.js';

type Json = Record<string, unknown> & { properties?: Record<string, Json> };

describe('toFormJsonSchema', () => {
  it('exports every document in both directions, and a strict ajv compiles each', () => {
    for (const key of documentKeys) {
      for (const io of ['input', 'output'] as const) expect(() => jsonValidator(documentCatalog[key].schema, io), `${key} ${io}`).not.toThrow();
    }
  });

  it('accepts every seed example as input, and the parsed value as output', () => {
    for (const key of documentKeys) {
      const schema = documentCatalog[key].schema;
      expect(jsonValidator(schema, 'input')(structuredClone(examples[key])), key).toBe(true);
      expect(jsonValidator(schema, 'output')(structuredClone(schema.parse(examples[key]))), key).toBe(true);
    }
  });

  it('annotates labelled nodes: title, description, writeOnly for secrets, x-alur with both labels', () => {
    const json = toFormJsonSchema(FeasibilityTestForm) as Json;
    expect(json.title).toBe('Formulir Layanan Uji Kelayakan Aplikasi');
    expect(json.properties?.applicationAccount?.properties?.password).toMatchInlineSnapshot(`
      {
        "maxLength": 200,
        "pattern": "\\S",
        "title": "Password aplikasi",
        "type": "string",
        "writeOnly": true,
        "x-alur": {
          "label": {
            "en": "Application password",
            "id": "Password aplikasi",
          },
          "secret": true,
        },
      }
    `);
    expect([json.if, json.then, json.properties?.testTypes?.uniqueItems]).toMatchInlineSnapshot(`
      [
        {
          "properties": {
            "testTypes": {
              "contains": {
                "const": "stress-test",
              },
              "type": "array",
            },
          },
          "required": [
            "testTypes",
          ],
          "type": "object",
        },
        {
          "properties": {
            "loadTest": true,
          },
          "required": [
            "loadTest",
          ],
          "type": "object",
        },
        true,
      ]
    `);
  });

  it('gives a NIP the full part-by-part pattern zod checks first', () => {
    const nip = (toFormJsonSchema(ApplicationDevelopmentForm) as Json).properties?.structuralPic?.properties?.nip;
    expect(nip?.pattern).toBe(NIP_PATTERN.source);
  });

  it('makes a field with a default optional on input and required on output', () => {
    const input = toFormJsonSchema(ApplicationDevelopmentForm) as Json & { required: string[] };
    const output = toFormJsonSchema(ApplicationDevelopmentForm, { io: 'output' }) as Json & { required: string[] };
    expect([input.required.includes('estimatedDuration'), output.required.includes('estimatedDuration')]).toEqual([false, true]);
    expect(input.properties?.estimatedDuration?.default).toBe('30-40 Hari Kerja');
  });
});
