/**
 * Download links for what the server exports (`GET /export/<kind>.csv|.xlsx`): the same
 * figures as the view, exact, with currency and scale in the header.
 */
export function ExportLinks({ kind, params, what }: { kind: 'statement' | 'series' | 'comparison'; params: Record<string, string | null | undefined>; what: string }) {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <p className="export">
      Download {what}:{' '}
      <a href={`/export/${kind}.csv?${query}`} download aria-label={`Download ${what} as CSV`}>
        CSV
      </a>{' '}
      ·{' '}
      <a href={`/export/${kind}.xlsx?${query}`} download aria-label={`Download ${what} as an Excel workbook`}>
        Excel
      </a>
    </p>
  );
}
