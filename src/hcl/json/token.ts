// The tokens of HCL's JSON syntax: punctuation plus lax keyword, string and number runs the parser validates.
import type { Range } from '../source/pos.js';

export type JsonTokenType =
  | '{'
  | '}'
  | '['
  | ']'
  | ','
  | ':'
  /** Only scanned to remind users that JSON uses a colon, not `=`. */
  | '='
  | 'keyword'
  | 'string'
  | 'number'
  | 'eof'
  | 'invalid';

export interface JsonToken {
  readonly type: JsonTokenType;
  /** The exact source text of the token (empty for EOF); a string token keeps its quotes. */
  readonly text: string;
  readonly range: Range;
}
