import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ToggleButton,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState, type ComponentType } from 'react';
import type { Host } from '../host/types';
import { LocaleProvider, useT } from '../i18n/locale';
import type { Settings } from '../engine/settings';
import type { Text } from '../i18n/text';
import { PaneStoreProvider, usePane } from './store';
import { JobBar } from './JobBar';
import { useRememberedFlag } from './remembered';
import { focusView, useFocusAfterJob } from './focus';
import { ViewBoundary } from './ViewBoundary';
import { ViewTabs, type ViewId } from './ViewTabs';
import { CheckView } from '../views/CheckView';
import { DeadlinesView } from '../views/DeadlinesView';
import { IndicatorsView } from '../views/IndicatorsView';
import { ConsolidateView } from '../views/ConsolidateView';
import { TemplatesView } from '../views/TemplatesView';
import { SettingsView } from '../views/SettingsView';

export type { ViewId };

interface ViewSpec {
  readonly id: ViewId;
  readonly label: Text;
  readonly Component: ComponentType;
  /** The view shows the running job's bar itself, under the button that started it. */
  readonly showsJob?: boolean;
}

export const VIEWS: readonly ViewSpec[] = [
  { id: 'check', label: { vi: 'Kiểm tra', en: 'Check' }, Component: CheckView },
  { id: 'deadlines', label: { vi: 'Thời hạn', en: 'Deadlines' }, Component: DeadlinesView },
  { id: 'indicators', label: { vi: 'Chỉ tiêu', en: 'Indicators' }, Component: IndicatorsView },
  {
    id: 'consolidate',
    label: { vi: 'Tổng hợp', en: 'Consolidate' },
    Component: ConsolidateView,
    showsJob: true,
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
  dismiss: { vi: 'Đóng thông báo', en: 'Dismiss message' },
  standalone: {
    vi: 'Đang chạy dạng trang web: mở các tệp .xlsx; báo cáo và biểu mẫu được tải về máy.',
    en: 'Running as a web page: open .xlsx files; the report and templates are downloaded.',
  },
  closeNoticeHint: { vi: 'Ẩn thông báo này từ nay', en: 'Hide this notice from now on' },
  missing: { vi: 'Excel này thiếu một số tính năng', en: 'This Excel lacks some features' },
} satisfies Record<string, Text>;

/** Past this width the pane is a page (the standalone page, a wide pane): the content is bounded. */
const PAGE_WIDTH = '75rem';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // One line: the name, the subtitle where there is room, the language.
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: PAGE_WIDTH,
  },
  brand: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  subtitle: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    // In a task pane the line is the tabs' and the view's: the subtitle only where there is room.
    '@media (max-width: 519px)': { display: 'none' },
  },
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
  nav: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '& > *': { maxWidth: '40rem' },
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: PAGE_WIDTH,
    ':focus': { outlineStyle: 'none' },
  },
});

/** A message's close button: an icon, named for screen readers and on hover. */
function DismissButton(props: { label: string; onClick: () => void; testId: string }) {
  return (
    <Button
      size="small"
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
      data-testid={props.testId}
    />
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
  useFocusAfterJob(pane.job !== null);
  return (
    <div className={styles.root}>
      <a
        className={styles.skip}
        href="#content"
        onClick={(e) => {
          // Focus, not the address's fragment: an add-in's page keeps its URL.
          e.preventDefault();
          focusView();
        }}
        data-testid="skip-link"
      >
        {t(T.skip)}
      </a>
      <header className={styles.header} data-testid="pane-header">
        <img src="assets/icon-32.png" width={20} height={20} alt="" />
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
      <nav aria-label={t(T.views)} className={styles.nav}>
        <ViewTabs
          views={VIEWS}
          selected={view}
          label={t(T.views)}
          onSelect={(next) => {
            // A message belongs to the view it came from ("Đã tạo 5 biểu mẫu" is not news elsewhere).
            if (next !== view) pane.showMessage(null);
            setView(next);
          }}
        />
      </nav>
      <main id="content" tabIndex={-1} className={styles.main}>
        {host.kind === 'files' && !noticeClosed && (
          <MessageBar intent="info" layout="multiline" data-testid="standalone-notice">
            <MessageBarBody>{t(T.standalone)}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <DismissButton
                  label={t(T.closeNoticeHint)}
                  onClick={() => {
                    closeNotice();
                    // The bar and its button are gone: the view is the meaningful place for focus.
                    focusView();
                  }}
                  testId="close-standalone-notice"
                />
              }
            />
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
        {!spec.showsJob && <JobBar />}
        {message && (
          <MessageBar
            intent={message.intent}
            layout="multiline"
            // Focusable by script: after an action its message is where the focus goes.
            tabIndex={-1}
            data-testid="pane-message"
          >
            <MessageBarBody>
              {t(message.text)}
              {message.hint && <div>{t(message.hint)}</div>}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <DismissButton
                  label={t(T.dismiss)}
                  onClick={() => {
                    pane.showMessage(null);
                    focusView();
                  }}
                  testId="close-message"
                />
              }
            />
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
