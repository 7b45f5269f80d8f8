// A saved file's name is offered in a text field before saving (SaveFileSection.tsx): not every browser
// asks where to save, so this is where the person can change the plain default.

const MAX_NAME = 100;

/**
 * The name the person typed before saving, made safe to hand to the browser: no folder separators or
 * characters a file system refuses, at most 100 characters, ending in the file's own extension. Empty,
 * it is the default name.
 */
export function chosenFileName(typed: string, defaultName: string): string {
  const extension = defaultName.slice(defaultName.lastIndexOf('.'));
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  let name = typed.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-').trim();
  if (name.toLowerCase().endsWith(extension)) name = name.slice(0, -extension.length);
  name = name.replace(/^[.\s-]+/, '').slice(0, MAX_NAME - extension.length);
  return name === '' ? defaultName : name + extension;
}
