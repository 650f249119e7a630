/**
 * Reads the first worksheet of an Excel workbook (.xlsx) into rows of cell texts, in the browser and
 * without a library: the workbook is a ZIP of XML parts, inflated with DecompressionStream and read
 * with DOMParser. Shared strings, inline strings, numbers and booleans are read; formulas give their
 * cached value. Dates stay Excel serial numbers (see excelDate).
 */
export async function readXlsx(data: ArrayBuffer): Promise<string[][]> {
  const files = await unzip(data, (name) => name === 'xl/sharedStrings.xml' || name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const xml = (name: string) => (files.has(name) ? new DOMParser().parseFromString(files.get(name)!, 'application/xml') : null);
  const shared = [...(xml('xl/sharedStrings.xml')?.getElementsByTagName('si') ?? [])].map((si) => [...si.getElementsByTagName('t')].map((t) => t.textContent ?? '').join(''));
  const sheetName = firstSheet(xml('xl/workbook.xml'), xml('xl/_rels/workbook.xml.rels')) ?? [...files.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort()[0];
  const sheet = sheetName ? xml(sheetName) : null;
  if (!sheet) throw new Error('Het bestand bevat geen werkblad.');
  const rows: string[][] = [];
  for (const row of sheet.getElementsByTagName('row')) {
    const out: string[] = [];
    let next = 0;
    for (const c of row.getElementsByTagName('c')) {
      const ref = c.getAttribute('r');
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      const type = c.getAttribute('t');
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      out[col] =
        type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? [...c.getElementsByTagName('t')].map((t) => t.textContent ?? '').join('') : type === 'b' ? (v === '1' ? 'ja' : 'nee') : v;
    }
    rows.push(Array.from(out, (x) => x ?? ''));
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

/** An Excel serial date (days since 30 december 1899) as `YYYY-MM-DD`. */
export function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function firstSheet(workbook: Document | null, rels: Document | null): string | null {
  const id = workbook?.getElementsByTagName('sheet')[0]?.getAttribute('r:id');
  const target = [...(rels?.getElementsByTagName('Relationship') ?? [])].find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The wanted entries of a ZIP archive as text (stored or deflated). */
async function unzip(data: ArrayBuffer, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  const view = new DataView(data);
  const bytes = new Uint8Array(data);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('Dit is geen Excel-bestand (.xlsx).');
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('Het Excel-bestand is beschadigd.');
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.slice(start, start + size);
    if (method === 0) out.set(name, decoder.decode(raw));
    else if (method === 8) out.set(name, await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text());
    else throw new Error('Dit Excel-bestand gebruikt een onbekende compressie.');
  }
  return out;
}
