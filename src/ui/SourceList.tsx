import { SOURCES, type SourceKey } from '../../locales/sources';
import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';

addScreenStrings(import.meta.glob('/locales/{en,es}/written.json', { eager: true, import: 'default' }));

/**
 * The public pages a guide or a screen relies on. Plain text addresses: the app itself never contacts them.
 * Titles stay as the source has them; a source in another language than the reader's says which.
 */
export function SourceList({ keys }: { keys: readonly SourceKey[] }) {
  const { t, language } = useI18n();
  return (
    <ul class="sources">
      {keys.map((key) => {
        const source = SOURCES[key];
        return (
          <li key={key}>
            {source.organization}, “{source.title}”
            {source.language !== language && ` (${t(`written.${source.language}`)})`}.
            {source.url && (
              <>
                {' '}
                <span class="url">{source.url}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A screen's "Sources" section: its heading and the list, last on the screen. */
export function Sources({
  id,
  title,
  keys,
  class: className,
}: {
  id: string;
  title: string;
  keys: readonly SourceKey[];
  class?: string;
}) {
  return (
    <section class={className} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <SourceList keys={keys} />
    </section>
  );
}
