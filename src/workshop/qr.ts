/**
 * The join link as a QR code, drawn as one SVG path (built with DOM calls, never parsed markup), so
 * it scales to any projector and prints sharply. The encoding is qrcode-generator's; the drawing is ours.
 */
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';

/** The dark modules of a QR code for `text`, as a square grid (true = dark). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const n = code.getModuleCount();
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(code.isDark(r, c));
    rows.push(row);
  }
  return rows;
}

export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  const modules = qrModules(text);
  const n = modules.length;
  const quiet = 4;
  const size = n + quiet * 2;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = doc.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  svg.appendChild(bg);
  let d = '';
  modules.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (dark) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
    });
  });
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.appendChild(path);
  return svg;
}
