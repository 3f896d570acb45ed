// The map as an image file (SVG or PNG), made in the browser from the drawing on screen. Styles
// come from CSS classes on screen, so they are copied onto each element to travel with the file.
const styled = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
  'text-anchor',
  'dominant-baseline',
];

export function mapAsSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((element, i) => {
    const computed = getComputedStyle(element);
    const style = styled.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    (target[i] as SVGElement).setAttribute('style', style);
    target[i].removeAttribute('class');
    target[i].removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', '1200');
  clone.setAttribute('height', String(Math.round((1200 * svg.viewBox.baseVal.height) / svg.viewBox.baseVal.width)));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  const box = svg.viewBox.baseVal;
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height, fill: '#ffffff' }))
    background.setAttribute(k, String(v));
  clone.insertBefore(background, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

export async function mapAsPng(svg: SVGSVGElement): Promise<Blob> {
  const text = mapAsSvg(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
  );
}

export function saveFile(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
