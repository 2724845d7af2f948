// Explains characters HCL forbids (bitwise operators, quotes from other languages, bad encodings), rate-limited as HCL does.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { TokenType, type Token } from './token.js';

const bitwiseSuggestion: Partial<Record<TokenType, string>> = {
  [TokenType.BitwiseAnd]: ' Did you mean boolean AND ("&&")?',
  [TokenType.BitwiseOr]: ' Did you mean boolean OR ("||")?',
  [TokenType.BitwiseNot]: ' Did you mean boolean NOT ("!")?',
};

/** The token types the check below may report; every other token is skipped at once. */
const reported: ReadonlySet<TokenType> = new Set([
  TokenType.BitwiseAnd,
  TokenType.BitwiseOr,
  TokenType.BitwiseXor,
  TokenType.BitwiseNot,
  TokenType.StarStar,
  TokenType.Backtick,
  TokenType.Apostrophe,
  TokenType.Semicolon,
  TokenType.Tabs,
  TokenType.BadUTF8,
  TokenType.QuotedNewline,
  TokenType.Invalid,
]);

/** Diagnostics for tokens that must never appear in HCL source (HCL's checkInvalidTokens). */
export function checkInvalidTokens(tokens: readonly Token[]): Diagnostic[] {
  const check = new InvalidTokenCheck();
  for (const tok of tokens) check.add(tok);
  return check.diags;
}

/** checkInvalidTokens one token at a time, for a parser that lexes as it goes. */
export class InvalidTokenCheck {
  readonly diags: Diagnostic[] = [];
  private toldBitwise = 0;
  private toldExponent = 0;
  private toldBacktick = 0;
  private toldApostrophe = 0;
  private toldSemicolon = 0;
  private toldTabs = 0;
  private toldBadUTF8 = 0;

  add(tok: Token): void {
    if (!reported.has(tok.type)) return;
    const diags = this.diags;
    const r = tok.range;
    switch (tok.type) {
      case TokenType.BitwiseAnd:
      case TokenType.BitwiseOr:
      case TokenType.BitwiseXor:
      case TokenType.BitwiseNot:
        if (this.toldBitwise < 4) {
          const suggestion = bitwiseSuggestion[tok.type] ?? '';
          diags.push(errorDiag('Unsupported operator', `Bitwise operators are not supported.${suggestion}`, r));
          this.toldBitwise++;
        }
        break;
      case TokenType.StarStar:
        if (this.toldExponent < 1) {
          diags.push(
            errorDiag('Unsupported operator', '"**" is not a supported operator. Exponentiation is not supported as an operator.', r),
          );
          this.toldExponent++;
        }
        break;
      case TokenType.Backtick:
        // Only every other backtick, so a backtick-quoted string is reported once, not at both ends.
        if (this.toldBacktick % 2 === 0) {
          diags.push(
            errorDiag(
              'Invalid character',
              'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".',
              r,
            ),
          );
        }
        if (this.toldBacktick <= 2) this.toldBacktick++;
        break;
      case TokenType.Apostrophe:
        if (this.toldApostrophe % 2 === 0) {
          diags.push(errorDiag('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.', r));
        }
        if (this.toldApostrophe <= 2) this.toldApostrophe++;
        break;
      case TokenType.Semicolon:
        if (this.toldSemicolon < 1) {
          diags.push(
            errorDiag(
              'Invalid character',
              'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
              r,
            ),
          );
          this.toldSemicolon++;
        }
        break;
      case TokenType.Tabs:
        if (this.toldTabs < 1) {
          diags.push(
            errorDiag('Invalid character', 'Tab characters may not be used. The recommended indentation style is two spaces per indent.', r),
          );
          this.toldTabs++;
        }
        break;
      case TokenType.BadUTF8:
        if (this.toldBadUTF8 < 1) {
          diags.push(
            errorDiag(
              'Invalid character encoding',
              'All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.',
              r,
            ),
          );
          this.toldBadUTF8++;
        }
        break;
      case TokenType.QuotedNewline:
        diags.push(
          errorDiag(
            'Invalid multi-line string',
            'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
            r,
          ),
        );
        break;
      case TokenType.Invalid:
        if (tok.text === '\u201c' || tok.text === '\u201d') {
          diags.push(
            errorDiag(
              'Invalid character',
              '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".',
              r,
            ),
          );
        } else {
          diags.push(errorDiag('Invalid character', 'This character is not used within the language.', r));
        }
        break;
      default:
        break;
    }
  }
}
