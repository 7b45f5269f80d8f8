import type { RecordLine } from './record-text';

/** What the report file shows: the record's lines, and its photos as data URLs (the shared copies). */
export interface Report {
  language: string;
  title: string;
  lines: readonly RecordLine[];
  photos: readonly { dataUrl: string; label: string }[];
  footer: string;
}

/*
 * The report's own policy: it runs nothing, loads nothing from anywhere, and shows only images carried
 * inside it. A file that opens in any browser may be opened from anywhere, so it must not trust itself.
 */
const POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:1em auto;padding:0 1em}' +
  'dt{font-weight:bold;margin-top:.5em}dd{margin:0;white-space:pre-wrap}img{max-width:100%;margin-top:1em}';

/**
 * One self-contained HTML page of the record, built with DOM calls: every text the person typed is set as
 * `textContent` (an element's text, never markup), so a name such as `<img src=x onerror=…>` stays text.
 * Returns the page's source, doctype first.
 */
export function reportHtml(report: Report): string {
  const doc = document.implementation.createHTMLDocument(report.title);
  doc.documentElement.lang = report.language;
  doc.title = report.title; // (some DOMs leave out the title createHTMLDocument was given)
  const meta = (attributes: Record<string, string>) => {
    const element = doc.createElement('meta');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    doc.head.prepend(element);
  };
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  meta({ 'http-equiv': 'Content-Security-Policy', content: POLICY });
  meta({ charset: 'utf-8' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(style);

  const heading = doc.createElement('h1');
  heading.textContent = report.title;
  const list = doc.createElement('dl');
  for (const { label, value } of report.lines) {
    const term = doc.createElement('dt');
    term.textContent = label;
    const detail = doc.createElement('dd');
    const isolated = doc.createElement('bdi');
    isolated.textContent = value;
    detail.append(isolated);
    list.append(term, detail);
  }
  doc.body.append(heading, list);
  for (const photo of report.photos) {
    // Only images carried as data: anything else would be a request the policy refuses anyway.
    if (!photo.dataUrl.startsWith('data:image/')) continue;
    const image = doc.createElement('img');
    image.src = photo.dataUrl;
    image.alt = photo.label;
    doc.body.append(image);
  }
  const footer = doc.createElement('p');
  footer.textContent = report.footer;
  doc.body.append(footer);
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}
