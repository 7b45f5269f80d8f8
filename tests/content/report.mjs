// `npm run content:report`: reading scores per guide, and the search timing, as a Markdown table.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { LIMITS, scoreGuides, searchTiming } = await server.ssrLoadModule(
    '/tests/content/content-report.ts',
  );
  const rows = await scoreGuides();
  const mark = (ok) => (ok ? 'ok' : 'OVER');
  console.log(
    `| Guide | EN Flesch-Kincaid grade (≤ ${LIMITS.englishGrade}) | ES Fernández-Huerta (≥ ${LIMITS.spanishEase}) | Longest step, words EN / ES (≤ ${LIMITS.stepWords}) |`,
  );
  console.log('|---|---|---|---|');
  let failures = 0;
  for (const row of rows) {
    const ok = [
      row.englishGrade <= LIMITS.englishGrade,
      row.spanishEase >= LIMITS.spanishEase,
      Math.max(row.longestStep.en, row.longestStep.es) <= LIMITS.stepWords,
    ];
    failures += ok.filter((value) => !value).length;
    console.log(
      `| ${row.id} | ${row.englishGrade.toFixed(1)} ${mark(ok[0])} | ${row.spanishEase.toFixed(1)} ${mark(ok[1])} | ${row.longestStep.en} / ${row.longestStep.es} ${mark(ok[2])} |`,
    );
  }
  console.log(`\nScores are over each guide's steps and "do not" items.`);
  console.log(
    `Search for "orden judisial" over every Spanish guide: ${(await searchTiming()).toFixed(2)} ms median (Node).`,
  );
  if (failures > 0) console.log(`\n${failures} limit(s) not met.`);
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  await server.close();
}
