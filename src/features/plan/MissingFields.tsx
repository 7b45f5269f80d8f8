import { useI18n } from '../../i18n/i18n-context';
import type { Person } from '../../storage/plan-record';
import { isolatedIn } from '../../ui/isolated';
import type { Question } from './progress';

/**
 * Moves focus to the field that answers a question: the box itself, or in a group (yes / no, a date)
 * its chosen answer, else its first. Focusing scrolls it into view, and a screen reader reads its label.
 */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches('input, select, textarea, button, a')
    ? element
    : element.querySelector<HTMLElement>('input:checked, input, select, textarea');
  target?.focus();
}

/**
 * "Still to fill in": a link to each question not answered yet, so "10 of 12 filled" never leaves the
 * person hunting for the other two. Shown once something is filled in (an empty section is all open).
 */
export function MissingFields({ questions, people }: { questions: Question[]; people: Person[] }) {
  const { t } = useI18n();
  const missing = questions.filter((question) => !question.answered);
  if (missing.length === 0 || missing.length === questions.length) return null;

  const label = (question: Question) => {
    const index = people.findIndex((person) => person.id === question.personId);
    if (index < 0) return t(question.label);
    const name = people[index]?.fullName.trim() || t('plan.household.person', { n: index + 1 });
    return question.namedInLabel
      ? isolatedIn((slot) => t(question.label, { name: slot }), name)
      : isolatedIn((slot) => t('plan.missing.about', { name: slot, question: t(question.label) }), name);
  };

  return (
    <nav class="plan-missing" aria-labelledby="plan-missing-heading">
      <h2 id="plan-missing-heading">{t('plan.missing.title', { count: missing.length })}</h2>
      <ul>
        {missing.map((question) => (
          <li key={question.field}>
            <a
              class="link-target"
              href={`#${question.field}`}
              onClick={(event) => {
                // The router is not asked: the field is on this screen, and focus must move to it.
                event.preventDefault();
                focusField(question.field);
              }}
            >
              {label(question)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
