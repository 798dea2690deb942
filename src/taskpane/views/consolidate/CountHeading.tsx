import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from '../_lib/styles';

/** A Tổng hợp section's heading with how many it lists ("Báo cáo khác nhau (2)"). */
export function CountHeading(props: { text: Text; count: number }) {
  const t = useT();
  const locale = useLocale();
  const v = useViewStyles();
  return (
    <h3 className={v.heading}>
      {t(props.text)} ({formatCount(props.count, locale)})
    </h3>
  );
}
