import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { useT } from '../i18n/locale';
import type { Text } from '../i18n/text';
import { usePane } from './store';

const T = {
  title: { vi: 'Không hiển thị được phần này', en: 'This part could not be shown' },
  body: {
    vi: 'Có lỗi không lường trước. Kế hoạch và các tệp đã mở vẫn được giữ; nếu lỗi do một cài đặt, hãy đặt lại cài đặt.',
    en: 'Something unexpected went wrong. The plan and the files opened are kept; if a setting caused it, reset the settings.',
  },
  reset: { vi: 'Đặt lại cài đặt', en: 'Reset settings' },
  retry: { vi: 'Thử lại', en: 'Try again' },
} satisfies Record<string, Text>;

/** What a view shows instead of itself when it failed: the error, and the ways back. */
function ViewFailed(props: { error: Error; retry: () => void }) {
  const t = useT();
  const pane = usePane();
  const resetSettings = () => {
    // The language stays: the officer chose it, and it cannot break a view.
    pane.updateSettings({ ...DEFAULT_SETTINGS, locale: pane.settings.locale });
    props.retry();
  };
  return (
    <MessageBar intent="error" layout="multiline" data-testid="view-error">
      <MessageBarBody>
        <MessageBarTitle>{t(T.title)}</MessageBarTitle>
        <div>{t(T.body)}</div>
        <code>{props.error.message}</code>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={resetSettings} data-testid="reset-settings">
          {t(T.reset)}
        </Button>
        <Button size="small" onClick={props.retry}>
          {t(T.retry)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Keeps a failing view from blanking the pane: the view is replaced by a message in the pane's
 * language with "Đặt lại cài đặt" and "Thử lại"; the header, tabs and state stay. Give it a `key`
 * per view so that another tab starts afresh.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For support: the message on screen is short, the console keeps where it happened.
    console.error('PhuLuc view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewFailed error={error} retry={() => this.setState({ error: null })} />;
  }
}
