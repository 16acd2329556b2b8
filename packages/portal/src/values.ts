/** Whether a form value holds anything a person typed or picked (empty texts, lists and `false` do not count). */
export const filled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : value && typeof value === 'object'
      ? Object.values(value).some(filled)
      : value !== undefined && value !== null && value !== '' && value !== false;
