import type { ComponentChildren } from 'preact';
import { URGENT_GUIDE_ID } from '../../content/catalog';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { ActionLink } from './ActionLink';

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
          <ActionLink href="/alert" title={t('home.alert.title')} hint={t('home.alert.hint')} />
          <ActionLink href="/card" title={t('home.card.title')} hint={t('home.card.hint')} />
          <ActionLink href="/warrant" title={t('home.warrant.title')} hint={t('home.warrant.hint')} />
          <ActionLink href="/guides" title={t('home.guides.title')} hint={t('home.guides.hint')} />
          <ActionLink href="/plan" title={t('home.plan.title')} hint={t('home.plan.hint')} />
          <ActionLink href="/contacts" title={t('home.contacts.title')} hint={t('home.contacts.hint')} />
          <ActionLink href="/help" title={t('home.help.title')} hint={t('home.help.hint')} />
          <ActionLink href="/settings" title={t('home.settings.title')} hint={t('home.settings.hint')} />
        </ul>
      </nav>
      {below}
      <p class="privacy-note">{t('home.privacy')}</p>
    </Screen>
  );
}
