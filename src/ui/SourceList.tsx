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
