// The shapes the form editor works on: a form definition of `@alur/forms` as plain editable data.

/** A text in Bahasa Indonesia and English. */
export interface Text {
  id: string;
  en: string;
}
/** A field (or a list's item, without name) as the editor changes it. */
export interface Field {
  name?: string;
  type: string;
  label: Text;
  required?: boolean;
  note?: Text;
  kind?: string;
  max?: number;
  min?: number;
  official?: boolean;
  minimumIII?: boolean;
  options?: { value: string; label: Text }[];
  fields?: Field[];
  item?: Field;
  [other: string]: unknown;
}
/** A problem of the definition, at its path, in the admin's language. */
export interface Problem {
  path: (string | number)[];
  message: string;
}
