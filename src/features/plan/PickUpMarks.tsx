import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { ContactRole } from '../../storage/contact-record';
import { updateContact, type SavedContact } from '../../storage/contacts-store';
import { isolatedIn } from '../../ui/isolated';

/** Services, not people: never offered to pick up a child. */
const NOT_PEOPLE: readonly ContactRole[] = ['lawyer', 'rapid-response', 'consulate'];

/** Who may pick up the children: the contacts marked so (the pick-up questions offer no one else). */
export const mayPickUp = (contact: SavedContact) => contact.mayPickUpChildren;

type Outcome = { kind: 'marked'; name: string } | { kind: 'notSaved' };

/**
 * "Someone missing from the pick-up list?": marks a saved contact "may pick up the children" from
 * here, so the person does not leave the plan (nor what they wrote in it) to do it. A contact a
 * backup file brought in is left to the contacts screen, where it is checked first.
 */
export function PickUpMarks({ contacts, onMarked }: { contacts: SavedContact[]; onMarked: () => void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const status = useRef<HTMLDivElement>(null);
  const unmarked = contacts.filter(
    (contact) => !contact.mayPickUpChildren && !contact.fromFile && !NOT_PEOPLE.includes(contact.role),
  );

  const mark = async (contact: SavedContact) => {
    const saved = await updateContact({ ...contact, mayPickUpChildren: true });
    setOutcome(saved.ok ? { kind: 'marked', name: contact.name } : { kind: 'notSaved' });
    onMarked(); // this tab hears of no change it made itself: the pick-up lists read the contacts again
    // The button is gone once the contact is marked: focus goes to what happened.
    requestAnimationFrame(() => status.current?.focus());
  };

  return (
    <details class="pick-up-marks">
      <summary>{t('plan.children.marks.summary')}</summary>
      <p>{t('plan.children.marks.intro')}</p>
      {unmarked.length > 0 && (
        <ul class="actions">
          {unmarked.map((contact) => (
            <li key={contact.id}>
              <button type="button" class="button button-secondary" onClick={() => void mark(contact)}>
                {isolatedIn((name) => t('plan.children.marks.mark', { name }), contact.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div ref={status} tabIndex={-1} role="status" class="plan-status">
        {outcome?.kind === 'marked' && (
          <p>{isolatedIn((name) => t('plan.children.marks.marked', { name }), outcome.name)}</p>
        )}
        {outcome?.kind === 'notSaved' && <p class="form-problem">{t('plan.children.marks.notSaved')}</p>}
      </div>
      <p>
        <a class="link-target" href="/contacts">
          {t('plan.children.marks.addContact')}
        </a>
      </p>
    </details>
  );
}
