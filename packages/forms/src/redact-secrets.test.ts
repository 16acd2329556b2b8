import { describe, expect, it } from 'vitest';
import { feasibilityTest } from '../test/fixtures.js';
import { FeasibilityTestForm } from './feasibility-test-form.js';
import { defineSchema } from './internal/define-schema.js';
import { group, list, t, text } from './internal/fields.js';
import { redactSecrets } from './redact-secrets.js';

// A list of accounts, to show redaction reaches into lists and nested blocks.
const Accounts = defineSchema((ctx) =>
  group(ctx, t('Akun', 'Accounts'), {
    owner: text(ctx, t('Pemilik', 'Owner')),
    accounts: list(
      ctx,
      t('Daftar akun', 'Accounts'),
      group(ctx, t('Akun', 'Account'), {
        role: text(ctx, t('Peran', 'Role')),
        login: group(ctx, t('Login', 'Login'), { user: text(ctx, t('User', 'User')), password: text(ctx, t('Password', 'Password'), { secret: true }) }),
      }),
      1,
    ),
  }),
)();

describe('redactSecrets', () => {
  it('replaces the application user and password of a parsed Uji Kelayakan form, leaving the rest and the original alone', () => {
    const parsed = FeasibilityTestForm.parse(feasibilityTest);
    const redacted = redactSecrets(FeasibilityTestForm, parsed);
    expect(redacted.applicationAccount).toEqual({ username: '[REDACTED]', password: '[REDACTED]' });
    expect(redacted.structuralPic).toEqual(parsed.structuralPic);
    expect(parsed.applicationAccount.password).toBe('R4hasia!Uji');
  });

  it('reaches into lists and nested blocks, on raw input too, keeping unknown keys', () => {
    const input = {
      owner: 'Diskominfo',
      extra: 1,
      accounts: [
        { role: 'admin', login: { user: 'root', password: 'p1' } },
        { role: 'operator', login: { user: 'op', password: 'p2' } },
      ],
    };
    expect(redactSecrets(Accounts, input)).toEqual({
      owner: 'Diskominfo',
      extra: 1,
      accounts: [
        { role: 'admin', login: { user: 'root', password: '[REDACTED]' } },
        { role: 'operator', login: { user: 'op', password: '[REDACTED]' } },
      ],
    });
  });

  it('leaves secret fields out with omit, or uses another replacement', () => {
    expect(redactSecrets(FeasibilityTestForm, { applicationAccount: { username: 'u', password: 'p' } }, { omit: true })).toEqual({ applicationAccount: {} });
    expect(redactSecrets(FeasibilityTestForm, { applicationAccount: { username: 'u', password: 'p' } }, { replacement: '***' })).toEqual({
      applicationAccount: { username: '***', password: '***' },
    });
    expect(redactSecrets(FeasibilityTestForm, 'not an object')).toBe('not an object');
  });
});
