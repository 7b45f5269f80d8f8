// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { DeleteSection } from '../../src/features/backup/DeleteSection';
import { addScreenStrings, initI18n } from '../../src/i18n/i18n';
import { usePageRoot } from './support/page-root';

// Issue 11: "Delete all my data" says honestly what it cannot reach, before the person says yes: every
// file the app saved, what was shared, printed, put in the phone's contacts or sent, and the browser's own
// history and autofill.

beforeAll(async () => {
  await initI18n('en');
  addScreenStrings(import.meta.glob('/locales/{en,es}/backup.json', { eager: true, import: 'default' }));
});

const SAYS = {
  en: [
    'the backup file',
    'the photo file',
    'the caregiver packet',
    'records saved as a file',
    '"notes-" or "files-"',
    'Photos you shared',
    'papers you printed',
    "contacts you saved to the phone's contacts",
    'text messages you sent',
    'history',
    '(autofill)',
  ],
  es: [
    'el de respaldo',
    'el de fotos',
    'el paquete para quien cuide a los niños',
    'registros guardados como archivo',
    '"notes-" o "files-"',
    'las fotos que compartió',
    'los papeles que imprimió',
    'los contactos que guardó en los contactos del teléfono',
    'los mensajes que envió',
    'historial',
    '(autocompletar)',
  ],
};

describe('Delete all my data: what stays elsewhere', () => {
  const page = usePageRoot();

  it.each(['en', 'es'] as const)('names every copy outside the app, in %s', (language) => {
    const root = page.show(<DeleteSection onDeleted={() => undefined} />, language);
    const said = root.textContent ?? '';
    for (const copy of SAYS[language]) expect(said).toContain(copy);
  });
});
