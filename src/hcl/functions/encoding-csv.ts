// Go's encoding/csv Reader (RFC 4180, default options): record splitting, quoting rules and ParseError lines.

/** A csv.ParseError; cty reports only `line` and `message` ("CSV parse error on line N: message"). */
export class CsvParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvParseError';
  }
}

const ErrBareQuote = 'bare " in non-quoted-field';
const ErrQuote = 'extraneous or missing " in quoted-field';
const ErrFieldCount = 'wrong number of fields';

/** Length of a trailing "\n" (0 or 1), as Go's lengthNL. */
const lengthNL = (s: string): number => (s.endsWith('\n') ? 1 : 0);

/** A Go csv.Reader over a string with Comma ',' and FieldsPerRecord semantics (0: set by the first record). */
export class CsvReader {
  private pos = 0;
  private numLine = 0;

  constructor(
    private readonly input: string,
    public fieldsPerRecord = 0,
  ) {}

  /** readLine: the next line with "\r\n" normalised to "\n"; eof when nothing is left. */
  private readLine(): { line: string; eof: boolean } {
    if (this.pos >= this.input.length) return { line: '', eof: true };
    const nl = this.input.indexOf('\n', this.pos);
    let line: string;
    if (nl < 0) {
      line = this.input.slice(this.pos);
      this.pos = this.input.length;
      if (line.endsWith('\r')) line = line.slice(0, -1);
    } else {
      line = this.input.slice(this.pos, nl + 1);
      this.pos = nl + 1;
    }
    this.numLine++;
    if (line.endsWith('\r\n')) line = line.slice(0, -2) + '\n';
    return { line, eof: false };
  }

  /** The next record, or undefined at the end of input; throws CsvParseError. */
  read(): string[] | undefined {
    let line = '';
    let eof = false;
    for (;;) {
      const r = this.readLine();
      line = r.line;
      eof = r.eof;
      if (!eof && line.length === lengthNL(line)) continue;
      break;
    }
    if (eof) return undefined;
    const recLine = this.numLine;
    let posLine = this.numLine;
    const fields: string[] = [];
    let error: CsvParseError | undefined;
    parseField: for (;;) {
      if (line.length === 0 || line[0] !== '"') {
        const i = line.indexOf(',');
        const field = i >= 0 ? line.slice(0, i) : line.slice(0, line.length - lengthNL(line));
        if (field.includes('"')) {
          error = new CsvParseError(this.numLine, ErrBareQuote);
          break;
        }
        fields.push(field);
        if (i >= 0) {
          line = line.slice(i + 1);
          continue;
        }
        break;
      }
      // Quoted field.
      line = line.slice(1);
      let buf = '';
      for (;;) {
        const i = line.indexOf('"');
        if (i >= 0) {
          buf += line.slice(0, i);
          line = line.slice(i + 1);
          if (line[0] === '"') {
            buf += '"';
            line = line.slice(1);
          } else if (line[0] === ',') {
            line = line.slice(1);
            fields.push(buf);
            continue parseField;
          } else if (lengthNL(line) === line.length) {
            fields.push(buf);
            break parseField;
          } else {
            error = new CsvParseError(this.numLine, ErrQuote);
            break parseField;
          }
        } else if (line.length > 0) {
          buf += line;
          const r = this.readLine();
          line = r.line;
          if (line.length > 0) posLine++;
        } else {
          error = new CsvParseError(posLine, ErrQuote);
          break parseField;
        }
      }
    }
    if (error) throw error;
    if (this.fieldsPerRecord > 0) {
      if (fields.length !== this.fieldsPerRecord) throw new CsvParseError(recLine, ErrFieldCount);
    } else if (this.fieldsPerRecord === 0) {
      this.fieldsPerRecord = fields.length;
    }
    return fields;
  }
}
