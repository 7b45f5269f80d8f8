import type { ComponentChildren } from 'preact';
import { URGENT_GUIDE_ID } from '../../content/catalog';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { ActionLink } from './ActionLink';

/** The other actions, in this order: each opens `/<id>`, with its title and hint in home.json. */
const ACTIONS = ['alert', 'card', 'warrant', 'guides', 'plan', 'contacts', 'help', 'settings'] as const;

/**
 * The first screen: the urgent action first, in large plain buttons. `below` comes under them (the app
 * puts the family plan's review reminder there), so nothing that appears late moves a button.
 */
export function HomeScreen({ below }: { below?: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <Screen title={t('home.title')}>
      <p class="lead">{t('home.intro')}</p>
      <nav aria-label={t('home.actions')}>
        <ul class="actions">
          <ActionLink
            href={`/guides/${URGENT_GUIDE_ID}`}
            title={t('home.urgent.title')}
            hint={t('home.urgent.hint')}
            urgent
          />
          {ACTIONS.map((id) => (
            <ActionLink href={`/${id}`} title={t(`home.${id}.title`)} hint={t(`home.${id}.hint`)} />
          ))}
        </ul>
      </nav>
      {below}
      <p class="privacy-note">{t('home.privacy')}</p>
    </Screen>
  );
}
