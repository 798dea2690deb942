import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, type CSSProperties } from 'react';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';

/** One figure of a view's summary: how many, of what, and how it is coloured when not zero. */
export interface KeyFigure {
  readonly id: string;
  readonly text: Text;
  readonly count: number;
  /** Shown as "count/of" when given ("4/5" units submitted). */
  readonly of?: number;
  readonly tone: 'danger' | 'warning' | 'success' | 'neutral';
  /** Whether the tone shows; by default when the count is not zero. */
  readonly alert?: boolean;
  /** Test id of the figure itself ("submitted-count"), beside the tile's `figure-${id}`. */
  readonly countTestId?: string;
}

const useStyles = makeStyles({
  // Side by side, as many as fit: three share a row at 320 px.
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(var(--key-figure-min, 5.5rem), 1fr))',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    maxWidth: '36rem',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  danger: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
    '& > :first-child': { color: tokens.colorPaletteRedForeground1 },
  },
  warning: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    '& > :first-child': { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
  success: {
    borderLeftColor: tokens.colorPaletteGreenBorder2,
    '& > :first-child': { color: tokens.colorPaletteGreenForeground1 },
  },
  neutral: {},
});

/**
 * A view's key figures at its top, one tile each ("7 Quá hạn"): a list named `label`, focusable
 * by script so that the view can move the focus to it once its work is done. Test ids `testId`
 * and `figure-${id}`.
 */
export const KeyFigures = forwardRef<
  HTMLUListElement,
  {
    label: string;
    testId: string;
    figures: readonly KeyFigure[];
    /** The narrowest a tile may be: wider for longer labels (two tiles a row at 320 px). */
    tileMin?: string;
  }
>(function KeyFigures(props, ref) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <ul
      ref={ref}
      className={styles.root}
      aria-label={props.label}
      tabIndex={-1}
      data-testid={props.testId}
      style={props.tileMin ? ({ '--key-figure-min': props.tileMin } as CSSProperties) : undefined}
    >
      {props.figures.map((f) => (
        <li
          key={f.id}
          className={mergeClasses(styles.figure, (f.alert ?? f.count > 0) && styles[f.tone])}
          data-testid={`figure-${f.id}`}
        >
          <span className={styles.count} data-testid={f.countTestId}>
            {formatCount(f.count, locale)}
            {f.of !== undefined && `/${formatCount(f.of, locale)}`}
          </span>
          <span className={styles.label}>{t(f.text)}</span>
        </li>
      ))}
    </ul>
  );
});
