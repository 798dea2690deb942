import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useLocale, useT } from '../../i18n/locale';
import { formatCount, type Text } from '../../i18n/text';
import { useViewStyles } from './styles';

/** A labelled group of tinted badges "Name: n", one per kind, each with test id `count-${kind}`. */
export function CountBadges<K extends string>(props: {
  label: string;
  testId: string;
  kinds: readonly K[];
  text: Record<K, Text>;
  color: Record<K, NonNullable<BadgeProps['color']>>;
  count: (kind: K) => number;
}) {
  const t = useT();
  const locale = useLocale();
  const v = useViewStyles();
  return (
    <div className={v.badges} role="group" aria-label={props.label} data-testid={props.testId}>
      {props.kinds.map((k) => (
        <Badge key={k} appearance="tint" color={props.color[k]} data-testid={`count-${k}`}>
          {t(props.text[k])}: {formatCount(props.count(k), locale)}
        </Badge>
      ))}
    </div>
  );
}
