/** Makes column headers of [data-sortable] tables into sort buttons. Without JS the table reads in place order. */
export function initSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((th, col) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th').forEach((h) => h.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[col];
          const raw = cell?.dataset['sort'] ?? cell?.textContent ?? '';
          const n = Number(raw);
          return raw !== '' && !Number.isNaN(n) ? n : raw;
        };
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}
