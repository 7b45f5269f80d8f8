import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/content/format-date';
import { changeLanguage, initI18n } from '../../src/i18n/i18n';

describe('formatDate', () => {
  it('writes dates the way each language does, without shifting the day', async () => {
    await initI18n('en');
    expect(formatDate('2025-05-12', i18next.t)).toBe('May 12, 2025');
    expect(formatDate('2026-01-01', i18next.t)).toBe('January 1, 2026');
    expect(formatDate('2025-04', i18next.t)).toBe('April 2025');
    await changeLanguage('es');
    expect(formatDate('2025-05-12', i18next.t)).toBe('12 de mayo de 2025');
    expect(formatDate('2026-12-31', i18next.t)).toBe('31 de diciembre de 2026');
    expect(formatDate('2025-06', i18next.t)).toBe('junio de 2025');
  });
});
