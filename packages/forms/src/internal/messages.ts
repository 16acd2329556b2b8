import type { Locale, LocalizedText } from '../locale.js';

/** Values a message may quote, already written in the message's language. */
export type TextArgs = Readonly<Record<string, string | number>>;

type Template = (label: string, args: TextArgs) => string;

const text = (id: Template, en: Template) => ({ id, en });

/**
 * The forms' own messages, in both languages; `label` is the field as the form prints it.
 * zod's built-in issues (a wrong type, a size, a choice) are worded by zod's locale instead
 * (see `zod-locale.ts`); a field left out keeps "wajib diisi".
 */
export const texts = {
  required: text(
    (l) => `${l} wajib diisi`,
    (l) => `${l} is required`,
  ),
  pickAtLeast: text(
    (l, a) => `${l} harus dipilih minimal ${a.min}`,
    (l, a) => `${l}: choose at least ${a.min}`,
  ),
  duplicate: text(
    (l) => `${l} tidak boleh memuat pilihan yang sama lebih dari sekali`,
    (l) => `${l} must not list the same choice twice`,
  ),
  mustAccept: text(
    (l) => `${l} harus disetujui`,
    (l) => `${l} must be accepted`,
  ),
  date: text(
    (l) => `${l} harus tanggal yang ada dengan format YYYY-MM-DD, misalnya 2023-04-10`,
    (l) => `${l} must be an existing date in YYYY-MM-DD format, e.g. 2023-04-10`,
  ),
  time: text(
    (l) => `${l} harus jam dengan format JJ:MM, misalnya 09:00`,
    (l) => `${l} must be a time in HH:MM format, e.g. 09:00`,
  ),
  nipFormat: text(
    (l) => `${l} harus 18 digit angka, boleh dipisah spasi seperti 19750121 200212 2 001`,
    (l) => `${l} must be 18 digits, optionally spaced like 19750121 200212 2 001`,
  ),
  nipBirthDate: text(
    (l) => `${l} tidak sah: 8 digit pertama harus tanggal lahir yang ada (YYYYMMDD, tahun 1900–2099)`,
    (l) => `${l} is invalid: the first 8 digits must be an existing date of birth (YYYYMMDD, years 1900–2099)`,
  ),
  nipTmt: text(
    (l) => `${l} tidak sah: digit ke-9 sampai ke-14 harus tahun dan bulan TMT pengangkatan (YYYYMM, bulan 01–12)`,
    (l) => `${l} is invalid: digits 9 to 14 must be the year and month of appointment (TMT, YYYYMM, month 01–12)`,
  ),
  nipGender: text(
    (l) => `${l} tidak sah: digit ke-15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)`,
    (l) => `${l} is invalid: digit 15 (sex) must be 1 (male) or 2 (female)`,
  ),
  nipSequence: text(
    (l) => `${l} tidak sah: 3 digit terakhir (nomor urut) harus 001 sampai 999`,
    (l) => `${l} is invalid: the last 3 digits (sequence number) must be 001 to 999`,
  ),
  nipTmtAge: text(
    (l, a) => `${l} tidak sah: TMT ${a.tmt} harus pada usia 18 sampai 59 tahun menurut tanggal lahir ${a.birthDate}`,
    (l, a) => `${l} is invalid: the appointment (TMT) ${a.tmt} must fall at age 18 to 59 given the date of birth ${a.birthDate}`,
  ),
  mobilePhone: text(
    (l) => `${l} harus nomor HP Indonesia (diawali 08, 628 atau +628), misalnya 0821-8064-0997`,
    (l) => `${l} must be an Indonesian mobile number (starting 08, 628 or +628), e.g. 0821-8064-0997`,
  ),
  landlinePhone: text(
    (l) => `${l} harus nomor telepon lengkap dengan kode area, misalnya (0717) 426 2141`,
    (l) => `${l} must be a phone number with its area code, e.g. (0717) 426 2141`,
  ),
  internalPhone: text(
    (l) => `${l} harus nomor telepon dengan kode area, misalnya (0717) 426 2141, atau nomor extension 2–6 digit`,
    (l) => `${l} must be a phone number with its area code, e.g. (0717) 426 2141, or a 2–6 digit extension`,
  ),
  email: text(
    (l) => `${l} harus alamat email yang sah, misalnya nama@kominfo.babelprov.go.id`,
    (l) => `${l} must be a valid email address, e.g. nama@kominfo.babelprov.go.id`,
  ),
  officialEmail: text(
    (l, a) => `${l} harus email kedinasan (domain ${a.domains}, termasuk subdomainnya), bukan email pribadi`,
    (l, a) => `${l} must be an official email (on ${a.domains}, subdomains included), not a personal email`,
  ),
  ipAddress: text(
    (l) => `${l} harus alamat IPv4 atau IPv6 yang sah, misalnya 103.10.20.30`,
    (l) => `${l} must be a valid IPv4 or IPv6 address, e.g. 103.10.20.30`,
  ),
  ipOrNetwork: text(
    (l) => `${l} harus alamat IPv4/IPv6 atau blok jaringan CIDR, misalnya 10.20.30.0/24`,
    (l) => `${l} must be an IPv4/IPv6 address or a CIDR network, e.g. 10.20.30.0/24`,
  ),
  eselon: text(
    (l) => `${l} harus eselon I, II, III atau IV dengan a/b, misalnya III.a`,
    (l) => `${l} must be eselon I, II, III or IV with a/b, e.g. III.a`,
  ),
  eselonMinimum: text(
    (l, a) => `${l} harus minimal eselon III (III.b atau lebih tinggi); eselon ${a.given} tidak memenuhi`,
    (l, a) => `${l} must be eselon III or higher (III.b or above); eselon ${a.given} does not qualify`,
  ),
  letterNumber: text(
    (l) => `${l} tidak sah: tulis nomor surat seperti 555/568/DKIST/2021 (memuat angka; huruf, angka, spasi dan tanda / . - ( ) , : & _)`,
    (l) => `${l} is invalid: write a letter number like 555/568/DKIST/2021 (with a digit; letters, digits, spaces and / . - ( ) , : & _)`,
  ),
  ticketId: text(
    (l) => `${l} hanya boleh huruf, angka dan tanda . / _ -, paling banyak 50 karakter`,
    (l) => `${l} may only hold letters, digits and . / _ -, at most 50 characters`,
  ),
  workingDays: text(
    (l) => `${l} harus jumlah hari kerja, misalnya 30-40 Hari Kerja atau 35 Hari Kerja`,
    (l) => `${l} must be a number of working days, e.g. 30-40 Hari Kerja or 35 Hari Kerja`,
  ),
  workingDaysOrder: text(
    (l, a) => `${l} tidak sah: batas bawah ${a.low} lebih besar dari batas atas ${a.high}`,
    (l, a) => `${l} is invalid: the lower bound ${a.low} is greater than the upper bound ${a.high}`,
  ),
  after: text(
    (l, a) => `${l} harus setelah ${a.other}`,
    (l, a) => `${l} must be after the ${a.other}`,
  ),
  notBefore: text(
    (l, a) => `${l} tidak boleh sebelum ${a.other}`,
    (l, a) => `${l} must not be before the ${a.other}`,
  ),
  requiredWhen: text(
    (l, a) => `${l} wajib diisi jika ${a.condition}`,
    (l, a) => `${l} is required when ${a.condition}`,
  ),
} satisfies Record<string, { id: Template; en: Template }>;

export type TextKey = keyof typeof texts;

/** The message `key` for the field `label`, in `locale`. */
export function message(locale: Locale, key: TextKey, label: LocalizedText, args: TextArgs = {}): string {
  return texts[key][locale](label[locale], args);
}

/** Joins choices the way each language lists alternatives: `a, b atau c` / `a, b or c`. */
export function orList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'id' ? 'atau' : 'or'} ${items.at(-1)}`;
}
