/**
 * The synthetic workloads of the benchmark, generated in memory (deterministic):
 * (a) a plan of 2,000 tasks over 10 sheets; (b) a 500-task plan and 60 unit workbooks.
 */
import {
  newWorkbook,
  planTasks,
  workbookBytes,
  writePlanSheet,
  writeRoster,
  type PlanTask,
} from '../test/adversarial/plan';

/** 60 unit names, as a department's roster lists them. */
export function unitNames(count: number): string[] {
  const kinds = ['Phòng', 'Trung tâm', 'Chi cục', 'Ban'];
  const fields = [
    'Kế hoạch Tài chính',
    'Quản lý Khoa học',
    'Quản lý chuyên ngành',
    'Tổ chức cán bộ',
    'Pháp chế',
    'Thông tin Ứng dụng',
    'Đo lường Chất lượng',
    'Sở hữu trí tuệ',
    'An toàn bức xạ',
    'Công nghệ số',
    'Thống kê',
    'Hợp tác quốc tế',
    'Kiểm định',
    'Dịch vụ công',
    'Cải cách hành chính',
  ];
  const names: string[] = ['Văn phòng Sở', 'Thanh tra Sở'];
  for (let i = 0; names.length < count; i++) {
    const kind = kinds[Math.floor(i / fields.length) % kinds.length]!;
    names.push(`${kind} ${fields[i % fields.length]}`);
  }
  return names.slice(0, count);
}

export interface Workload {
  readonly name: string;
  readonly plan: { readonly file: string; readonly bytes: Uint8Array };
  readonly units: readonly { readonly file: string; readonly bytes: Uint8Array }[];
}

/** (a) 2,000 tasks over 10 sheets, 200 per sheet in sections of 20. */
export async function bigPlan(tasks = 2_000, sheets = 10): Promise<Workload> {
  const units = unitNames(12);
  const all = planTasks(tasks, 2025, units);
  const wb = newWorkbook();
  const per = Math.ceil(tasks / sheets);
  for (let s = 0; s < sheets; s++) {
    const slice = all.slice(s * per, (s + 1) * per).map((t, i) => ({ ...t, stt: String(i + 1) }));
    writePlanSheet(wb.addWorksheet(`PL${s + 1}`), slice, { sectionEvery: 20 });
  }
  writeRoster(wb, units);
  return {
    name: `plan-${tasks}x${sheets}`,
    plan: { file: 'ke-hoach.xlsx', bytes: await workbookBytes(wb) },
    units: [],
  };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/**
 * (b) A 500-task plan and one workbook per unit: each unit sends the whole plan back with the
 * status of its own tasks filled in; a few rows renumbered (matched by text) and reworded.
 */
export async function unitReturns(tasks = 500, unitCount = 60): Promise<Workload> {
  const units = unitNames(unitCount);
  const plan = planTasks(tasks, 500, units);
  const planBook = newWorkbook();
  writePlanSheet(planBook.addWorksheet('PL1 Nhiệm vụ'), plan, { sectionEvery: 50 });
  writeRoster(planBook, units);
  const files = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const copy: PlanTask[] = plan.map((t, i) => ({
      ...t,
      stt: i % 37 === u % 37 ? String(Number(t.stt) + 1000) : t.stt,
      content: i % 23 === 0 ? t.content.replace(' và ', ' ') : t.content,
    }));
    const wb = newWorkbook();
    writePlanSheet(wb.addWorksheet('PL1 Nhiệm vụ'), copy, {
      sectionEvery: 50,
      reportingUnit: unit,
      status: (t, i) =>
        t.lead === unit ? (i % 2 ? 'Đã hoàn thành' : 'Đang thực hiện') : undefined,
    });
    files.push({ file: `${slug(unit)}.xlsx`, bytes: await workbookBytes(wb) });
  }
  return {
    name: `consolidate-${tasks}x${unitCount}`,
    plan: { file: 'ke-hoach.xlsx', bytes: await workbookBytes(planBook) },
    units: files,
  };
}
