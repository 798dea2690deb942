import { Badge, mergeClasses, type BadgeProps } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from './styles';

/** A group's heading: a colour dot, its name and how many it holds ("● Quá hạn (3)"). */
export function GroupHeading(props: {
  as: 'h2' | 'h3' | 'h4';
  id: string;
  color: NonNullable<BadgeProps['color']>;
  text: Text;
  count: number;
  className?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const v = useViewStyles();
  const H = props.as;
  return (
    <H className={mergeClasses(v.heading, v.withBadge, props.className)} id={props.id}>
      <Badge appearance="filled" color={props.color} size="small" />
      {t(props.text)} ({formatCount(props.count, locale)})
    </H>
  );
}
