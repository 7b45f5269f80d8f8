import { render } from 'preact';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { detectLanguage } from './i18n/detect-language';
import { isLanguage, type Language } from './i18n/languages';
import { loadSetting } from './storage/settings-store';
import './styles/app.css';

/** The saved choice if there is one, else the browser's preference. */
async function startLanguage(): Promise<Language> {
  const saved = await loadSetting('language');
  return saved.ok && isLanguage(saved.value) ? saved.value : detectLanguage(navigator.languages);
}

async function start(): Promise<void> {
  const language = await startLanguage();
  await initI18n(language);
  document.documentElement.lang = language;
  const root = document.getElementById('app');
  if (root) render(<App initialLanguage={language} />, root);
}

void start();
