import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../app/App';
import { DEFAULT_SETTINGS } from '../engine/settings';
import { createFakeHost, SAMPLE_AS_OF, SAMPLE_PLAN } from '../_test/fake-host';

const ROOT = path.resolve(__dirname, '../../..');
const settings = { ...DEFAULT_SETTINGS, asOf: SAMPLE_AS_OF };

async function open(relative: string) {
  render(<App host={createFakeHost()} initialSettings={settings} />);
  const file = new File([readFileSync(path.join(ROOT, relative))], path.basename(relative));
  await act(async () => {
    fireEvent.change(screen.getByTestId('plan-file'), { target: { files: [file] } });
  });
  await screen.findByTestId('check-tables');
  fireEvent.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
}

const verdicts = () => screen.getAllByTestId('verdict').map((b) => b.textContent);
/** The key figures at the top, "Name: n". */
const summary = () =>
  within(screen.getByTestId('indicator-figures'))
    .getAllByRole('listitem')
    .map((li) => `${li.lastChild!.textContent}: ${li.firstChild!.textContent}`);

describe('IndicatorsView', () => {
  it('tells what to do when no plan is open', () => {
    render(<App host={createFakeHost()} initialSettings={settings} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
    expect(screen.getByTestId('indicators-empty').textContent).toBe(
      'Tại đây: các chỉ tiêu của kế hoạch, đạt hay không đạt.',
    );
  });

  it('judges each indicator as `phuluc scan` does, with target, actual, ratio and method', async () => {
    await open('test/fixtures/xlsx/validation-indicators.xlsx');
    // No figures and no judgeable target count alike: not judged.
    expect(summary()).toEqual(['Đạt: 3', 'Không đạt: 1', 'Chưa đánh giá: 4']);
    expect(verdicts()).toEqual([
      'Đạt',
      'Không đánh giá được',
      'Chưa có số liệu',
      'Đạt',
      'Không đánh giá được',
      'Đạt',
      'Chưa có số liệu',
      'Không đạt',
    ]);
    const items = screen.getAllByTestId('indicator');
    expect(items[0]!.textContent).toBe(
      '1. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHCĐạt' +
        'Chỉ tiêuTối thiểu 80%Thực hiện85%Tỷ lệ so với chỉ tiêu106,3%Cách tínhTử số ÷ mẫu số',
    );
    expect(items[7]!.textContent).toContain(
      'Thực hiện92%Tỷ lệ so với chỉ tiêu92%Cách tínhSố báo cáo',
    );
    expect(items[2]!.textContent).toContain('Thực hiện—');
    // A target that cannot be read is shown as written, without a unit tacked on.
    expect(items[1]!.textContent).toContain('Chỉ tiêuTăng so với năm trướcThực hiện50%');
  });

  it('shows the badges in English', async () => {
    await open('test/fixtures/xlsx/validation-indicators.xlsx');
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(verdicts()).toEqual([
      'Achieved',
      'Cannot judge',
      'No data',
      'Achieved',
      'Cannot judge',
      'Achieved',
      'No data',
      'Not achieved',
    ]);
    expect(summary()[1]).toBe('Not achieved: 1');
    expect(screen.getAllByTestId('indicator')[0]!.textContent).toContain(
      'Ratio to target106.3%MethodNumerator ÷ denominator',
    );
  });

  it('lists the sample plan’s indicators under their headings, none reported yet', async () => {
    await open(SAMPLE_PLAN);
    expect(summary()).toEqual(['Đạt: 0', 'Không đạt: 0', 'Chưa đánh giá: 12']);
    expect(verdicts()).toEqual(Array(12).fill('Chưa có số liệu'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP',
      '2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP',
    ]);
  });
});
