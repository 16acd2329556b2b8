import { describe, expect, it } from 'vitest';
import { documentCatalog, documentKeys } from './document-catalog.js';
import { defineSchema } from './internal/define-schema.js';
import { group, list, t, text } from './internal/fields.js';
import { listSecretPaths } from './list-secret-paths.js';

describe('listSecretPaths', () => {
  it('finds the only secrets of the seeds’ forms: the Uji Kelayakan application user and password', () => {
    const secrets = Object.fromEntries(
      documentKeys.flatMap((key) => {
        const paths = listSecretPaths(documentCatalog[key].schema);
        return paths.length > 0 ? [[key, paths] as const] : [];
      }),
    );
    expect(secrets).toEqual({ 'formulir-uji-kelayakan': ['applicationAccount.username', 'applicationAccount.password'] });
  });

  it('writes list items as [*]', () => {
    const schema = defineSchema((ctx) =>
      group(ctx, t('A', 'A'), { items: list(ctx, t('B', 'B'), group(ctx, t('C', 'C'), { token: text(ctx, t('Token', 'Token'), { secret: true }) }), 1) }),
    )();
    expect(listSecretPaths(schema)).toEqual(['items[*].token']);
  });
});
