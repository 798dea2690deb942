import {
  Badge,
  Button,
  Caption1,
  Card,
  Field,
  SpinButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { DueStatus } from '../../core/deadline/due-state';
import { usePane } from '../app/store';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, formatDate, type Text } from '../i18n/text';
import { KeyFigures } from './_lib/KeyFigures';
import { CommittedDateField } from './_lib/DateField';
import { FilterSelect } from './_lib/FilterSelect';
import { GroupHeading } from './_lib/GroupHeading';
import { NoPlan } from './_lib/NoPlan';
import { DAYS_MAX } from '../engine/settings';
import { useViewStyles } from './_lib/styles';
import { useSelectCell } from './_lib/select';
import {
  consolidationOf,
  DUE_GROUPS,
  dueTasks,
  groupByDue,
  leadUnits,
  type DueTask,
} from './deadlines/groups';

/** How many tasks of a group are drawn at first, and added by "show more". */
const PAGE = 200;

const T = {
  empty: {
    vi: 'Tại đây: các nhiệm vụ quá hạn, sắp đến hạn và đã hoàn thành của kế hoạch.',
    en: 'Here: the plan’s tasks overdue, due soon and done.',
  },
  noTasks: {
    vi: 'Kế hoạch không có bảng nhiệm vụ nào.',
    en: 'The plan has no task table.',
  },
  asOf: { vi: 'Ngày tính hạn', en: 'As of' },
  asOfHint: { vi: 'Để trống: hôm nay', en: 'Empty: today' },
  window: { vi: 'Sắp đến hạn trong (ngày)', en: 'Due soon within (days)' },
  unit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  allUnits: { vi: 'Tất cả đơn vị', en: 'All units' },
  summary: { vi: 'Tóm tắt thời hạn', en: 'Deadline summary' },
  none: { vi: 'Không có nhiệm vụ nào.', en: 'No tasks.' },
  deadline: { vi: 'Thời gian: ', en: 'Deadline: ' },
  dueOn: { vi: 'Hạn: ', en: 'Due: ' },
  lead: { vi: 'Chủ trì: ', en: 'Lead: ' },
  showMore: { vi: 'Hiện thêm', en: 'Show more' },
  goTo: { vi: 'Chọn ô thời gian của nhiệm vụ', en: 'Select the task’s deadline cell' },
  today: { vi: 'hôm nay', en: 'today' },
  fromReports: {
    vi: 'Đã hoàn thành theo báo cáo của các đơn vị (bản tổng hợp ở thẻ Tổng hợp).',
    en: 'Done as the units reported it (the consolidation on the Consolidate tab).',
  },
  fromPlan: {
    vi: 'Đã hoàn thành theo cột tình trạng của kế hoạch.',
    en: 'Done as the plan’s own status column says.',
  },
} satisfies Record<string, Text>;

const GROUP_TEXT: Record<DueStatus, Text> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'not-yet-due': { vi: 'Chưa đến hạn', en: 'Later' },
  'no-date': { vi: 'Không có ngày cố định', en: 'No fixed date' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
};

const GROUP_COLOR = {
  overdue: 'danger',
  'due-soon': 'warning',
  'not-yet-due': 'informative',
  'no-date': 'subtle',
  done: 'success',
} as const satisfies Record<DueStatus, string>;

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  spin: { width: '7em' },
  // Room for a unit's name beside the other controls, or a line of its own; never past the pane.
  unit: { flexGrow: 1, flexBasis: '12em', minWidth: 0, maxWidth: '100%' },
  keyButton: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  content: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  meta: { overflowWrap: 'anywhere' },
});

/**
 * Thời hạn: tasks overdue, due soon, later, without a date and done, for one lead unit or all;
 * done by the plan's own status column, or by the units' reports once they are consolidated.
 */
