import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Encrypts form secrets before they are stored, and decrypts them for an audited reveal. */
export interface SecretBox {
  /** The value as stored: `alur:v1:<iv>:<tag>:<ciphertext>` (AES-256-GCM, base64url parts). */
  seal(value: Record<string, unknown>): string;
  /** The stored value (`seal`'s text, or `{ sealed }` as the column keeps it) decrypted; `null` for nothing stored. Plain JSON from before encryption is read as it is. */
  open(stored: unknown): Record<string, unknown> | null;
  /** Where the key comes from, for the log. */
  readonly source: 'ALUR_SECRETS_KEY' | 'SECRET';
}

const PREFIX = 'alur:v1:';

/** Reads a 32-byte key written as 64 hex digits or base64/base64url. */
function parseKey(raw: string): Buffer | undefined {
  const value = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 32 ? bytes : undefined;
}

/**
 * The box for this service: the key from `ALUR_SECRETS_KEY` (`npm start` generates one into
 * `data/secrets-key`, mode 0600), or, in a Directus that does not set it, derived from
 * Directus' `SECRET` (then rotating `SECRET` makes stored secrets unreadable: set the key).
 */
export function secretBox(env: Record<string, unknown>): SecretBox {
  const raw = env['ALUR_SECRETS_KEY'];
  let key: Buffer;
  let source: SecretBox['source'];
  if (typeof raw === 'string' && raw !== '') {
    const parsed = parseKey(raw);
    if (!parsed) throw new Error('alur: ALUR_SECRETS_KEY harus 32 byte (64 digit heksadesimal atau base64) (must be 32 bytes: 64 hex digits or base64)');
    key = parsed;
    source = 'ALUR_SECRETS_KEY';
  } else {
    const secret = String(env['SECRET'] ?? '');
    if (secret === '') throw new Error('alur: ALUR_SECRETS_KEY atau SECRET diperlukan untuk menyimpan rahasia formulir (needed to store form secrets)');
    key = Buffer.from(hkdfSync('sha256', secret, 'alur', 'alur form secrets v1', 32));
    source = 'SECRET';
  }
  return {
    source,
    seal(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return `${PREFIX}${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${data.toString('base64url')}`;
    },
    open(value) {
      if (value === null || value === undefined) return null;
      // Stored as `{ sealed }` (a JSON column gives a bare string back as text on SQLite but parsed on Postgres).
      const stored = typeof value === 'object' && typeof (value as { sealed?: unknown }).sealed === 'string' ? (value as { sealed: string }).sealed : value;
      if (typeof stored !== 'string' || !stored.startsWith(PREFIX)) return typeof stored === 'object' ? (stored as Record<string, unknown>) : null;
      const [iv, tag, data] = stored.slice(PREFIX.length).split(':');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url'));
      decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64url')), decipher.final()]).toString('utf8');
      return JSON.parse(plain) as Record<string, unknown>;
    },
  };
}
