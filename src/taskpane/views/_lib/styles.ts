import { makeStyles, tokens } from '@fluentui/react-components';

const bareList = {
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  // At page size a row stays a readable line: a button is not a screen's width from its name.
  maxWidth: '40rem',
} as const;

/** Page size (a standalone page, a wide pane): where a view's one column becomes two. */
export const WIDE = '@media (min-width: 900px)';

/** The two columns at page size: what is chosen or listed first, then what comes of it. */
const WIDE_COLUMNS = 'minmax(16rem, 26rem) minmax(0, 1fr)';

/**
 * Classes the views share. A view keeps its own hook only for what is its alone, and combines
 * with mergeClasses where it differs a little (later classes win).
 */
export const useViewStyles = makeStyles({
  /** A view's column of cards and sections. */
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  /**
   * Two columns at page size (a standalone page, a wide pane), one in a task pane: what is
   * chosen or listed first on the left, what comes of it on the right.
   */
  columns: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    [WIDE]: {
      display: 'grid',
      gridTemplateColumns: WIDE_COLUMNS,
      alignItems: 'start',
      columnGap: tokens.spacingHorizontalXL,
    },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  /** Added to a heading that starts with a colour dot (a small Badge). */
  withBadge: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** Buttons, badges and short texts side by side, wrapping. */
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** A row of count badges or toggles. */
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  /** A bare vertical list, items touching or (`spacedList`) a little apart. */
  list: bareList,
  spacedList: { ...bareList, gap: tokens.spacingVerticalXS },
  /** A list item: text that grows, then a button or badge at the end. */
  item: {
    // A name and its button (Bỏ, Tạo) read as one line: near each other at page size.
    maxWidth: '32rem',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  /** A list entry of stacked lines. */
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});
