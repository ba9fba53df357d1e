import { formatDate, type LogbookDashboard, type LogbookDigest, type LogbookLine } from '@valiza/domain';

const lineText = (l: LogbookLine, due: string) => `  ${l.number} — ${l.serviceName} (${l.provider}), ${due}`;

/**
 * The head's morning digest in plain text: what goes to providers today, what is late, results
 * waiting for the applicant and refusals not yet reviewed. Numbers and services only — no names,
 * so that the e-mail carries no personal data.
 */
export function composeDigest(centreName: string, d: LogbookDashboard): LogbookDigest {
  const day = formatDate(d.today);
  const subject =
    `${centreName}: журнал на ${day} — передати сьогодні ${d.dueToday.length}, ` +
    `прострочено передачу ${d.overdueForward.length}, прострочено у суб’єктів ${d.overdueProvider.length}`;
  const section = (title: string, lines: LogbookLine[], due: (l: LogbookLine) => string) =>
    lines.length === 0 ? [] : [title, ...lines.map((l) => lineText(l, due(l))), ''];
  const text = [
    `Журнал обліку ${centreName}, ${day}`,
    '',
    ...section('Передати суб’єктам надання сьогодні:', d.dueToday, (l) => `до ${formatDate(l.forwardBy)}`),
    ...section(
      'Прострочено передачу:',
      d.overdueForward,
      (l) => `мали передати до ${formatDate(l.forwardBy)}`,
    ),
    ...section(
      'Прострочено розгляд у суб’єктів надання:',
      d.overdueProvider,
      (l) => `строк до ${formatDate(l.providerDue)}`,
    ),
    `Результатів чекають видачі: ${d.resultsToDeliver}.`,
    `Відмов без оцінки керівника: ${d.refusalsToReview}.`,
  ].join('\n');
  return { subject, text, dashboard: d };
}
