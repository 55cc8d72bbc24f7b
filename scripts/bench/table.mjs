// One box-drawn table with sections: a section row names its columns, the rows under it
// fill them. Column widths are shared by the whole table.

const width = (text) => [...String(text)].length

/**
 * rows: { section: [caption, ...columnNames] } | { cells: [label, ...values] } |
 * { note: text } (a line spanning the table)
 */
export function renderTable(rows) {
  const columns = Math.max(...rows.map((row) => (row.section ?? row.cells ?? ['']).length))
  const widths = Array.from({ length: columns }, () => 0)
  for (const row of rows) {
    const cells = row.section ?? row.cells
    if (!cells) continue
    cells.forEach((cell, i) => (widths[i] = Math.max(widths[i], width(cell ?? ''))))
  }
  const inner = widths.reduce((sum, w) => sum + w + 3, -1)
  for (const row of rows) {
    if (row.note && width(row.note) > inner) widths[0] += width(row.note) - inner
  }
  const total = widths.reduce((sum, w) => sum + w + 3, -1)
  const line = (left, mid, right) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right
  const format = (cells) =>
    '│' +
    widths
      .map((w, i) => {
        const text = String(cells[i] ?? '')
        const pad = ' '.repeat(w - width(text))
        return ` ${i === 0 ? text + pad : pad + text} `
      })
      .join('│') +
    '│'
  const out = [line('┌', '┬', '┐')]
  rows.forEach((row, index) => {
    if (row.section) {
      if (index > 0) out.push(line('├', '┼', '┤'))
      out.push(format(row.section))
      out.push(line('├', '┼', '┤'))
    } else if (row.note) {
      out.push(`│ ${row.note}${' '.repeat(total - width(row.note))} │`)
    } else {
      out.push(format(row.cells))
    }
  })
  out.push(line('└', '┴', '┘'))
  return out.join('\n')
}
