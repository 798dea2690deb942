import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useState, type ComponentType } from 'react';
import type { Host } from '../host/types';
import { LocaleProvider, useT } from '../i18n/locale';
import type { Settings } from '../engine/settings';
import type { Text } from '../i18n/text';
import { PaneStoreProvider, useJob, usePane } from './store';
import { useRememberedFlag } from './remembered';
import { ViewBoundary } from './ViewBoundary';
import { CheckView } from '../views/CheckView';
import { DeadlinesView } from '../views/DeadlinesView';
import { IndicatorsView } from '../views/IndicatorsView';
import { ConsolidateView } from '../views/ConsolidateView';
import { TemplatesView } from '../views/TemplatesView';
import { SettingsView } from '../views/SettingsView';

export type ViewId =
  'check' | 'deadlines' | 'indicators' | 'consolidate' | 'templates' | 'settings';

interface ViewSpec {
  readonly id: ViewId;
  readonly label: Text;
  readonly Component: ComponentType;
}

export const VIEWS: readonly ViewSpec[] = [
  { id: 'check', label: { vi: 'Kiểm tra', en: 'Check' }, Component: CheckView },
  { id: 'deadlines', label: { vi: 'Thời hạn', en: 'Deadlines' }, Component: DeadlinesView },
  { id: 'indicators', label: { vi: 'Chỉ tiêu', en: 'Indicators' }, Component: IndicatorsView },
  {
    id: 'consolidate',
    label: { vi: 'Tổng hợp', en: 'Consolidate' },
    Component: ConsolidateView,
  },
  { id: 'templates', label: { vi: 'Biểu mẫu', en: 'Templates' }, Component: TemplatesView },
  { id: 'settings', label: { vi: 'Cài đặt', en: 'Settings' }, Component: SettingsView },
];

const T = {
  subtitle: {
    vi: 'Kiểm tra và tổng hợp Phụ lục kế hoạch',
    en: 'Check and consolidate plan appendices',
  },
  language: { vi: 'English', en: 'Tiếng Việt' },
  languageHint: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  views: { vi: 'Các chức năng', en: 'Features' },
  skip: { vi: 'Bỏ qua đến nội dung chính', en: 'Skip to main content' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  dismiss: { vi: 'Đóng thông báo', en: 'Dismiss message' },
  standalone: {
    vi: 'Đang chạy dạng trang web: mở các tệp .xlsx; báo cáo và biểu mẫu được tải về máy.',
    en: 'Running as a web page: open .xlsx files; the report and templates are downloaded.',
  },
  closeNotice: { vi: 'Ẩn', en: 'Hide' },
  closeNoticeHint: { vi: 'Ẩn thông báo này từ nay', en: 'Hide this notice from now on' },
  missing: { vi: 'Excel này thiếu một số tính năng', en: 'This Excel lacks some features' },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // Out of sight until it has the keyboard's focus: the first stop, past the header and tabs.
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-100px',
    zIndex: 1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { top: tokens.spacingVerticalS },
  },
  // Wrapped, not scrolled: in a task pane 320–420 px wide the last tabs ("Cài đặt") would sit
  // past the edge, where nothing says they exist.
  tabs: { flexWrap: 'wrap', flexShrink: 0 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    ':focus': { outlineStyle: 'none' },
  },
  job: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  jobText: { flexGrow: 1, minWidth: 0 },
});

/** The running job's label and progress bar, with Cancel: the one part that re-renders per tick. */
function JobBar() {
  const t = useT();
  const { cancelJob } = usePane();
  const job = useJob();
  const styles = useStyles();
  if (!job) return null;
  const { progress } = job;
  return (
    <div className={styles.job} role="status" aria-live="polite" data-testid="job">
      <div className={styles.jobText}>
        <div>
          {t(job.label)}
          {progress && ` ${progress.done}/${progress.total} · ${progress.what}`}
        </div>
        <ProgressBar value={progress ? progress.done / Math.max(1, progress.total) : undefined} />
      </div>
      <Button size="small" onClick={cancelJob}>
        {t(T.cancel)}
      </Button>
    </div>
  );
}

