import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { chooseOpenNumbers, watchedOpenChoice } from '../../storage/open-numbers';
import { useStored } from '../../ui/use-stored';
import './strings';

/**
 * The one question, in the person's words: may a few emergency numbers stay usable while locked, at the
 * cost that whoever holds the phone can read them? Both answers say what they mean. What the list holds
 * and when it changes is storage's (src/storage/open-numbers.ts); no screen decides it on its own.
 * `open` is `undefined` while the stored answer is still being read: then neither answer is shown chosen
 * and both are held back, so a tap cannot land on an answer that is about to change under it.
 */
export function OpenNumbersQuestion({
  id,
  open,
  onChange,
}: {
  id: string;
  open: boolean | undefined;
  onChange: (open: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="open-numbers" aria-describedby={`${id}-which`} disabled={open === undefined}>
      <legend>{t('lock.open.question')}</legend>
      <p id={`${id}-which`} class="hint">
        {t('lock.open.which')}
      </p>
      {([true, false] as const).map((answer) => {
        const option = `${id}-${answer ? 'yes' : 'no'}`;
        return (
          <div class="choice-option with-hint" key={option}>
            <input
              id={option}
              type="radio"
              name={id}
              checked={open === answer}
              aria-describedby={`${option}-what`}
              onChange={() => onChange(answer)}
            />
            <label for={option}>{t(answer ? 'lock.open.yes' : 'lock.open.no')}</label>
            <p id={`${option}-what`} class="hint">
              {t(answer ? 'lock.open.yesWhat' : 'lock.open.noWhat')}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Settings → Privacy, with a lock set: the same question, saved at once. Saying yes needs an unlock
 * (`locked`: whether this page holds no key). Refused as `locked` while unlocked (storage refuses the
 * decoy's passphrase so), it says "Nothing was changed", as removing the lock does, and shows the stored
 * answer again.
 */
export function OpenNumbersSetting({ locked }: { locked: boolean }) {
  const { t } = useI18n();
  const { result, value: open, reload } = useStored(watchedOpenChoice);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const choose = (next: boolean) => {
    setProblem(undefined);
    void chooseOpenNumbers(next).then((result) => {
      if (!result.ok)
        setProblem(
          t(result.problem === 'locked' && locked ? 'lock.open.unlockFirst' : 'lock.privacy.errors.failed'),
        );
      void reload();
    });
  };
  return (
    <>
      {/* Until the first read answers, nothing is chosen on screen; a read that fails counts as "no". */}
      <OpenNumbersQuestion
        id="open-numbers"
        open={result === undefined ? undefined : open === true}
        onChange={choose}
      />
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
