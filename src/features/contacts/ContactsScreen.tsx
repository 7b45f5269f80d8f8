import { useLocation } from 'preact-iso';
import { useRef, useState } from 'preact/hooks';
import { readAddContact, type AddKind } from '../../shared/add-contact';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { deleteContact, moveContact, restoreContact, type SavedContact } from '../../storage/contacts-store';
import type { StorageProblem } from '../../storage/result';
import { Screen } from '../../ui/Screen';
import { useContacts } from '../../ui/use-contacts';
import { SaveVCardButton } from '../../ui/SaveVCardButton';
import { ContactForm } from './ContactForm';
import type { FormFields } from './contact-form';
import { ContactItem } from './ContactItem';
import { filterContacts } from './filter-contacts';
import { isolatedIn } from '../../ui/isolated';
import { lockedScreen } from '../lock/public';

addScreenStrings(import.meta.glob('/locales/{en,es}/contacts.json', { eager: true, import: 'default' }));

/** Above this many contacts a search box helps more than it distracts. */
const SEARCH_FROM = 6;

type Editing = { contact: SavedContact | undefined } | undefined;
type Outcome =
  | { kind: 'added' | 'updated' | 'restored'; name: string }
  | { kind: 'deleted'; contact: SavedContact }
  | { kind: 'moved'; name: string; n: number }
  | { kind: 'problem'; problem: StorageProblem };

/** How the form starts for the plan's question that sent the person here (src/shared/add-contact.ts). */
const START: Record<AddKind, Partial<FormFields>> = {
  someone: {},
  'pick-up': { mayPickUpChildren: true },
  lawyer: { role: 'lawyer' },
  'rapid-response': { role: 'rapid-response' },
};

/**
 * The family's emergency contacts: call or text in one tap, in the order to call them. Sent from the
 * plan to add someone (`?add=…&back=…`), the form opens at once, and saving or cancelling goes back there.
 */
