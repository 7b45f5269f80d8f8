import english from '../../../locales/en/card.json';
import { AGENT_LINES, CARD_SOURCES, READER_LINES } from '../../../locales/card';
import { SCREENS_REVIEWED } from '../../../locales/reviewed';
import { useI18n } from '../../i18n/i18n-context';
import { EmergencyBar } from '../../ui/EmergencyBar';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { Sources } from '../../ui/SourceList';
import { TranslationNote, Unreviewed } from '../../ui/Unreviewed';
import { useFullScreen } from './use-full-screen';
import { useWakeLock } from './use-wake-lock';
import { addScreenStrings } from '../../i18n/i18n';

addScreenStrings(import.meta.glob('/locales/{en,es}/card.json', { eager: true, import: 'default' }));

/**
 * `/card`: the statement to show an agent, always in English, in very large type; below it the same
 * words and the holder's own instructions in the interface language. Prints as a wallet card. In a
 * translation not yet reviewed, a line above it says so, with the English one tap away.
 */
export default function RedCardScreen() {
  return (
    <Unreviewed>
      <RedCard />
    </Unreviewed>
  );
}

function RedCard() {
  const { t, language } = useI18n();
  const screenOn = useWakeLock();
  const fullScreen = useFullScreen<HTMLElement>();

  return (
    <Screen title={t('card.title')}>
      <LegalLine reviewed={SCREENS_REVIEWED} />
      <section class="red-card" aria-labelledby="card-agent" ref={fullScreen.ref}>
        <h2 id="card-agent" class="card-label">
          {t('card.forAgent')}
        </h2>
        <ul class="card-lines" lang="en">
          {AGENT_LINES.map((key) => (
            <li key={key}>{english.agentLines[key]}</li>
          ))}
        </ul>
        {fullScreen.active && (
          <button type="button" class="button button-secondary" onClick={fullScreen.exit}>
            {t('card.exitFullScreen')}
          </button>
        )}
      </section>
      {fullScreen.available && (
        <p>
          <button type="button" class="button" onClick={fullScreen.enter}>
            {t('card.fullScreen')}
          </button>
        </p>
      )}
      {/* Below the agent's side, which is English: above what is translated, and never pushing the card down. */}
      <TranslationNote />
      {language !== 'en' && (
        <ul class="card-translation" aria-label={t('card.translation')}>
          {AGENT_LINES.map((key) => (
            <li key={key}>{t(`card.agentLines.${key}`)}</li>
          ))}
        </ul>
      )}
      <section class="card-reader" aria-labelledby="card-reader">
        <h2 id="card-reader">{t('card.forYou')}</h2>
        <ul>
          {READER_LINES.map((key) => (
            <li key={key}>{t(`card.readerLines.${key}`)}</li>
          ))}
        </ul>
      </section>
      {screenOn && <p class="screen-on">{t('card.screenOn')}</p>}
      <p>
        <a class="button button-secondary" href="/alert">
          {t('card.alert')}
        </a>
      </p>
      <p>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('card.print')}
        </button>
      </p>
      <p class="print-hint">{t('card.printHint')}</p>
      <Sources id="card-sources" title={t('card.sources')} keys={CARD_SOURCES} />
      <WalletCard />
      <EmergencyBar current="card" floatAfter=".red-card" />
    </Screen>
  );
}

/** Only printed: two wallet-size cards, the English side and the holder's side, to fold back to back. */
function WalletCard() {
  const { t } = useI18n();
  return (
    <div class="wallet-cards" aria-hidden="true">
      <div class="wallet-card wallet-front" lang="en">
        <ul>
          {AGENT_LINES.map((key) => (
            <li key={key}>{english.agentLines[key]}</li>
          ))}
        </ul>
      </div>
      <div class="wallet-card wallet-back">
        <ul>
          {READER_LINES.map((key) => (
            <li key={key}>{t(`card.readerLines.${key}`)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