function Shell() {
  const t = useT();
  const pane = usePane();
  const styles = useStyles();
  const [view, setView] = useState<ViewId>('check');
  const spec = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const { message, host } = pane;
  // The notice says once how the page works; closed, it stays closed in this browser.
  const [noticeClosed, closeNotice] = useRememberedFlag('phuluc.notice.standalone.closed');
  return (
    <div className={styles.root}>
      <a
        className={styles.skip}
        href="#content"
        onClick={(e) => {
          // Focus, not the address's fragment: an add-in's page keeps its URL.
          e.preventDefault();
          const main = document.getElementById('content');
          main?.focus();
          main?.scrollIntoView({ block: 'start' });
        }}
        data-testid="skip-link"
      >
        {t(T.skip)}
      </a>
      <header className={styles.header}>
        <img src="assets/icon-32.png" width={24} height={24} alt="" />
        <div className={styles.brand}>
          <h1 className={styles.title}>PhuLuc</h1>
          <span className={styles.subtitle}>{t(T.subtitle)}</span>
        </div>
        <ToggleButton
          size="small"
          appearance="subtle"
          checked={pane.settings.locale === 'en'}
          // Named by what it shows ("English", in English), as a speech user says it; the title
          // says what it does.
          lang={pane.settings.locale === 'vi' ? 'en' : 'vi'}
          title={t(T.languageHint)}
          onClick={() =>
            pane.updateSettings({ locale: pane.settings.locale === 'vi' ? 'en' : 'vi' })
          }
          data-testid="language-switch"
        >
          {t(T.language)}
        </ToggleButton>
      </header>
      {/* A landmark around the tabs: everything on the page is in one (axe "region"). */}
      <nav aria-label={t(T.views)}>
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => {
            // A message belongs to the view it came from ("Đã tạo 5 biểu mẫu" is not news elsewhere).
            if (data.value !== view) pane.showMessage(null);
            setView(data.value as ViewId);
          }}
          aria-label={t(T.views)}
          size="small"
        >
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={`panel-${v.id}`}>
              {t(v.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="content" tabIndex={-1} className={styles.main}>
        {host.kind === 'files' && !noticeClosed && (
          <MessageBar intent="info" layout="multiline" data-testid="standalone-notice">
            <MessageBarBody>{t(T.standalone)}</MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                appearance="transparent"
                title={t(T.closeNoticeHint)}
                onClick={() => {
                  closeNotice();
                  // The bar and its button are gone: the view is the meaningful place for focus.
                  document.getElementById('content')?.focus();
                }}
                data-testid="close-standalone-notice"
              >
                {t(T.closeNotice)}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {host.missing.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="missing-features">
            <MessageBarBody>
              <MessageBarTitle>{t(T.missing)}</MessageBarTitle>
              <ul>
                {host.missing.map((note) => (
                  <li key={note.id}>{t(note)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <JobBar />
        {message && (
          <MessageBar intent={message.intent} layout="multiline" data-testid="pane-message">
            <MessageBarBody>
              {t(message.text)}
              {message.hint && <div>{t(message.hint)}</div>}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => pane.showMessage(null)}>
                {t(T.dismiss)}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <section id={`panel-${spec.id}`} role="tabpanel" aria-labelledby={`tab-${spec.id}`}>
          <ViewBoundary key={spec.id}>
            <spec.Component />
          </ViewBoundary>
        </section>
      </main>
    </div>
  );
}

function Themed() {
  const pane = usePane();
  const theme = pane.host.prefersDark() ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} lang={pane.settings.locale}>
      <LocaleProvider locale={pane.settings.locale}>
        <Shell />
      </LocaleProvider>
    </FluentProvider>
  );
}

/** The whole pane for a host; `now` and `initialSettings` are for tests. */
export function App(props: { host: Host; now?: () => Date; initialSettings?: Settings }) {
  return (
    <PaneStoreProvider
      host={props.host}
      {...(props.now ? { now: props.now } : {})}
      {...(props.initialSettings ? { initialSettings: props.initialSettings } : {})}
    >
      <Themed />
    </PaneStoreProvider>
  );
}
