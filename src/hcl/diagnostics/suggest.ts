// "Did you mean ...?": the closest known name within a small edit distance, as HCL's nameSuggestion.
import { distance } from 'fastest-levenshtein';

/** Returns the candidate closest to `given` with an edit distance below 3, or undefined. */
export function nameSuggestion(given: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDist = 3;
  for (const c of candidates) {
    const d = distance(given, c);
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}

/** " Did you mean \"x\"?" or the empty string, ready to append to a detail sentence. */
export function didYouMean(given: string, candidates: Iterable<string>): string {
  const s = nameSuggestion(given, candidates);
  return s === undefined ? '' : ` Did you mean "${s}"?`;
}
