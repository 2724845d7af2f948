// jehiah/go-strftime's Format: strftime directives mapped onto Go layouts, as legacy_strftime uses.
import type { GoTime } from './time.js';
import { goFormat } from './time-format.js';

/** The directives go-strftime knows; any other "%x" is copied through unchanged. */
const directives: ReadonlyMap<string, string> = new Map([
  ['B', 'January'],
  ['b', 'Jan'],
  ['m', '01'],
  ['A', 'Monday'],
  ['a', 'Mon'],
  ['d', '02'],
  ['H', '15'],
  ['I', '03'],
  ['M', '04'],
  ['S', '05'],
  ['Y', '2006'],
  ['y', '06'],
  ['p', 'PM'],
  ['Z', 'MST'],
  ['z', '-0700'],
  ['L', '.000'],
]);

/** strftime.Format(format, t). Works on UTF-16 units; "%" and the directive letters are ASCII, so this equals Go's byte walk. */
export function strftime(format: string, t: GoTime): string {
  let out = '';
  for (let i = 0; i < format.length; ) {
    let ni = format.indexOf('%', i);
    if (ni < 0) ni = format.length;
    out += format.slice(i, ni);
    if (ni + 1 < format.length) {
      const c = format[ni + 1]!;
      if (c === '%') out += '%';
      else {
        const layout = directives.get(c);
        out += layout !== undefined ? goFormat(t, layout) : '%' + c;
      }
    } else if (ni < format.length) {
      out += '%';
    }
    i = ni + 2;
  }
  return out;
}
