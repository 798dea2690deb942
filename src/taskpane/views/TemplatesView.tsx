import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildTemplates, type UnitTemplate } from '../../core/templates/build';
import { usePane } from '../app/store';
import { generateTemplates, type TemplateDelivery } from '../engine/templates';
import { useLocale, useT } from '../i18n/locale';
import { formatCount, type Text } from '../i18n/text';
import { WithPlan } from './_lib/NoPlan';
import { useViewStyles } from './_lib/styles';
import { deliveryText, templateRows } from './templates/shape';

const T = {
  noPlan: {
    vi: 'Tại đây: mỗi đơn vị của kế hoạch một biểu mẫu báo cáo.',
    en: 'Here: one report template for each unit of the plan.',
  },
  heading: { vi: 'Biểu mẫu cho các đơn vị', en: 'Templates for the units' },
  intro: {
    vi: 'Mỗi đơn vị nhận một sổ tính gồm các dòng mình chủ trì hoặc phối hợp, cột báo cáo và danh sách chọn tình trạng; gửi đi rồi tổng hợp ở thẻ Tổng hợp.',
    en: 'Each unit gets a workbook with the rows it leads or supports, report columns and a status list; send them out, then merge the returns on the Consolidate tab.',
  },
  none: {
    vi: 'Danh mục đơn vị trống: kế hoạch không nêu đơn vị nào (có thể nhập danh mục ở thẻ Cài đặt).',
    en: 'The roster is empty: the plan names no unit (you can type a roster on the Settings tab).',
  },
  makeAll: { vi: 'Tạo biểu mẫu', en: 'Make templates' },
  makeOne: { vi: 'Tạo', en: 'Make' },
  makeOneLabel: { vi: 'Tạo biểu mẫu cho ', en: 'Make the template for ' },
  making: { vi: 'Đang tạo biểu mẫu…', en: 'Making templates…' },
  tasks: { vi: 'nhiệm vụ', en: 'tasks' },
  indicators: { vi: 'chỉ tiêu', en: 'indicators' },
  doneAll: { vi: 'Đã tạo {n} biểu mẫu.', en: 'Made {n} templates.' },
  manyDownloads: {
    vi: 'Trên trang web, mỗi biểu mẫu là một tệp tải về; nếu trình duyệt hỏi có cho phép tải nhiều tệp, hãy chọn Cho phép.',
    en: 'On the page each template is its own download; if the browser asks whether to allow several downloads, choose Allow.',
  },
} satisfies Record<string, Text>;

const useStyles = makeStyles({
  success: { color: tokens.colorPaletteGreenForeground1 },
});

const NONE_DONE: ReadonlyMap<string, TemplateDelivery> = new Map();

/** Biểu mẫu: one report template per roster unit, opened in Excel or downloaded. */
export function TemplatesView() {
  const t = useT();
  const locale = useLocale();
  const pane = usePane();
  const styles = useStyles();
  const v = useViewStyles();
  const { scan } = pane;
  const busy = pane.job !== null;
  const templates = useMemo(() => (scan ? buildTemplates(scan) : []), [scan]);
  const rows = useMemo(() => templateRows(templates), [templates]);
  // Deliveries belong to the templates they were made from: new templates show none made.
  const [made, setMade] = useState<{
    from: readonly UnitTemplate[];
    done: ReadonlyMap<string, TemplateDelivery>;
  } | null>(null);
  const done = made?.from === templates ? made.done : NONE_DONE;

  const make = async (chosen: readonly UnitTemplate[]) => {
    const made = await pane.runJob(T.making, (signal, progress) =>
      generateTemplates(
        chosen,
        (fileName, bytes) => pane.host.deliverWorkbook(fileName, bytes),
        signal,
        progress,
        (d) =>
          setMade((old) => ({
            from: templates,
            done: new Map(old?.from === templates ? old.done : []).set(d.fileName, d),
          })),
      ),
    );
    if (made && made.length > 1) {
      const n = formatCount(made.length, locale);
      pane.showMessage({
        intent: 'success',
        text: { vi: T.doneAll.vi.replace('{n}', n), en: T.doneAll.en.replace('{n}', n) },
      });
    }
  };

  return (
    <WithPlan view="templates" text={T.noPlan}>
      {() => (
        <section className={v.root} aria-labelledby="templates-heading">
          <h2 id="templates-heading" className={v.heading}>
            {t(T.heading)} ({formatCount(templates.length, locale)})
          </h2>
          <Caption1 className={v.muted}>{t(T.intro)}</Caption1>
          {templates.length === 0 ? (
            <Caption1>{t(T.none)}</Caption1>
          ) : (
            <>
              {pane.host.kind === 'files' && templates.length > 1 && (
                <Caption1 className={v.muted} data-testid="many-downloads">
                  {t(T.manyDownloads)}
                </Caption1>
              )}
              <div className={v.row}>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => void make(templates)}
                  data-testid="make-templates"
                >
                  {t(T.makeAll)}
                </Button>
              </div>
              <ul className={v.spacedList} data-testid="template-list">
                {rows.map((r, i) => {
                  const d = done.get(r.fileName);
                  return (
                    <li key={r.fileName} className={v.item} data-testid="template-row">
                      <div className={v.grow}>
                        <div className={v.strong}>{r.unit}</div>
                        <Caption1 className={v.muted}>
                          {r.fileName} · {formatCount(r.tasks, locale)} {t(T.tasks)} ·{' '}
                          {formatCount(r.indicators, locale)} {t(T.indicators)}
                        </Caption1>
                        {d && (
                          <div>
                            <Caption1 className={styles.success} data-testid="template-delivery">
                              {t(deliveryText(d.delivery))}
                            </Caption1>
                          </div>
                        )}
                      </div>
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={t(T.makeOneLabel) + r.unit}
                        onClick={() => void make([templates[i]!])}
                      >
                        {t(T.makeOne)}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      )}
    </WithPlan>
  );
}
