import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { isLanguage, LANGUAGES, LANGUAGE_NAMES, type Language } from '../../i18n/languages';
import { PACK_LANGUAGES, type PackLanguage } from '../../i18n/pack-languages';
import {
  availablePacks,
  downloadPack,
  PackError,
  packsOnPhone,
  packSize,
  removePack,
  type Progress,
} from '../../i18n/packs';
import { onSecondLanguage, secondLanguage, setSecondLanguage } from '../../i18n/second-language';
import { forgetShownLanguage } from '../../shared/shown-language';
import { forgetSetting, loadSetting, saveSetting } from '../../storage/settings-store';

type Busy = { language: PackLanguage; progress?: Progress } | undefined;

/**
 * Settings → "Languages on this phone": English and Spanish always; every other language added (one
 * download, with progress, resumed if the connection drops, then offline like the rest) or removed; the
 * second language a screen opens in when the person's does not cover it; and whether the phone
 * remembers the language at all.
 */
export function LanguagesSection() {
  const { t, language, setLanguage } = useI18n();
  const [onPhone, setOnPhone] = useState<readonly PackLanguage[] | undefined>(undefined);
  const [busy, setBusy] = useState<Busy>(undefined);
  const [problem, setProblem] = useState<{ language: PackLanguage; reason: PackError['reason'] }>();
  const stop = useRef<AbortController | undefined>(undefined);

  const refresh = () => void packsOnPhone().then(setOnPhone, () => setOnPhone([]));
  useEffect(() => {
    refresh();
    return () => stop.current?.abort();
  }, []);

  const add = async (pack: PackLanguage) => {
    stop.current = new AbortController();
    setProblem(undefined);
    setBusy({ language: pack });
    try {
      await downloadPack(pack, (progress) => setBusy({ language: pack, progress }), {
        signal: stop.current.signal,
      });
      refresh();
    } catch (error) {
      setProblem({ language: pack, reason: error instanceof PackError ? error.reason : 'unknown' });
    } finally {
      setBusy(undefined);
    }
  };
  const remove = async (pack: PackLanguage) => {
    await removePack(pack).catch(() => undefined);
    refresh();
  };

  const row = (code: Language | PackLanguage) => {
    const builtIn = isLanguage(code);
    const present = builtIn || onPhone?.includes(code);
    const nameId = `language-${code}`;
    const downloading = !builtIn && busy?.language === code;
    return (
      <li key={code} class="language-row">
        <span id={nameId} lang={code} class="language-name">
          {builtIn ? LANGUAGE_NAMES[code] : PACK_LANGUAGES[code].name}
        </span>
        <span class="hint">
          {builtIn
            ? t('settings.languages.always')
            : [
                t(
                  PACK_LANGUAGES[code].tier === 'whole'
                    ? 'settings.languages.whole'
                    : 'settings.languages.core',
                ),
                present
                  ? t('settings.languages.onPhone')
                  : t('settings.languages.size', { size: kb(packSize(code)) }),
              ].join(' · ')}
        </span>
        {code === language ? (
          <span class="language-in-use">{t('settings.languages.inUse')}</span>
        ) : present ? (
          <button
            type="button"
            class="button button-secondary"
            aria-describedby={nameId}
            onClick={() => void setLanguage(code)}
          >
            {t('settings.languages.use')}
          </button>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            aria-describedby={nameId}
            disabled={busy !== undefined || onPhone === undefined}
            onClick={() => void add(code)}
          >
            {t('settings.languages.add')}
          </button>
        )}
        {!builtIn && present && code !== language && (
          <button
            type="button"
            class="button button-secondary"
            aria-describedby={nameId}
            onClick={() => void remove(code)}
          >
            {t('settings.languages.remove')}
          </button>
        )}
        {downloading && (
          <p role="status">
            <progress
              max={busy.progress?.total ?? 1}
              value={busy.progress?.received ?? 0}
              aria-labelledby={nameId}
            />{' '}
            {t('settings.languages.downloading', { percent: percent(busy.progress) })}
          </p>
        )}
        {problem?.language === code && (
          <p role="alert" class="data-warning">
            {t(
              `settings.languages.${problem.reason === 'damaged' ? 'damaged' : problem.reason === 'full' ? 'full' : 'failed'}`,
            )}
          </p>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.languages.title')}</h2>
      <p>{t('settings.languages.intro')}</p>
      <ul class="language-list">{[...LANGUAGES, ...availablePacks()].map(row)}</ul>
      <SecondLanguage />
      <LanguageMemory />
    </section>
  );
}

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1000));
const percent = (progress: Progress | undefined) =>
  progress && progress.total > 0 ? Math.min(100, Math.floor((progress.received / progress.total) * 100)) : 0;

/** The language of a screen the person's language (one of the emergency core) does not cover. */
function SecondLanguage() {
  const { t } = useI18n();
  const [second, setSecond] = useState(secondLanguage);
  useEffect(() => onSecondLanguage(() => setSecond(secondLanguage())), []);
  const choose = (next: Language) => {
    setSecondLanguage(next);
    void saveSetting('secondLanguage', next);
  };
  return (
    <fieldset class="choice">
      <legend>{t('settings.languages.second')}</legend>
      {LANGUAGES.map((option) => (
        <div key={option} class="choice-option">
          <input
            id={`second-${option}`}
            type="radio"
            name="second-language"
            checked={second === option}
            onChange={() => choose(option)}
          />
          <label for={`second-${option}`} lang={option}>
            {LANGUAGE_NAMES[option]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * "Do not remember my language on this phone": the saved choice and the language the worker opens the
 * app in are dropped, and kept no more; the app then opens in the browser's language.
 */
function LanguageMemory() {
  const { t } = useI18n();
  const [forget, setForget] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    void loadSetting('languageMemory').then((found) => setForget(found.ok && found.value === 'off'));
  }, []);
  const toggle = async (next: boolean) => {
    setForget(next);
    await saveSetting('languageMemory', next ? 'off' : 'on');
    if (!next) return;
    await forgetSetting('language');
    await forgetShownLanguage();
  };
  return (
    <>
      <div class="field checkbox">
        <input
          id="forget-language"
          type="checkbox"
          checked={forget === true}
          disabled={forget === undefined}
          aria-describedby="forget-language-hint"
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        <label for="forget-language">{t('settings.languages.forget')}</label>
      </div>
      <p id="forget-language-hint" class="hint">
        {t('settings.languages.forgetHint')}
      </p>
    </>
  );
}
