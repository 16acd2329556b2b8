import { DEFAULT_OFFICIAL_EMAIL_DOMAINS } from './form-options.js';
import { EMAIL_PATTERN } from './internal/patterns.js';

/**
 * Whether `email` is an "email kedinasan": a valid address whose domain is one of
 * `domains` or a subdomain of one (letters in any case; surrounding spaces ignored).
 * The default list is `go.id`, so `kominfo@babelprov.go.id` is official and
 * `lizda@gmail.com` is not.
 *
 * @example
 * ```ts
 * import { isOfficialEmail } from '@alur/forms';
 * isOfficialEmail('diskominfotik@sumbarprov.go.id'); // true
 * isOfficialEmail('lizda@gmail.com'); // false
 * isOfficialEmail('kades@sukamaju.desa.id', ['go.id', 'desa.id']); // true
 * ```
 */
export function isOfficialEmail(email: string, domains: readonly string[] = DEFAULT_OFFICIAL_EMAIL_DOMAINS): boolean {
  if (!EMAIL_PATTERN.test(email)) return false;
  const host = email
    .trim()
    .slice(email.trim().lastIndexOf('@') + 1)
    .toLowerCase();
  return domains.some((d) => {
    const domain = d.trim().toLowerCase().replace(/^\./, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}
