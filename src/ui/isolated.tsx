import type { ComponentChildren } from 'preact';

/**
 * A number (a phone number, an A-number) as left-to-right text of its own: no name or text beside it,
 * nor a right-to-left page, can reverse or reorder it.
 */
export function NumberText({ children }: { children: string }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/** Where `isolatedIn` puts the person's text back: a private-use character no translation holds. */
const SLOT = '\ue000';

/**
 * A translated sentence that holds a person's text (a name, a number), with that text isolated in a
 * `<bdi>` (a number as left-to-right text, `dir="ltr"`), so it cannot reorder the words around it.
 * `sentence` gets the slot to give as the text: `isolatedIn((name) => t('…', { name }), contact.name)`.
 */
export function isolatedIn(sentence: (slot: string) => string, text: string, dir?: 'ltr'): ComponentChildren {
  return sentence(SLOT)
    .split(SLOT)
    .flatMap((part, index) =>
      index === 0
        ? [part]
        : [
            <bdi key={index} dir={dir}>
              {text}
            </bdi>,
            part,
          ],
    );
}
