import { describe, expect, it } from 'vitest';
import { examples } from '../test/fixtures.js';
import { disagreements, messages, REMOVE, withValue } from '../test/support.js';
import { describeFields } from './describe-fields.js';
import { SystemDocumentation } from './system-documentation.js';

const valid = examples['dokumentasi-sistem'];

const bad = {
  '1 missing': withValue(valid, 'diagrams', REMOVE),
  '7 user manual missing': withValue(valid, 'manuals.userUsage', REMOVE),
  '7 backup blank': withValue(valid, 'manuals.backupAndRestore', '  '),
  '8 missing': withValue(valid, 'securityImplementation', REMOVE),
};

describe('SystemDocumentation', () => {
  it('accepts a documentation with the eight points of seed 003', () => {
    expect(SystemDocumentation.parse(valid)).toEqual(valid);
    expect(describeFields(SystemDocumentation).filter((field) => field.type !== 'alias')).toHaveLength(12);
  });

  it('reports each missing point by its label, in Bahasa Indonesia and English', () => {
    expect(messages(SystemDocumentation, bad)).toMatchInlineSnapshot(`
      {
        "1 missing": [
          "id diagrams: 1. Diagram wajib diisi",
          "en diagrams: 1. Diagrams is required",
        ],
        "7 backup blank": [
          "id manuals.backupAndRestore: 7. Pemeliharaan melalui backup dan restore system wajib diisi",
          "en manuals.backupAndRestore: 7. Maintenance through system backup and restore is required",
        ],
        "7 user manual missing": [
          "id manuals.userUsage: 7. Penggunaan aplikasi oleh user wajib diisi",
          "en manuals.userUsage: 7. Use of the application by users is required",
        ],
        "8 missing": [
          "id securityImplementation: 8. Penerapan keamanan sistem wajib diisi",
          "en securityImplementation: 8. Security measures of the system is required",
        ],
      }
    `);
  });

  it('JSON Schema refuses the same inputs', () => {
    expect(disagreements(SystemDocumentation, { valid, ...bad })).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
