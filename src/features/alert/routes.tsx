import { useRoute } from 'preact-iso';
import { addScreenStrings } from '../../i18n/i18n';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { AlertScreen } from './AlertScreen';
import { SendScreen } from './SendScreen';
import { SetupScreen } from './SetupScreen';

// The alert's screens load together, as one chunk, with their strings in every language: a message goes
// out in the language set for each person, not only the screen's.
addScreenStrings(import.meta.glob('/locales/{en,es}/alert.json', { eager: true, import: 'default' }));

/**
 * `/alert`, `/alert/:situation` and `/alert/:situation/setup`: one route in the app (src/app/App.tsx),
 * since each route there is entry code, and the entry is at its size budget.
 */
export default function AlertRoutes() {
  // The app's route is `/alert/:at*`, the shortest that matches all three.
  const [situation, step, ...more] = (useRoute().params['at'] ?? '').split('/').filter(Boolean);
  if (situation === undefined) return <AlertScreen />;
  if (more.length > 0) return <NotFoundScreen />;
  if (step === undefined) return <SendScreen situation={situation} />;
  if (step === 'setup') return <SetupScreen situation={situation} />;
  return <NotFoundScreen />;
}
