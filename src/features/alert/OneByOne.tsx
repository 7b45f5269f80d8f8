import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Situation } from '../../storage/alert-record';
import { useI18n } from '../../i18n/i18n-context';
import { noteOpened, openedFor } from './sent';

/** One person the message goes to: a text, or a call for a landline. */
export interface OneTap {
  id: string;
  name: string;
  landline: boolean;
  /** `sms:` with the number and the text, or `tel:` for a landline. */
  href: string;
}

/**
 * One person per tap, the same unlocked and locked: "Next: Ana" for the first not yet opened, a button
 * for each (a call for a landline), and who the message was opened for (`sent.ts`: this page's memory
 * only). `children` (the message) sits between "Next" and the list.
 */
export function OneByOne({
  situation,
  people,
  children,
}: {
  situation: Situation;
  people: readonly OneTap[];
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(() => openedFor(situation));
  // After the click's own task: the browser follows the link it was tapped on, not the next one. A
  // re-render in a microtask came first and gave the "Next" button the next person's link (the browser
  // test saw Tío Beto's call in place of Ana's text).
  const open = (person: OneTap) =>
    setTimeout(() => {
      noteOpened(situation, person.id);
      setOpened(openedFor(situation));
    });
  const next = people.find((person) => !opened.includes(person.id));
  return (
    <>
      {next && (
        <p>
          <a class="button call" href={next.href} onClick={() => open(next)}>
            {t('alert.send.next')} <bdi>{next.name}</bdi>
          </a>
        </p>
      )}
      {people.length > 0 && !next && <p role="status">{t('alert.send.allOpened')}</p>}
      {children}
      {people.length > 0 && (
        <ul class="call-now-list">
          {people.map((person) => (
            <li key={person.id}>
              <a class="button button-secondary" href={person.href} onClick={() => open(person)}>
                {person.landline ? t('alert.send.call') : t('alert.send.textTo')} <bdi>{person.name}</bdi>
                {person.landline && ` (${t('alert.send.landline')})`}
                {opened.includes(person.id) && ' ✓'}
              </a>
            </li>
          ))}
        </ul>
      )}
      {opened.length > 0 && (
        <p>
          {t('alert.send.opened')}{' '}
          {people
            .filter((person) => opened.includes(person.id))
            .map((person, index) => (
              <span key={person.id}>
                {index > 0 && ', '}
                <bdi>{person.name}</bdi>
              </span>
            ))}
        </p>
      )}
    </>
  );
}