export function DeadlinesView() {
  const pane = usePane();
  const t = useT();
  const styles = useStyles();
  const v = useViewStyles();
  const [unit, setUnit] = useState<string | null>(null);
  const { scan, settings, consolidation } = pane;
  // Once the units' reports are consolidated, they decide what is done (as in Tổng hợp).
  const tasks = useMemo(
    () => (scan ? dueTasks(scan, settings.dueSoonDays, consolidation) : []),
    [scan, settings.dueSoonDays, consolidation],
  );
  const units = useMemo(() => (scan ? leadUnits(scan) : []), [scan]);
  const onUnit = unit !== null && units.includes(unit) ? unit : null;
  const groups = useMemo(() => groupByDue(tasks, onUnit), [tasks, onUnit]);

  if (!scan) return <NoPlan view="deadlines" text={T.empty} />;
  const named = scan.tables.filter((tb) => tb.kind === 'tasks').length > 1;
  return (
    <div className={v.root} data-testid="deadlines-view">
      {tasks.length > 0 && (
        <KeyFigures
          label={t(T.summary)}
          testId="due-figures"
          figures={[
            {
              id: 'overdue',
              text: GROUP_TEXT.overdue,
              count: groups.overdue.length,
              tone: 'danger',
            },
            {
              id: 'due-soon',
              text: GROUP_TEXT['due-soon'],
              count: groups['due-soon'].length,
              tone: 'warning',
            },
            { id: 'done', text: GROUP_TEXT.done, count: groups.done.length, tone: 'success' },
          ]}
        />
      )}
      <div className={v.columns}>
        <div className={v.root}>
          <div className={styles.controls}>
            <CommittedDateField
              label={t(T.asOf)}
              hint={settings.asOf ? undefined : `${t(T.asOfHint)} (${formatDate(scan.asOf)})`}
              size="small"
              value={settings.asOf}
              onCommit={(asOf) => pane.updateSettings({ asOf })}
              testId="as-of"
            />
            <Field label={t(T.window)} size="small">
              <SpinButton
                size="small"
                className={styles.spin}
                min={0}
                max={DAYS_MAX}
                value={settings.dueSoonDays}
                onChange={(_, data) => {
                  const n = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                  if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= DAYS_MAX) {
                    pane.updateSettings({ dueSoonDays: n });
                  }
                }}
                data-testid="due-soon-days"
              />
            </Field>
            <FilterSelect
              label={t(T.unit)}
              allLabel={t(T.allUnits)}
              value={onUnit}
              options={units}
              onChange={setUnit}
              testId="lead-unit"
              className={styles.unit}
            />
          </div>
          {tasks.length > 0 && (
            <Caption1 className={v.muted} data-testid="due-source">
              {t(consolidationOf(scan, consolidation) ? T.fromReports : T.fromPlan)}
            </Caption1>
          )}
        </div>
        {tasks.length === 0 ? (
          <Caption1>{t(T.noTasks)}</Caption1>
        ) : (
          <div className={v.root}>
            {DUE_GROUPS.filter((s) => s !== 'done' || groups.done.length > 0).map((s) => (
              <DueGroup key={s} status={s} tasks={groups[s]} named={named} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

function DueGroup(props: { status: DueStatus; tasks: readonly DueTask[]; named: boolean }) {
  const { status, tasks, named } = props;
  const t = useT();
  const locale = useLocale();
  const v = useViewStyles();
  const [limit, setLimit] = useState(PAGE);
  const id = `due-${status}`;
  const visible = tasks.slice(0, limit);
  return (
    <Card size="small" data-testid={id} aria-labelledby={id}>
      <GroupHeading
        as="h2"
        id={id}
        color={GROUP_COLOR[status]}
        text={GROUP_TEXT[status]}
        count={tasks.length}
      />
      {tasks.length === 0 ? (
        <Caption1>{t(T.none)}</Caption1>
      ) : (
        <ul className={v.list}>
          {visible.map((task) => (
            <li key={`${task.sheet}|${task.task.key}|${task.task.row}`}>
              <TaskEntry task={task} named={named} />
            </li>
          ))}
        </ul>
      )}
      {tasks.length > visible.length && (
        <Button size="small" onClick={() => setLimit((n) => n + PAGE)} data-testid={`${id}-more`}>
          {t(T.showMore)} ({formatCount(tasks.length - visible.length, locale)})
        </Button>
      )}
    </Card>
  );
}

/** "quá 20 ngày" / "còn 5 ngày" / "hôm nay". */
function daysText(days: number): Text {
  if (days === 0) return T.today;
  if (days < 0) return { vi: `quá ${-days} ngày`, en: `${-days} days late` };
  return { vi: `còn ${days} ngày`, en: `in ${days} days` };
}

/** Up to four due dates from the one the status is about ("31/10/2024, 30/11/2024, …"). */
function datesAround(dates: readonly string[], current: string | null): string {
  const at = current ? dates.indexOf(current) : -1;
  const start = Math.max(0, Math.min(at, dates.length - 4));
  const shown = dates.slice(start, start + 4).map(formatDate);
  if (start > 0) shown.unshift('…');
  if (start + 4 < dates.length) shown.push('…');
  return shown.join(', ');
}

function TaskEntry(props: { task: DueTask; named: boolean }) {
  const { task: d, named } = props;
  const { task } = d;
  const t = useT();
  const styles = useStyles();
  const v = useViewStyles();
  const select = useSelectCell();
  const cell = task.cells.deadline ?? task.cells.content ?? task.cells.number;
  const key = named ? `${d.sheet} · ${task.key}` : task.key;
  const dates = task.deadline.due;
  return (
    <div className={v.entry} data-testid="due-task">
      <div className={v.row}>
        {select && cell ? (
          <Button
            size="small"
            appearance="transparent"
            className={mergeClasses(v.strong, styles.keyButton)}
            onClick={() => void select(d.sheet, cell)}
            title={t(T.goTo)}
          >
            {key}
          </Button>
        ) : (
          <span className={v.strong}>{key}</span>
        )}
        {d.date && (
          <Badge appearance="tint" color={GROUP_COLOR[d.status]}>
            {formatDate(d.date)}
            {d.days !== null && ` · ${t(daysText(d.days))}`}
          </Badge>
        )}
      </div>
      <span className={styles.content} title={task.content}>
        {task.content || '—'}
      </span>
      <Caption1 className={mergeClasses(v.muted, styles.meta)}>
        {task.lead.length > 0 && (
          <>
            {t(T.lead)}
            {task.lead.join(', ')}
            <br />
          </>
        )}
        {t(T.deadline)}
        {task.deadlineText.replace(/\s+/g, ' ').trim() || '—'}
        {dates.length > 0 && (
          <>
            {' · '}
            {t(T.dueOn)}
            {datesAround(dates, d.date)}
          </>
        )}
      </Caption1>
    </div>
  );
}
