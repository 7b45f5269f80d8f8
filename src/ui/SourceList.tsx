import { SOURCES, type SourceKey } from '../../locales/sources';

/**
 * The public pages a guide or a screen relies on. Plain text addresses: the app itself never contacts them.
 */
export function SourceList({ keys }: { keys: readonly SourceKey[] }) {
  return (
    <ul class="sources">
      {keys.map((key) => {
        const source = SOURCES[key];
        return (
          <li key={key}>
            {source.organization}, “{source.title}”.
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
