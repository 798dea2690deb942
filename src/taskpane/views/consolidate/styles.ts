import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes the Tổng hợp sections share, beyond the views' own (`useViewStyles`). */
export const useConsolidateStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  // Labels get the width they need ("Hoàn thành đúng hạn" on one line), values the rest and
  // wrap there: a long value ("5: 2 đạt, 3 không đạt, …") must not squeeze the labels.
  counts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(auto, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    // At page size a figure stays on its label's line, not a screen's width away.
    maxWidth: '32rem',
  },
  dd: {
    margin: 0,
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    overflowWrap: 'anywhere',
  },
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
});
