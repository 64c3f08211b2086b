import { BIP39_ENGLISH } from './bip39-english.js';

/**
 * A wallet's seed phrase: twelve or more words in a row from the BIP-39 list (12, 15, 18, 21 or 24
 * of them), which restore every key of the wallet. No prefix marks it; the words do, and a word
 * around them (SEED_PHRASE_KEYWORDS). Ordinary text seldom strings twelve of them together: the list leaves out the words
 * prose cannot do without (the, of, and, to, is, for, with), so a sentence breaks the run.
 */
const WORDS = new Set(BIP39_ENGLISH.split(' '));

/**
 * A line that holds one says what it is (`mnemonic=`, "recovery phrase", `--words`, a wallet being
 * restored): looking for twelve words in a row on every line cost a tenth of the redactor's time.
 */
export const SEED_PHRASE_KEYWORDS = ['mnemonic', 'seed', 'phrase', 'recovery', 'wallet', 'words', 'restore', 'backup', 'bip39', 'bip-39', 'secret', 'pass'];
const MIN_WORDS = 12;
/** Twelve or more lowercase words of the list's lengths, separated by spaces or tabs. */
const RUN = /(?<![\w'-])[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,}(?![\w'-])/g;
const WORD = /[a-z]+/g;

/** Spans of the seed phrases in `text`: each longest stretch of twelve list words or more inside a run of words. */
export function seedPhraseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run; run = RUN.exec(text)) {
    let first = -1;
    let last = -1;
    let streak = 0;
    const close = () => {
      if (streak >= MIN_WORDS) spans.push([first, last]);
      streak = 0;
    };
    WORD.lastIndex = 0;
    for (let w = WORD.exec(run[0]); w; w = WORD.exec(run[0])) {
      if (!WORDS.has(w[0])) {
        close();
        continue;
      }
      if (streak === 0) first = run.index + w.index;
      last = run.index + w.index + w[0].length;
      streak++;
    }
    close();
  }
  return spans;
}
