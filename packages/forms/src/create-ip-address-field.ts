import type { FormOptions } from './form-options.js';
import { track } from './internal/define-schema.js';
import { ipAddress } from './internal/fields.js';
import type { LocalizedText } from './locale.js';

/**
 * A zod schema for an IP address field labelled `label`: IPv4 (dotted decimal, no leading
 * zeros) or IPv6 (hex groups, `::` allowed), and with `network: true` also a CIDR block.
 * Trimmed and lower-cased.
 *
 * @example
 * ```ts
 * import { createIpAddressField } from '@alur/forms';
 * const field = createIpAddressField({ id: 'IP Jaringan', en: 'Network IP' }, { network: true });
 * field.parse('10.20.30.0/24'); // '10.20.30.0/24'
 * field.parse('2001:DB8::/48'); // '2001:db8::/48'
 * ```
 */
export function createIpAddressField(label: LocalizedText, options: FormOptions & { readonly network?: boolean } = {}) {
  return track((ctx) => ipAddress(ctx, label, options.network ? { network: true } : {}), options);
}
