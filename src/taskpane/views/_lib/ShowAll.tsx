import { Button } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';

const T = {
  showAll: { vi: 'Xem tất cả', en: 'Show all' },
  collapse: { vi: 'Thu gọn', en: 'Collapse' },
} satisfies Record<string, Text>;

/**
 * The button that opens a folded list and folds it again: "Xem tất cả (n …)", then "Thu gọn".
 * @example <ShowAll open={all} onToggle={() => setAll((a) => !a)} count={12} what={T.files} testId="files-all" />
 */
export function ShowAll(props: {
  open: boolean;
  onToggle: () => void;
  /** How many there are in all, said in the folded button. */
  count: number;
  /** What is counted ("tệp", "dòng"), after the count; absent: the count alone. */
  what?: Text;
  appearance?: 'secondary' | 'subtle';
  /** The id of the list it opens, while that list is drawn. */
  controls?: string;
  testId: string;
}) {
  const t = useT();
  const locale = useLocale();
  const counted = formatCount(props.count, locale) + (props.what ? ` ${t(props.what)}` : '');
  return (
    <Button
      size="small"
      appearance={props.appearance ?? 'secondary'}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={props.onToggle}
      data-testid={props.testId}
    >
      {props.open ? t(T.collapse) : `${t(T.showAll)} (${counted})`}
    </Button>
  );
}