function ContactsScreen() {
  const { t } = useI18n();
  const location = useLocation();
  const [asked] = useState(() => readAddContact(location.query));
  const { contacts, unreadable, loadProblem, reload } = useContacts();
  const [editing, setEditing] = useState<Editing>(asked && { contact: undefined });
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [query, setQuery] = useState('');
  const status = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const roleName = (contact: SavedContact) => t(`contacts.roles.${contact.role}`);
  const shown = contacts ? filterContacts(contacts, query, roleName) : [];

  /** Shows what happened and moves keyboard focus there (or to the contact it concerns). */
  const report = (next: Outcome, focusContactId?: string) => {
    setOutcome(next);
    requestAnimationFrame(() => {
      const target = focusContactId && document.getElementById(`contact-${focusContactId}`);
      (target || status.current)?.focus();
    });
  };

  const remove = async (contact: SavedContact) => {
    const result = await deleteContact(contact);
    await reload();
    report(result.ok ? { kind: 'deleted', contact } : { kind: 'problem', problem: result.problem });
  };

  const undo = async (contact: SavedContact) => {
    const result = await restoreContact(contact);
    await reload();
    if (result.ok) report({ kind: 'restored', name: contact.name }, contact.id);
    else report({ kind: 'problem', problem: result.problem });
  };

  const move = async (contact: SavedContact, step: -1 | 1) => {
    if (!contacts) return;
    const result = await moveContact(contacts, contact.id, step);
    const after = await reload();
    const n = (after?.findIndex((found) => found.id === contact.id) ?? -1) + 1;
    if (result.ok) report({ kind: 'moved', name: contact.name, n }, contact.id);
    else report({ kind: 'problem', problem: result.problem });
  };

  if (editing) {
    return (
      <Screen title={t('contacts.title')}>
        <ContactForm
          editing={editing.contact}
          contacts={contacts ?? []}
          {...(asked && !editing.contact && { start: START[asked.kind] })}
          onCancel={() => {
            if (asked?.back) return location.route(asked.back);
            setEditing(undefined);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
          onSaved={(contact, wasNew) => {
            if (asked?.back && wasNew) return location.route(asked.back);
            setEditing(undefined);
            void reload().then(() =>
              report({ kind: wasNew ? 'added' : 'updated', name: contact.name }, contact.id),
            );
          }}
          onReload={async () => {
            const after = await reload();
            return after?.find((found) => found.id === editing.contact?.id);
          }}
        />
      </Screen>
    );
  }

  return (
    <Screen title={t('contacts.title')}>
      <p class="lead">{t('contacts.why')}</p>
      <div ref={status} tabIndex={-1} class="contacts-status" role="status">
        {outcome && <OutcomeMessage outcome={outcome} onUndo={(contact) => void undo(contact)} />}
      </div>
      {loadProblem && (
        <p class="form-problem" role="alert">
          {t(`contacts.problems.${loadProblem}`)}
        </p>
      )}
      {unreadable > 0 && <p class="form-problem">{t('contacts.unreadable', { count: unreadable })}</p>}

      <button
        ref={addButton}
        type="button"
        class="button"
        onClick={() => {
          setOutcome(undefined);
          setEditing({ contact: undefined });
        }}
      >
        {t('contacts.add')}
      </button>

      {contacts === undefined ? (
        <p>{t('contacts.loading')}</p>
      ) : contacts.length === 0 ? (
        <p class="empty-state">{t('contacts.empty')}</p>
      ) : (
        <section aria-labelledby="contacts-list">
          <h2 id="contacts-list">{t('contacts.list')}</h2>
          {contacts.length >= SEARCH_FROM && (
            <div class="search">
              <label for="contacts-search">{t('contacts.search')}</label>
              <input
                id="contacts-search"
                type="search"
                autoComplete="off"
                value={query}
                aria-describedby="contacts-search-count"
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
              <p id="contacts-search-count" class="search-count" aria-live="polite">
                {shown.length === 0
                  ? t('contacts.noMatch')
                  : t('contacts.searchCount', { shown: shown.length, total: contacts.length })}
              </p>
            </div>
          )}
          <ol class="contacts">
            {shown.map((contact) => (
              <ContactItem
                key={contact.id}
                contact={contact}
                position={contacts.indexOf(contact) + 1}
                total={contacts.length}
                onEdit={() => {
                  setOutcome(undefined);
                  setEditing({ contact });
                }}
                onDelete={() => void remove(contact)}
                onMove={(step) => void move(contact, step)}
              />
            ))}
          </ol>
        </section>
      )}

      <nav aria-labelledby="contacts-tools">
        <h2 id="contacts-tools">{t('contacts.tools')}</h2>
        <ul class="link-list">
          <li>
            <a class="link-target" href="/contacts/practice">
              {t('contacts.practice')}
            </a>
          </li>
          <li>
            <a class="link-target" href="/contacts/wallet">
              {t('contacts.wallet')}
            </a>
          </li>
        </ul>
        {contacts && <SaveVCardButton contacts={contacts} />}
      </nav>
      <p class="privacy-note">{t('contacts.privacy')}</p>
    </Screen>
  );
}

function OutcomeMessage({ outcome, onUndo }: { outcome: Outcome; onUndo: (contact: SavedContact) => void }) {
  const { t } = useI18n();
  switch (outcome.kind) {
    case 'problem':
      return <p class="form-problem">{t(`contacts.problems.${outcome.problem}`)}</p>;
    case 'deleted':
      return (
        <p>
          {isolatedIn((name) => t('contacts.done.deleted', { name }), outcome.contact.name)}{' '}
          <button type="button" class="button button-secondary" onClick={() => onUndo(outcome.contact)}>
            {t('contacts.done.undo')}
          </button>
        </p>
      );
    case 'moved':
      return <p>{isolatedIn((name) => t('contacts.done.moved', { name, n: outcome.n }), outcome.name)}</p>;
    default:
      return <p>{isolatedIn((name) => t(`contacts.done.${outcome.kind}`, { name }), outcome.name)}</p>;
  }
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(ContactsScreen);
