import { describe, expect, it } from 'vitest';
import { openIn } from '../../src/first-paint/page-markup';

// index.html as build/first-paint.ts writes it, cut down to what openIn works on.
const INDEX = [
  '<html lang="en" dir="ltr"><head>',
  '<script id="first-screen" defer src="/assets/first-screen-abc.js"></script>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/start-abc.js">',
  '<template id="strings-en"><link rel="modulepreload" crossorigin href="/assets/en-abc.js"></template>',
  '<template id="strings-es"><link rel="modulepreload" crossorigin href="/assets/es-abc.js"></template>',
  '</head><body>',
  '<div id="app"></div>',
  '<template id="home-en"><h1>Know your rights</h1></template>',
  '<template id="home-es"><h1>Conozca sus derechos</h1></template>',
  '<template id="frame-en"><header>Know your rights</header></template>',
  '<template id="frame-es"><header>Conozca sus derechos</header></template>',
  '</body></html>',
].join('\n');

describe('openIn: index.html as the service worker serves it', () => {
  it('puts the home screen in the chosen language into the root at "/"', () => {
    const page = openIn(INDEX, 'es', '/');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain('<div id="app"><h1>Conozca sus derechos</h1></div>');
    expect(page).not.toContain('Know your rights');
  });

  it('puts only the frame at any other address, so a deep link never shows home', () => {
    const page = openIn(INDEX, 'es', '/guides/agents-at-your-door');
    expect(page).toContain('<html lang="es" dir="ltr">');
    expect(page).toContain('<div id="app"><header>Conozca sus derechos</header></div>');
    expect(page).not.toContain('<h1>');
    expect(page).not.toContain('Know your rights');
  });

  it('drops what only a first visit needs: the first-screen script, the templates, the preloads', () => {
    const page = openIn(INDEX, 'en', '/');
    expect(page).not.toContain('first-screen');
    expect(page).not.toContain('<template');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
  });
});
