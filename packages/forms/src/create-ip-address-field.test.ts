import { describe, expect, it } from 'vitest';
import { disagreements, messages } from '../test/support.js';
import { createIpAddressField } from './create-ip-address-field.js';

const address = createIpAddressField({ id: 'IP Aplikasi', en: 'Application IP' });
const network = createIpAddressField({ id: 'IP Jaringan', en: 'Network IP' }, { network: true });

const inputs = {
  ipv4: '103.10.20.30',
  ipv4Padded: ' 10.10.1.5 ',
  ipv4Octet256: '10.1.2.256',
  ipv4LeadingZero: '10.01.2.3',
  ipv4ThreeParts: '10.1.2',
  ipv6: '2001:db8::1',
  ipv6Upper: '2001:DB8:0:0:0:0:0:1',
  ipv6Loopback: '::1',
  ipv6TwoGaps: '2001::db8::1',
  cidr4: '10.10.1.0/24',
  cidr4Prefix33: '10.10.1.0/33',
  cidr6: '2001:db8::/48',
  hostname: 'layanan.babelprov.go.id',
};

describe('createIpAddressField', () => {
  it('accepts IPv4 and IPv6 (lower-cased); the network field also CIDR blocks', () => {
    expect(address.parse('103.10.20.30')).toBe('103.10.20.30');
    expect(address.parse('2001:DB8::1')).toBe('2001:db8::1');
    expect(network.parse(' 10.10.1.0/24 ')).toBe('10.10.1.0/24');
    expect(address.safeParse('10.10.1.0/24').success).toBe(false);
  });

  it('names the field, in Bahasa Indonesia and English', () => {
    expect({
      ...messages(address, { 'octet 256': '10.1.2.256', hostname: 'layanan.babelprov.go.id' }),
      ...messages(network, { 'prefix /33': '10.10.1.0/33' }),
    }).toMatchInlineSnapshot(`
      {
        "hostname": [
          "id: IP Aplikasi harus alamat IPv4 atau IPv6 yang sah, misalnya 103.10.20.30",
          "en: Application IP must be a valid IPv4 or IPv6 address, e.g. 103.10.20.30",
        ],
        "octet 256": [
          "id: IP Aplikasi harus alamat IPv4 atau IPv6 yang sah, misalnya 103.10.20.30",
          "en: Application IP must be a valid IPv4 or IPv6 address, e.g. 103.10.20.30",
        ],
        "prefix /33": [
          "id: IP Jaringan harus alamat IPv4/IPv6 atau blok jaringan CIDR, misalnya 10.20.30.0/24",
          "en: Network IP must be an IPv4/IPv6 address or a CIDR network, e.g. 10.20.30.0/24",
        ],
      }
    `);
  });

  it('JSON Schema accepts and refuses exactly what zod does', () => {
    expect(disagreements(address, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
    expect(disagreements(network, inputs)).toEqual({ onlyJsonAccepts: [], onlyZodAccepts: [] });
  });
});
