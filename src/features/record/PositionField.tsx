import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import { isolatedIn } from '../../ui/isolated';

type Position = NonNullable<Incident['position']>;

/*
 * GPS works with no signal, but a first fix indoors can take minutes: wait a few seconds at most, and
 * take a position up to a minute old. Asked only when the person taps, never by itself.
 */
const ASK: PositionOptions = { enableHighAccuracy: true, timeout: 8000, maximumAge: 60_000 };

/** The phone's position, added only when the person asks for it. */
export function PositionField({
  position,
  onChange,
}: {
  position: Position | undefined;
  onChange: (position: Position | undefined) => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'asking' | 'failed'>('idle');
  const ask = () => {
    if (!('geolocation' in navigator)) return setState('failed');
    setState('asking');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState('idle');
        onChange({
          latitude: coords.latitude,
          longitude: coords.longitude,
          accuracy: Math.min(coords.accuracy, 1_000_000),
        });
      },
      () => setState('failed'),
      ASK,
    );
  };
  return (
    <div class="field">
      <p id="record-position-hint" class="hint">
        {t('record.form.positionHint')}
      </p>
      {position ? (
        <>
          <p>
            {isolatedIn(
              (place) => t('record.form.position', { place, metres: Math.round(position.accuracy) }),
              `${position.latitude.toFixed(5)}, ${position.longitude.toFixed(5)}`,
              'ltr',
            )}
          </p>
          <button type="button" class="button button-secondary" onClick={() => onChange(undefined)}>
            {t('record.form.removePosition')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="button button-secondary"
          aria-describedby="record-position-hint"
          disabled={state === 'asking'}
          onClick={ask}
        >
          {t('record.form.addPosition')}
        </button>
      )}
      {state === 'failed' && (
        <p class="field-error" role="alert">
          {t('record.form.positionFailed')}
        </p>
      )}
    </div>
  );
}
