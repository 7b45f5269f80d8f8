import english from '../../../locales/en/practice.json';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { localLineOf } from '../../storage/contact-record';
import { watchedContacts, type SavedContact } from '../../storage/contacts-store';
import { Screen } from '../../ui/Screen';
import { formatPhone } from '../../shared/phone';
import { dialString } from '../../shared/stored-phone';
import { SaveVCardButton } from '../../ui/SaveVCardButton';
import { PhoneCountry } from '../../ui/PhoneCountry';
import { ContactsNotice } from './ContactsNotice';
import { useStored } from '../../ui/use-stored';
import { lockedScreen } from '../lock/public';

addScreenStrings(import.meta.glob('/locales/{en,es}/practice.json', { eager: true, import: 'default' }));

/** How many contacts fit on a wallet card in type large enough to read. */
export const WALLET_SIZE = 6;

/**
 * `/contacts/wallet`: the first contacts in calling order, to print as a wallet card (numbers on the
 * front; the local rapid-response line and a reminder of the person's rights on the back).
 */
function WalletListScreen() {
  const { t } = useI18n();
  const { result: contacts } = useStored(watchedContacts);
  const all = contacts?.ok ? contacts.value.contacts : [];
  // The local line is a rapid-response contact, the one place it is kept: never asked for again. The back
  // of the card carries it, under its own label, so the front has room for one more person, not it twice.
  const lineContact = localLineOf(all);
  const others = all.filter((contact) => contact !== lineContact);
  const onCard = others.slice(0, WALLET_SIZE);
  const localLine = lineContact?.phones[0];
  const line = localLine && formatPhone(localLine);

  return (
    <Screen title={t('practice.walletTitle')}>
      <p class="lead">{t('practice.wallet.intro')}</p>
      <ContactsNotice contacts={contacts} empty={t('practice.wallet.empty')} />
      {all.length > 0 && (
        <>
          {/* Only the local line saved: the back alone. */}
          {onCard.length > 0 && <h2 id="wallet-front">{t('practice.wallet.front')}</h2>}
          {onCard.length > 0 && (
            <ol class="wallet-list" aria-labelledby="wallet-front">
              {onCard.map((contact) => (
                <li key={contact.id}>
                  <bdi class="wallet-name">{contact.name}</bdi>
                  <span class="wallet-role">{t(`practice.roles.${contact.role}`)}</span>
                  <a class="wallet-number" href={`tel:${dialString(firstPhone(contact))}`}>
                    <bdi dir="ltr">{formatPhone(firstPhone(contact))}</bdi>
                  </a>{' '}
                  <PhoneCountry phone={firstPhone(contact)} />
                </li>
              ))}
            </ol>
          )}
          {others.length > WALLET_SIZE && <p class="muted">{t('practice.wallet.more')}</p>}
          <section aria-labelledby="wallet-back">
            <h2 id="wallet-back">{t('practice.wallet.back')}</h2>
            {line ? (
              <p>
                {t('practice.wallet.localLine')}:{' '}
                <bdi dir="ltr" class="wallet-number">
                  {line}
                </bdi>{' '}
                {localLine && <PhoneCountry phone={localLine} />}
              </p>
            ) : (
              <p>
                {t('practice.wallet.noLocalLine')}{' '}
                <a href="/help#help-local">{t('practice.wallet.helpLink')}</a>
              </p>
            )}
            <p>{t('practice.wallet.reminder')}</p>
          </section>
          <p>
            <button type="button" class="button" onClick={() => window.print()}>
              {t('practice.wallet.print')}
            </button>
          </p>
          <p class="print-hint">{t('practice.wallet.printHint')}</p>
          <p>
            <a class="link-target" href="/contacts/practice">
              {t('practice.wallet.learn')}
            </a>
          </p>
          <SaveVCardButton contacts={all} />
          <WalletCards contacts={onCard} line={line} />
        </>
      )}
    </Screen>
  );
}

/** Only printed: the numbers card and the back card, wallet size, black on white. */
function WalletCards({ contacts, line }: { contacts: SavedContact[]; line: string | undefined }) {
  const { t, language } = useI18n();
  return (
    <div class="wallet-cards" aria-hidden="true">
      {contacts.length > 0 && (
        <div class="wallet-card wallet-numbers">
          <p class="wallet-card-title">{t('practice.wallet.cardTitle')}</p>
          <ol>
            {contacts.map((contact) => (
              <li key={contact.id}>
                <span class="wallet-card-who">
                  <WhoOnCard name={contact.name} role={t(`practice.roles.${contact.role}`)} />
                </span>
                <bdi dir="ltr" class="wallet-card-number">
                  {formatPhone(firstPhone(contact))}
                </bdi>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div class="wallet-card wallet-numbers-back">
        {line && (
          <p>
            {t('practice.wallet.localLine')}
            <bdi dir="ltr" class="wallet-card-number">
              {line}
            </bdi>
          </p>
        )}
        <p>{t('practice.wallet.reminder')}</p>
        {language !== 'en' && <p lang="en">{english.wallet.reminder}</p>}
      </div>
    </div>
  );
}

/** "Name · role", or the name alone when it already says the role ("Valley rapid-response line"). */
function WhoOnCard({ name, role }: { name: string; role: string }) {
  return saysRole(name, role) ? (
    <bdi>{name}</bdi>
  ) : (
    <>
      <bdi>{name}</bdi> · {role}
    </>
  );
}

/**
 * Whether every word of the role, in the language shown, is a word of the name, whatever the case and
 * accents: "Valley rapid-response line" says "Rapid-response line", "Línea de respuesta rápida del valle"
 * says "Línea de respuesta rápida".
 */
export function saysRole(name: string, role: string): boolean {
  const words = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const named = new Set(words(name));
  const wanted = words(role);
  return wanted.length > 0 && wanted.every((word) => named.has(word));
}

function firstPhone(contact: SavedContact): string {
  return contact.phones[0] ?? '';
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(WalletListScreen);
