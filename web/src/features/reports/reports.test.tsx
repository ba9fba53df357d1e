import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from '../../ui/BarChart';
import { defaultPeriod, periodQuery, quarterCode } from './period';

describe('report period choice', () => {
  it('starts on the previous quarter and turns choices into queries', () => {
    const choice = defaultPeriod('2026-02-10');
    expect(periodQuery(choice)).toBe('period=2025-Q4');
    expect(quarterCode(choice)).toBe('2025-Q4');
    expect(periodQuery({ ...choice, kind: 'month', year: '2026', month: '03' })).toBe('period=2026-03');
    expect(periodQuery({ ...choice, kind: 'year', year: '2024' })).toBe('period=2024');
    expect(periodQuery({ ...choice, kind: 'range', from: '01.03.2026', to: '31.03.2026' })).toBe(
      'from=2026-03-01&to=2026-03-31',
    );
    expect(periodQuery({ ...choice, kind: 'range', from: '01.03.2026', to: '31.3' })).toBeNull();
  });
});

describe('bar chart', () => {
  it('is one named image whose bars are as long as their share of the largest', () => {
    render(
      <BarChart
        title="Послуги"
        label="Послуги: діаграма"
        data={[
          { key: 'a', label: 'Реєстрація', value: 10, text: '10' },
          { key: 'b', label: 'Довідка', value: 5, text: '5' },
          { key: 'c', label: 'Інше', value: 0, text: '<5' },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'Послуги: діаграма' });
    const widths = [...image.querySelectorAll('rect')].map((r) => r.getAttribute('width'));
    expect(widths).toEqual(['78%', '39%', '0%']);
    expect(image.textContent).toContain('<5');
  });
});
