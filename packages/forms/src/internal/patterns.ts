// Every pattern here is used twice: by zod at runtime and, through `.regex()`, as a JSON
// Schema `pattern` (ECMAScript syntax, which ajv compiles with the `u` flag). So: no flags,
// no lookbehind, no escapes that the `u` flag refuses.

const year = '(?:19|20)[0-9]{2}';
const monthDay = '(?:(?:0[13578]|1[02])(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)(?:0[1-9]|[12][0-9]|30)|02(?:0[1-9]|1[0-9]|2[0-8]))';
const leapDay = '(?:(?:19|20)(?:0[48]|[2468][048]|[13579][26])|2000)0229';
const birthDate = `(?:${year}${monthDay}|${leapDay})`;
const tmt = `${year}(?:0[1-9]|1[0-2])`;
const sequence = '(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})';

/** The NIP's four parts, spaces allowed only between them (as printed: `19750121 200212 2 001`). */
export const NIP_LAYOUT = /^\s*([0-9]{8}) *([0-9]{6}) *([0-9]) *([0-9]{3})\s*$/;

/**
 * A NIP whose every part is valid on its own: an existing birth date 1900–2099 (leap years
 * included), TMT month 01–12, sex digit 1/2, sequence 001–999. Only the relation between
 * birth date and TMT is left to code.
 */
export const NIP_PATTERN = new RegExp(`^\\s*${birthDate} *${tmt} *[12] *${sequence}\\s*$`);

const separator = '[ ().\u2013\u2014-]';
const countryOrTrunk = '\\(?(?:\\+62|62|0)';
const mobileBody = `${countryOrTrunk}${separator}*8(?:${separator}*[0-9]){8,11}`;
const landlineBody = `${countryOrTrunk}${separator}*[2-79](?:${separator}*[0-9]){6,10}`;
const extension = '(?:(?:ext|Ext|EXT|psw|Psw|PSW)\\.? *)?[0-9]{2,6}';

/** Indonesian mobile: 08…, 628… or +628…, 9–12 digits after the country code, separators allowed. */
export const MOBILE_PATTERN = new RegExp(`^\\s*${mobileBody}\\s*$`);
/** Indonesian landline with its area code (not 8, which is mobile), e.g. `0717 – 426 2141`. */
export const LANDLINE_PATTERN = new RegExp(`^\\s*${landlineBody}\\s*$`);
/** An office line: a landline with area code, or a 2–6 digit extension (`ext. 214`). */
export const INTERNAL_PHONE_PATTERN = new RegExp(`^\\s*(?:${landlineBody}|${extension})\\s*$`);

const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const domain = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}';
/** A plain email address (no quoted local parts, no IP literals). */
export const EMAIL_PATTERN = new RegExp(`^\\s*${atom}(?:\\.${atom})*@${domain}\\s*$`);

/** A hostname as an option value: lower-case labels separated by dots. */
export const DOMAIN_OPTION = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** An email whose domain is one of `domains` or a subdomain of one, letters in any case. */
export function officialEmailPattern(domains: readonly string[]): RegExp {
  const anyCase = (name: string): string => [...name].map((c) => (c === '.' ? '\\.' : /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
  return new RegExp(`^[^@]*@(?:[^@]*\\.)?(?:${domains.map(anyCase).join('|')})\\s*$`);
}

const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const ipv4 = `${octet}(?:\\.${octet}){3}`;
const h = '[0-9a-fA-F]{1,4}';
const ipv6 =
  `(?:(?:${h}:){7}${h}|(?:${h}:){1,7}:|(?:${h}:){1,6}:${h}|(?:${h}:){1,5}(?::${h}){1,2}|(?:${h}:){1,4}(?::${h}){1,3}` +
  `|(?:${h}:){1,3}(?::${h}){1,4}|(?:${h}:){1,2}(?::${h}){1,5}|${h}:(?::${h}){1,6}|:(?:(?::${h}){1,7}|:))`;

/** An IPv4 address (dotted decimal, no leading zeros) or an IPv6 address (hex groups, `::` allowed). */
export const IP_PATTERN = new RegExp(`^\\s*(?:${ipv4}|${ipv6})\\s*$`);
/** An IP address, or a network in CIDR notation (`10.20.30.0/24`, `2001:db8::/48`). */
export const IP_OR_CIDR_PATTERN = new RegExp(`^\\s*(?:${ipv4}(?:/(?:3[0-2]|[12]?[0-9]))?|${ipv6}(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)\\s*$`);

const eselonPrefix = '(?:[Ee][Ss][Ee][Ll][Oo][Nn] *)?';
/** Eselon I–IV with a/b, written `III.a`, `III/a`, `III a`, `IIIa`, `3a`, optionally after the word "eselon". */
export const ESELON_LAYOUT = /^\s*(?:[Ee][Ss][Ee][Ll][Oo][Nn] *)?([Ii][Vv]|[Ii]{1,3}|[1-4]) *[./-]? *([aAbB])\s*$/;
export const ESELON_PATTERN = new RegExp(`^\\s*${eselonPrefix}(?:[Ii][Vv]|[Ii]{1,3}|[1-4]) *[./-]? *[aAbB]\\s*$`);
/** "Minimal eselon III": I, II or III (IV is below). */
export const ESELON_III_OR_HIGHER_PATTERN = new RegExp(`^\\s*${eselonPrefix}(?:[Ii]{1,3}|[1-3]) *[./-]? *[aAbB]\\s*$`);

/** A letter number kept as text: starts with a letter or digit, holds a digit, usual punctuation only. */
export const LETTER_NUMBER_PATTERN = /^\s*(?=[^0-9]*[0-9])[A-Za-z0-9][A-Za-z0-9 ./()_,:&\u2013-]*\s*$/;

/** A service-desk ticket id. */
export const TICKET_PATTERN = /^\s*[A-Za-z0-9][A-Za-z0-9./_-]{0,49}\s*$/;

/** A number or range of working days as the seeds write it: `30-40 Hari Kerja`, `35 hari kerja`. */
export const WORKING_DAYS_LAYOUT = /^\s*([1-9][0-9]{0,2})(?: *[-\u2013] *([1-9][0-9]{0,2}))? +[Hh][Aa][Rr][Ii] +[Kk][Ee][Rr][Jj][Aa]\s*$/;

/** A clock time `HH:MM`, 00:00–23:59. */
export const TIME_PATTERN = /^\s*(?:[01][0-9]|2[0-3]):[0-5][0-9]\s*$/;

/** Holds at least one character that is not white space. */
export const NOT_BLANK = /\S/;
