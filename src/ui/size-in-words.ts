/** "2.4 MB", "830 KB": the size the person recognises (a record's photos, the media backup file). */
export function sizeInWords(bytes: number, language: string): string {
  const format = (value: number, unit: 'megabyte' | 'kilobyte') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  return bytes >= 1_000_000
    ? format(bytes / 1_000_000, 'megabyte')
    : format(Math.max(1, Math.round(bytes / 1000)), 'kilobyte');
}
