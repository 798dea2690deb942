import { makeStyles, tokens } from '@fluentui/react-components';

/** Classes the Tổng hợp sections share, beyond the views' own (`useViewStyles`). */
export const useConsolidateStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  counts: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  dd: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: '3',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
});
