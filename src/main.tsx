import { render } from 'preact';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { startLanguage } from './i18n/start-language';
import './styles/app.css';

async function start(): Promise<void> {
  const language = await startLanguage();
  await initI18n(language);
  document.documentElement.lang = language;
  const root = document.getElementById('app');
  if (root) render(<App initialLanguage={language} />, root);
}

void start();
