/**
 * CSV by RFC 4180: fields separated by a delimiter, records by CRLF, a field quoted when it holds the
 * delimiter, a quote or a line break, quotes inside doubled. The writer starts with a UTF-8 byte order
 * mark so that spreadsheet programs read Cyrillic correctly.
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const field = (value: string) =>
    /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
  return '\ufeff' + rows.map((row) => row.map(field).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * Reads CSV text into rows of fields. The delimiter is `,` or `;` (the one spreadsheet programs with
 * Ukrainian settings use), taken from the first line. Throws a SyntaxError on a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\ufeff/, '');
  const firstLine = input.slice(0, input.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new SyntaxError('A quoted CSV field is not closed.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
