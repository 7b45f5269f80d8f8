import { useI18n } from '../../i18n/i18n-context';

/** A label written on several lines of the drawing: the locale files mark the breaks with "|". */
const lines = (text: string) => text.split('|');

/**
 * Our own drawing of the two kinds of paper side by side, with the four places to look (numbered as the
 * questions). Text comes from the locale files, so the labels follow the interface language.
 */
export function WarrantDiagram() {
  const { t } = useI18n();
  const marker = (x: number, y: number, number: number) => (
    <g class="marker" transform={`translate(${x} ${y})`}>
      <circle r="13" />
      <text y="5">{number}</text>
    </g>
  );
  // One drawing a paper, so on a phone they stack and each is drawn as wide as the screen: the labels then
  // stay 16 px or more (side by side in one drawing, they were 6.6 to 13 px on a 360 px phone).
  const paper = (kind: 'judicial' | 'ice') => (
    <svg viewBox="0 0 300 380" aria-hidden="true" focusable="false">
      <g transform="translate(20 40)">
        <rect width="260" height="330" rx="6" class="paper" />
        <text x="130" y="-12" class="paper-title">
          {t(`warrant.diagram.${kind}`)}
        </text>
        {/* The heading as printed on such papers, on two lines ("|" in the locale file). */}
        {lines(kind === 'judicial' ? t('warrant.diagram.court') : t('warrant.diagram.dhs')).map((line, i) => (
          <text key={line} x="124" y={30 + i * 18} class="paper-head">
            {line}
          </text>
        ))}
        {kind === 'ice' && (
          <text x="124" y="76" class="paper-form">
            {t('warrant.diagram.formNumber')}
          </text>
        )}
        {[100, 125, 150, 175, 200].map((y) => (
          <line key={y} x1="24" x2="236" y1={y} y2={y} class="paper-line" />
        ))}
        <text x="24" y="236" class="paper-small">
          {t('warrant.diagram.nameAddress')}
        </text>
        <line x1="24" x2="236" y1="248" y2="248" class="paper-line" />
        {/* Who signs, on up to two lines ("|"), centred where one line used to sit. */}
        {lines(
          kind === 'judicial' ? t('warrant.diagram.judgeSignature') : t('warrant.diagram.officerSignature'),
        ).map((line, i, all) => (
          <text key={line} x="124" y={306 - (all.length - 1) * 11 + i * 22} class="paper-sign">
            {line}
          </text>
        ))}
        {marker(248, 30, 1)}
        {marker(248, 298, 2)}
        {kind === 'ice' && marker(248, 72, 3)}
        {marker(248, 238, 4)}
      </g>
    </svg>
  );

  return (
    <figure class="warrant-diagram">
      <figcaption>
        <h2>{t('warrant.diagram.title')}</h2>
      </figcaption>
      <div class="diagram-papers" role="img" aria-label={t('warrant.diagram.description')}>
        {paper('judicial')}
        {paper('ice')}
      </div>
      {/* The places to look, numbered as the markers: text that wraps, at the reader's own text size. */}
      <ol class="diagram-callouts">
        <li>{t('warrant.diagram.lookTop')}</li>
        <li>{t('warrant.diagram.lookSignature')}</li>
        <li>{t('warrant.diagram.lookImmigration')}</li>
        <li>{t('warrant.diagram.lookName')}</li>
      </ol>
    </figure>
  );
}
