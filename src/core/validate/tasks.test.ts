import type { ParsedDeadline } from '../deadline/parse';
import type { TaskItem } from '../parse/model';
import { checkTask } from './tasks';

const ctx = { sheet: 'PL1', years: { from: 2025, to: 2025 }, yearsKnown: true, asOf: '2025-06-30' };
const columns = { lead: true, deadline: true };

function task(fields: Partial<TaskItem>): TaskItem {
  return {
    key: '1',
    stt: '1',
    sectionPath: [],
    row: 5,
    content: 'Rà soát',
    lead: ['Văn phòng Sở'],
    support: [],
    deadlineText: 'Quý I',
    deadline: { kind: 'date', due: ['2025-03-31'] },
    cells: { content: 'B5', lead: 'C5', deadline: 'D5', status: 'E5', completionDate: 'F5' },
    ...fields,
  };
}
const codes = (item: TaskItem, deadline: ParsedDeadline = { ...item.deadline, problems: [] }) =>
  checkTask(ctx, { item, deadline }, columns).map((i) => `${i.code}@${i.cell}`);

describe('checkTask', () => {
  it('finds nothing in a complete task', () => {
    expect(codes(task({}))).toEqual([]);
  });

  it('flags missing values at their cells', () => {
    expect(
      codes(
        task({ content: '', lead: [], deadlineText: '', deadline: { kind: 'missing', due: [] } }),
      ),
    ).toEqual(['missing-value@B5', 'missing-value@C5', 'missing-value@D5']);
  });

  it('flags a deadline outside the plan years only when the years are known', () => {
    const late = task({ deadline: { kind: 'date', due: ['2026-03-31'] } });
    expect(codes(late)).toEqual(['deadline-outside-plan@D5']);
    const read = { item: late, deadline: { ...late.deadline, problems: [] } };
    expect(checkTask({ ...ctx, yearsKnown: false }, read, columns)).toEqual([]);
  });

  it('reports each part of a deadline that did not read', () => {
    const item = task({ deadlineText: '31/6/2025', deadline: { kind: 'unparsed', due: [] } });
    const problems = [{ kind: 'impossible-date', text: '31/6/2025' }] as const;
    const deadline = { ...item.deadline, problems };
    expect(codes(item, deadline)).toEqual(['impossible-date@D5']);
  });

  it('judges the report: an unknown status word, completion dates that cannot be', () => {
    expect(codes(task({ report: { status: 'Tạm dừng?' } }))).toEqual(['status-unknown@E5']);
    expect(codes(task({ report: { completionDate: 'sắp xong' } }))).toEqual([
      'completion-date-unparsed@F5',
    ]);
    const after = task({ report: { completionDate: '1/7/2025' }, completedOn: '2025-07-01' });
    expect(codes(after)).toEqual(['completion-after-as-of@F5']);
    const before = task({ report: { completionDate: '1/7/2024' }, completedOn: '2024-07-01' });
    expect(codes(before)).toEqual(['completion-before-plan@F5']);
  });
});
