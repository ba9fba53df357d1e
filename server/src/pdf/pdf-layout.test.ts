import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf-text.js';
import { PdfLayout } from './pdf-layout.js';

describe('PdfLayout', () => {
  it('writes Ukrainian text on A4, wraps long lines and words, and starts new pages', async () => {
    const pdf = await PdfLayout.create({ title: 'Перевірка', language: 'uk' });
    pdf.heading('Заголовок з літерами ґ, є, ї, і');
    pdf.field('Поле', 'Значення');
    for (let i = 1; i <= 120; i++) pdf.text(`Абзац ${i}: ${'слово '.repeat(30)}`);
    pdf.text('Дуже'.repeat(60));
    pdf.list(['перший пункт', 'другий\tпункт']);
    const bytes = await pdf.bytes();
    const text = pdfText(bytes);
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('Заголовок з літерами ґ, є, ї, і');
    expect(text).toContain('Абзац 120');
    expect(text).toContain('• другий пункт');
    expect(text.replace(/\s+/g, '')).toContain('Дуже'.repeat(60));
    expect(text.split('\n').every((line) => line.length < 120)).toBe(true);
  });
});
