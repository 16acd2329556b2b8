import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { builtinFormDefinitions } from './builtin-form-definitions.js';
import { compileForm } from './compile-form.js';
import { createDocumentCatalog, type DocumentCatalog, type DocumentData } from './document-catalog.js';
import type { FormDefinition } from './form-definition.js';

const label = { id: 'Label', en: 'Label' };

describe('compileForm types', () => {
  it('types a const definition field by field: required, optional, default, choices, lists and groups', () => {
    const schema = compileForm({
      key: 'contoh',
      title: label,
      fields: [
        { name: 'name', type: 'text', label },
        { name: 'note', type: 'text', required: false, label },
        { name: 'count', type: 'integer', min: 0, max: 9, label },
        { name: 'agree', type: 'accept', label },
        {
          name: 'nature',
          type: 'choice',
          label,
          options: [
            { value: 'biasa', label },
            { value: 'segera', label },
          ],
          default: 'biasa',
        },
        { name: 'tags', type: 'choices', label, options: [{ value: 'a', label }] },
        { name: 'people', type: 'list', label, item: { type: 'group', label, fields: [{ name: 'nip', type: 'nip', required: false, label }] } },
        { name: 'days', type: 'workingDays', label, default: '5 Hari Kerja' },
      ],
    });
    expectTypeOf<z.output<typeof schema>>().toEqualTypeOf<{
      name: string;
      note?: string | undefined;
      count: number;
      agree: true;
      nature: 'biasa' | 'segera';
      tags: 'a'[];
      people: { nip?: string | undefined }[];
      days: string;
    }>();
    expectTypeOf<z.input<typeof schema>['nature']>().toEqualTypeOf<'biasa' | 'segera' | undefined>();
    expectTypeOf(schema.shape.people.element.shape.nip).toEqualTypeOf<z.ZodOptional<z.ZodString>>();
  });

  it('types a definition known only at run time as a record', () => {
    const loaded = JSON.parse('{}') as FormDefinition;
    expectTypeOf<z.output<ReturnType<typeof compileForm<typeof loaded>>>>().toEqualTypeOf<Record<string, unknown>>();
  });
});

describe('createDocumentCatalog with definitions', () => {
  it('keeps the built-in types without definitions', () => {
    expectTypeOf(createDocumentCatalog({ locale: 'en' })).toEqualTypeOf<DocumentCatalog>();
  });

  it('types a replaced document from its definition, and leaves the others', () => {
    const base = builtinFormDefinitions['surat-permohonan'];
    const phone = { name: 'nomorTelepon', type: 'phone', kind: 'landline', label } as const;
    const catalog = createDocumentCatalog({ definitions: { 'surat-permohonan': { ...base, fields: [...base.fields, phone] } } });
    expectTypeOf<z.output<(typeof catalog)['surat-permohonan']['schema']>>().toEqualTypeOf<
      { nomorTelepon: string } & DocumentData<'surat-permohonan'> extends infer T ? { [K in keyof T]: T[K] } : never
    >();
    expectTypeOf(catalog.kak).toEqualTypeOf<DocumentCatalog['kak']>();
    const loaded = createDocumentCatalog({ definitions: { kak: JSON.parse('{}') as FormDefinition } });
    expectTypeOf<z.output<(typeof loaded)['kak']['schema']>>().toEqualTypeOf<Record<string, unknown>>();
  });
});
