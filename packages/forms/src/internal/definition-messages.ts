import type { Locale } from '../locale.js';
import type { TextArgs } from './messages.js';

type Template = (where: string, args: TextArgs) => string;

const text = (id: Template, en: Template) => ({ id, en });

/**
 * Every problem `validateFormDefinition` can report, in both languages; `where` names the
 * place in the definition (`Isian "contact.email" (label.id)`).
 */
export const definitionTexts = {
  required: text(
    (w) => `${w} wajib diisi`,
    (w) => `${w} is required`,
  ),
  notObject: text(
    (w) => `${w} harus berupa objek`,
    (w) => `${w} must be an object`,
  ),
  blank: text(
    (w) => `${w} tidak boleh kosong`,
    (w) => `${w} must not be empty`,
  ),
  unknownType: text(
    (w, a) => `${w} memakai jenis isian "${a.given}" yang tidak dikenal; pilih salah satu dari: ${a.values}`,
    (w, a) => `${w} has an unknown field type "${a.given}"; use one of: ${a.values}`,
  ),
  missingType: text(
    (w, a) => `${w} wajib diisi; pilih jenis isian salah satu dari: ${a.values}`,
    (w, a) => `${w} is required; choose a field type among: ${a.values}`,
  ),
  unknownRule: text(
    (w, a) => `${w} memakai aturan "${a.given}" yang tidak dikenal; pilih salah satu dari: ${a.values}`,
    (w, a) => `${w} has an unknown rule "${a.given}"; use one of: ${a.values}`,
  ),
  unknownKeys: text(
    (w, a) => `${w} memuat pengaturan yang tidak dikenal${a.type ? ` untuk jenis ${a.type}` : ''}: ${a.keys}`,
    (w, a) => `${w} has settings unknown${a.type ? ` to type ${a.type}` : ''}: ${a.keys}`,
  ),
  badName: text(
    (w, a) =>
      `${w} tidak sah: "${a.given}"; nama isian harus lowerCamelCase (huruf dan angka, diawali huruf kecil, paling banyak 64 karakter), misalnya nomorTelepon`,
    (w, a) =>
      `${w} is invalid: "${a.given}"; a field name must be lowerCamelCase (letters and digits, starting with a lower-case letter, at most 64 characters), e.g. nomorTelepon`,
  ),
  badKey: text(
    (w, a) => `${w} tidak sah: "${a.given}"; key harus huruf kecil dan angka dipisah tanda -, misalnya surat-permohonan`,
    (w, a) => `${w} is invalid: "${a.given}"; a key must be lower-case letters and digits separated by -, e.g. surat-permohonan`,
  ),
  badOptionValue: text(
    (w, a) =>
      `${w} tidak sah: "${a.given}"; nilai pilihan harus huruf, angka dan tanda . _ - (diawali huruf atau angka, paling banyak 100 karakter), misalnya sangat-segera`,
    (w, a) =>
      `${w} is invalid: "${a.given}"; a choice value must be letters, digits and . _ - (starting with a letter or digit, at most 100 characters), e.g. sangat-segera`,
  ),
  duplicateName: text(
    (w, a) => `${w} memakai nama "${a.name}" yang sudah dipakai isian lain dalam kelompok yang sama`,
    (w, a) => `${w} uses the name "${a.name}", which another field of the same group already has`,
  ),
  duplicateOption: text(
    (w, a) => `${w} memakai nilai "${a.value}" yang sudah dipakai pilihan lain`,
    (w, a) => `${w} uses the value "${a.value}", which another choice already has`,
  ),
  noOptions: text(
    (w) => `${w} harus memiliki minimal satu pilihan (options)`,
    (w) => `${w} must have at least one choice (options)`,
  ),
  noFields: text(
    (w) => `${w} harus memiliki minimal satu isian (fields)`,
    (w) => `${w} must have at least one field (fields)`,
  ),
  minAboveMax: text(
    (w, a) => `${w}: min (${a.min}) lebih besar dari max (${a.max})`,
    (w, a) => `${w}: min (${a.min}) is greater than max (${a.max})`,
  ),
  badDefault: text(
    (w, a) => `${w} tidak sah: ${a.reason}`,
    (w, a) => `${w} is invalid: ${a.reason}`,
  ),
  ruleUnknownField: text(
    (w, a) => `${w} merujuk isian "${a.name}" yang tidak ada dalam kelompok ini`,
    (w, a) => `${w} refers to a field "${a.name}" that this group does not have`,
  ),
  ruleSameField: text(
    (w, a) => `${w} membandingkan isian "${a.name}" dengan dirinya sendiri`,
    (w, a) => `${w} compares the field "${a.name}" with itself`,
  ),
  ruleNotComparable: text(
    (w, a) =>
      `${w} hanya dapat membandingkan dua isian date atau dua isian time; "${a.field}" berjenis ${a.fieldType} dan "${a.other}" berjenis ${a.otherType}`,
    (w, a) => `${w} can only compare two date fields or two time fields; "${a.field}" is of type ${a.fieldType} and "${a.other}" of type ${a.otherType}`,
  ),
  ruleTargetRequired: text(
    (w, a) => `${w} hanya berlaku untuk isian yang tidak wajib (required: false); "${a.name}" sudah wajib diisi`,
    (w, a) => `${w} only applies to a field that is not required (required: false); "${a.name}" is already required`,
  ),
  ruleNotChoice: text(
    (w, a) => `${w} harus merujuk isian choice atau choices; "${a.name}" berjenis ${a.type}`,
    (w, a) => `${w} must refer to a choice or choices field; "${a.name}" is of type ${a.type}`,
  ),
  ruleUnknownOption: text(
    (w, a) => `${w} merujuk pilihan "${a.value}" yang tidak ada pada isian "${a.name}"`,
    (w, a) => `${w} refers to a choice "${a.value}" that the field "${a.name}" does not have`,
  ),
  unreadable: text(
    (w, a) => `${w} tidak dapat dibaca (${a.reason}); kirim data JSON biasa`,
    (w, a) => `${w} cannot be read (${a.reason}); send plain JSON data`,
  ),
} satisfies Record<string, { id: Template; en: Template }>;

export type DefinitionTextKey = keyof typeof definitionTexts;

/** The problem `key` at the place `where`, in `locale`. */
export function definitionMessage(locale: Locale, key: DefinitionTextKey, where: string, args: TextArgs = {}): string {
  return definitionTexts[key][locale](where, args);
}
