import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  CalendarClockFilled,
  CalendarClockRegular,
  ClipboardTaskListLtrFilled,
  ClipboardTaskListLtrRegular,
  DocumentArrowDownFilled,
  DocumentArrowDownRegular,
  DocumentMultipleFilled,
  DocumentMultipleRegular,
  SettingsFilled,
  SettingsRegular,
  TargetFilled,
  TargetRegular,
  bundleIcon,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { Text } from '../i18n/text';
import { useT } from '../i18n/locale';

export type ViewId =
  'check' | 'deadlines' | 'indicators' | 'consolidate' | 'templates' | 'settings';

/** Each view's tab: its name and its icon (filled when it is the open one). */
const TAB_ICONS: Record<ViewId, FluentIcon> = {
  check: bundleIcon(ClipboardTaskListLtrFilled, ClipboardTaskListLtrRegular),
  deadlines: bundleIcon(CalendarClockFilled, CalendarClockRegular),
  indicators: bundleIcon(TargetFilled, TargetRegular),
  consolidate: bundleIcon(DocumentMultipleFilled, DocumentMultipleRegular),
  templates: bundleIcon(DocumentArrowDownFilled, DocumentArrowDownRegular),
  settings: bundleIcon(SettingsFilled, SettingsRegular),
};

const useStyles = makeStyles({
  // One row at any pane width: the six tabs share the row, each as wide as its name.
  list: {
    display: 'flex',
    flexWrap: 'nowrap',
    width: '100%',
    boxSizing: 'border-box',
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  // The icon over its name: six names side by side fit 320 px (Office's narrowest pane).
  tab: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 'auto',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    '& .fui-Tab__content': {
      padding: 0,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      whiteSpace: 'nowrap',
    },
    '& .fui-Tab__icon': { margin: 0 },
    // No room kept for the name in bold (Fluent's hidden copy beside it): as narrow as it can be.
    '& .fui-Tab__content--reserved-space': { display: 'none' },
    // Below 340 px the longest English names ("Consolidate") need a smaller size to share a row.
    '@media (max-width: 339px)': { '& .fui-Tab__content': { fontSize: '11px' } },
  },
});

/**
 * The views' tabs in one row: icon over a short name, the whole name being the tab's accessible
 * name. Test ids none; tabs are `tab-${id}` and control `panel-${id}`.
 */
export function ViewTabs(props: {
  views: readonly { readonly id: ViewId; readonly label: Text }[];
  selected: ViewId;
  label: string;
  onSelect: (id: ViewId) => void;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      selectedValue={props.selected}
      onTabSelect={(_, data) => props.onSelect(data.value as ViewId)}
      aria-label={props.label}
      size="small"
      data-testid="view-tabs"
    >
      {props.views.map((v) => {
        const Icon = TAB_ICONS[v.id];
        return (
          <Tab
            key={v.id}
            value={v.id}
            id={`tab-${v.id}`}
            aria-controls={`panel-${v.id}`}
            className={styles.tab}
            icon={<Icon />}
          >
            {t(v.label)}
          </Tab>
        );
      })}
    </TabList>
  );
}
