import { ALERT_LIMITS } from '../../storage/alert-record';
import type { MessageLanguage } from '../../storage/contact-record';
import { useI18n } from '../../i18n/i18n-context';
import { isPackLanguage, PACK_LANGUAGES } from '../../i18n/pack-languages';
import { isolatedIn } from '../../ui/isolated';
import { typedText } from '../../ui/typed-text';
import { smsSize } from './segments';
import { withoutAccents } from './without-accents';
import { placeholderList } from './words';

/**
 * One language's message on the set-up screen, its length in text messages, the offer to write it without
 * accents, and the way back to the ready-made one (`readyMade`: `''` when its pack is not on this phone).
 */
export function MessageField({
  language,
  text,
  readyMade,
  onText,
}: {
  language: MessageLanguage;
  text: string;
  readyMade: string;
  onText: (text: string) => void;
}) {
  const { t } = useI18n();
  const id = `alert-message-${language}`;
  const size = smsSize(text);
  return (
    <div class="field">
      <label for={id}>
        {isPackLanguage(language)
          ? // Named in itself, as the contact form's list names it.
            isolatedIn(
              (name) => t('alert.setup.messageIn', { language: name }),
              PACK_LANGUAGES[language].name,
            )
          : t(language === 'en' ? 'alert.setup.messageEn' : 'alert.setup.messageEs')}
      </label>
      <textarea
        id={id}
        lang={language}
        dir="auto"
        rows={5}
        // Without it Chromium keeps the text of the open screen in its session files (Sessions/), outside
        // IndexedDB, lock or not (tests/e2e/forensic.spec.ts found it there in 1 run of 3 with a lock).
        autoComplete="off"
        maxLength={ALERT_LIMITS.message}
        value={text}
        aria-describedby={`${id}-words ${id}-size`}
        onInput={(event) => onText(typedText(event.currentTarget))}
      />
      <p id={`${id}-words`} class="hint">
        {t('alert.setup.words', { list: placeholderList(language) })}
      </p>
      <p id={`${id}-size`} class="hint" aria-live="polite">
        {t('alert.send.segments', { count: size.segments })}
        {text.length >= ALERT_LIMITS.message && ` ${t('alert.setup.atLimit', { max: ALERT_LIMITS.message })}`}
      </p>
      <p class="form-actions">
        {size.encoding === 'ucs-2' && (
          <button type="button" class="button button-secondary" onClick={() => onText(withoutAccents(text))}>
            {t('alert.setup.noAccents')}
          </button>
        )}
        {readyMade !== '' && text !== readyMade && (
          <button type="button" class="button button-secondary" onClick={() => onText(readyMade)}>
            {t('alert.setup.readyMade')}
          </button>
        )}
      </p>
    </div>
  );
}
