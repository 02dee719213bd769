import { foldDiacritics, foldSyllableFinalY, tokenize } from './fold.js';

/** A text of an item to index, and how much a match in it counts. */
export interface SearchField<T> {
  /** Returns the field's text; an empty string when the item has none. */
  get: (item: T) => string;
  /** A positive number; a match in a field of weight 2 counts twice one in a field of weight 1. */
  weight: number;
}

/** How {@link createSearchIndex} reads the items. */
export interface SearchIndexOptions<T> {
  /** A stable identifier; the last tie-break, so equal results always come in the same order. */
  id: (item: T) => string;
  /**
   * The fields to index. The **first** field is the item's name: a name that starts with the
   * query ranks first, and of two equal results the shorter name comes first.
   */
  fields: readonly SearchField<T>[];
}

/** Options of one search. */
export interface SearchQueryOptions<T> {
  /** At most this many hits, the best first; all hits when omitted, none when 0 or less. */
  limit?: number;
  /**
   * Keeps only the items for which it returns `true`. Called only on items that match the query,
   * and not necessarily on every one of them.
   */
  filter?: (item: T) => boolean;
}

/** One result: the item and its relevance (higher is better; comparable within one query only). */
export interface SearchHit<T> {
  item: T;
  score: number;
}

/** An immutable index over a list of items; build a new one when the list changes. */
export interface SearchIndex<T> {
  /** The number of indexed items. */
  readonly size: number;
  /**
   * Finds the items in which every word of `query` starts some indexed word, best first.
   * An empty query (or one without letters or digits) returns no hits: callers list everything
   * themselves.
   */
  search(query: string, options?: SearchQueryOptions<T>): SearchHit<T>[];
}

/**
 * A query word that only starts an indexed word counts a little less than half a whole-word match,
 * so within one field a whole word anywhere beats a prefix at the start (the position factor never
 * falls to one half).
 */
const PREFIX_ONLY_FACTOR = 0.45;

/**
 * Earlier words count more: 1 for the first word, 0.75 for the fifth, tending to 0.5. The decay is
 * gentle because procedure names often open with generic words ("Thủ tục", "Cấp", "Đăng ký").
 */
function positionFactor(position: number): number {
  return 0.5 + 0.5 / (1 + position / 4);
}

/**
 * {@link positionFactor} of the first 256 positions, looked up while building: the first build
 * runs before the JIT has optimised anything, and names are rarely longer (the longest national
 * name has 241 words).
 */
const POSITION_FACTORS = Float64Array.from({ length: 256 }, (_, position) => positionFactor(position));

/** Sorts after every extension of a prefix in the vocabulary ('\uffff' is not a character). */
const AFTER_EVERY_EXTENSION = '\uffff';

/**
 * Builds a Vietnamese-aware, as-you-type search index over `items`.
 *
 * Every query word must start a word of the item (the last word is usually still being typed).
 * Diacritics, `đ`/`d`, letter case, tone-mark placement and syllable-final `y`/`i` are ignored
 * (see `foldForSearch`). Ranking, best first:
 * 1. the name starts with the query;
 * 2. the name holds the query words next to each other, in order (Vietnamese words are syllables:
 *    "khai sinh" means birth only when "khai" and "sinh" are adjacent);
 * 3. the sum over the query words of their best match, where a whole word beats a prefix, an
 *    earlier word beats a later one and a heavier field beats a lighter one;
 * 4. the shorter name, then the smaller id.
 *
 * Building folds every text once and sorts the distinct words. A query finds each word's prefix
 * range by binary search in the sorted vocabulary and intersects the items of those ranges,
 * starting from the rarest query word.
 *
 * @example
 * const index = createSearchIndex(procedures, {
 *   id: (procedure) => procedure.code,
 *   fields: [
 *     { get: (procedure) => procedure.name, weight: 3 },
 *     { get: (procedure) => procedure.field, weight: 1 },
 *   ],
 * });
 * index.search('dang ki khai s', { limit: 10 }); // → [{ item: { code: '1.001193', … }, score }, …]
 */
export function createSearchIndex<T>(items: readonly T[], options: SearchIndexOptions<T>): SearchIndex<T> {
  const itemCount = items.length;
  const ids = items.map((item) => options.id(item));
  const weights = options.fields.map(({ weight }) => {
    if (weight > 0 && Number.isFinite(weight)) return weight;
    console.warn(`@dvc-kit/search: field weight ${weight} is not a positive number; using 1.`);
    return 1;
  });
  const maxWeight = Math.max(0, ...weights);

  // The words of every item, numbered in order of first appearance.
  const wordNumbers = new Map<string, number>();
  // Texts are folded chunk by chunk between spaces ("Đăng", "ký", "cha,"), each distinct chunk
  // once: the 58,000 words of the national list come from 2,300 distinct chunks. Exact, because
  // words never span a space and folding never looks across one.
  const chunkWords = new Map<string, number[]>();
  const wordsOfChunk = (chunk: string): number[] => {
    let found = chunkWords.get(chunk);
    if (found === undefined) {
      found = tokenize(chunk).map((word) => {
        let wordNumber = wordNumbers.get(word);
        if (wordNumber === undefined) {
          wordNumber = wordNumbers.size;
          wordNumbers.set(word, wordNumber);
        }
        return wordNumber;
      });
      chunkWords.set(chunk, found);
    }
    return found;
  };
  const tokenWords: number[] = [];
  /** A token's score before the whole-word/prefix factor: field weight × position factor. */
  const tokenScoreList: number[] = [];
  /** Item `i` has the tokens `tokenStart[i]` to `tokenStart[i + 1]`, the name's first. */
  const tokenStart = new Uint32Array(itemCount + 1);
  const nameWordCount = new Uint32Array(itemCount);
  for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
    tokenStart[itemIndex] = tokenWords.length;
    for (let fieldIndex = 0; fieldIndex < weights.length; fieldIndex++) {
      const weight = weights[fieldIndex]!;
      const chunks = options.fields[fieldIndex]!.get(items[itemIndex]!).split(' ');
      let position = 0;
      // Indexed loops rather than for…of: the first build runs before the JIT optimises it.
      for (let chunk = 0; chunk < chunks.length; chunk++) {
        const chunkWordNumbers = wordsOfChunk(chunks[chunk]!);
        for (let word = 0; word < chunkWordNumbers.length; word++) {
          tokenWords.push(chunkWordNumbers[word]!);
          tokenScoreList.push(weight * (POSITION_FACTORS[position] ?? positionFactor(position)));
          position++;
        }
      }
      if (fieldIndex === 0) nameWordCount[itemIndex] = position;
    }
  }
  tokenStart[itemCount] = tokenWords.length;

  // Sorted vocabulary: the words sharing a prefix form one range of ranks.
  const sortedWords = [...wordNumbers.keys()].sort();
  const rankOfWord = new Uint32Array(sortedWords.length);
  sortedWords.forEach((word, rank) => {
    rankOfWord[wordNumbers.get(word)!] = rank;
  });
  // Plain loops: `TypedArray.from` goes through the iterator protocol and is several times slower.
  const tokenCount = tokenWords.length;
  const tokenRanks = new Uint32Array(tokenCount);
  // Single precision halves the largest arrays; both ways of scoring a word read the same values.
  const tokenScores = new Float32Array(tokenCount);
  for (let token = 0; token < tokenCount; token++) {
    tokenRanks[token] = rankOfWord[tokenWords[token]!]!;
    tokenScores[token] = tokenScoreList[token]!;
  }

  // Postings by rank, compressed rows: the items holding the word of rank `r` are
  // `postingItems[postingStart[r]]` to `postingItems[postingStart[r + 1] - 1]`, each once, in
  // item order, with the best token score of that word in that item. A prefix range's posting
  // count is then one subtraction, which is how a query picks its rarest word.
  const vocabularySize = sortedWords.length;
  const postingStart = new Uint32Array(vocabularySize + 1);
  const lastItemOfRank = new Int32Array(vocabularySize).fill(-1);
  for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
    for (let token = tokenStart[itemIndex]!; token < tokenStart[itemIndex + 1]!; token++) {
      const rank = tokenRanks[token]!;
      if (lastItemOfRank[rank] !== itemIndex) {
        lastItemOfRank[rank] = itemIndex;
        postingStart[rank + 1]!++;
      }
    }
  }
  for (let rank = 0; rank < vocabularySize; rank++) postingStart[rank + 1]! += postingStart[rank]!;
  const postingItems = new Uint32Array(postingStart[vocabularySize]!);
  const postingScores = new Float32Array(postingItems.length);
  const nextPosting = postingStart.slice(0, vocabularySize);
  lastItemOfRank.fill(-1);
  for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
    for (let token = tokenStart[itemIndex]!; token < tokenStart[itemIndex + 1]!; token++) {
      const rank = tokenRanks[token]!;
      if (lastItemOfRank[rank] !== itemIndex) {
        lastItemOfRank[rank] = itemIndex;
        postingItems[nextPosting[rank]!++] = itemIndex;
      }
      const posting = nextPosting[rank]! - 1;
      postingScores[posting] = Math.max(postingScores[posting]!, tokenScores[token]!);
    }
  }

  // Tie order: shorter name first, then smaller id, ranked once so comparisons stay numeric.
  const nameKeyLength = new Uint32Array(itemCount);
  for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
    const firstToken = tokenStart[itemIndex]!;
    let length = nameWordCount[itemIndex]! - 1; // the spaces between the words
    for (let token = firstToken; token < firstToken + nameWordCount[itemIndex]!; token++) {
      length += sortedWords[tokenRanks[token]!]!.length;
    }
    nameKeyLength[itemIndex] = Math.max(0, length);
  }
  const tieRank = new Uint32Array(itemCount);
  ids
    .map((_, itemIndex) => itemIndex)
    .sort(
      (a, b) => nameKeyLength[a]! - nameKeyLength[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
    )
    .forEach((itemIndex, rank) => {
      tieRank[itemIndex] = rank;
    });

  const lowerBound = (key: string): number => {
    let low = 0;
    let high = vocabularySize;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sortedWords[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  /** The query's words in typed order; `undefined` when it has none or one matches nothing. */
  const parseQuery = (query: string): QueryTerm[] | undefined => {
    const folded = foldDiacritics(query);
    if (folded === '') return undefined;
    const typedWords = folded.split(' ');
    const keys = foldSyllableFinalY(folded).split(' ');
    const terms: QueryTerm[] = [];
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const typed = typedWords[index]!;
      const low = lowerBound(key);
      const high = lowerBound(key + AFTER_EVERY_EXTENSION);
      // Folding turned a final `y` into `i` ("quy" → "qui"), but the word may be unfinished
      // ("quy" on the way to "quyết", whose `y` is not final): match the `y` spelling too.
      const yFolded = key !== typed;
      const alternativeLow = yFolded ? lowerBound(typed) : 0;
      const alternativeHigh = yFolded ? lowerBound(typed + AFTER_EVERY_EXTENSION) : 0;
      const postingCount =
        postingStart[high]! -
        postingStart[low]! +
        postingStart[alternativeHigh]! -
        postingStart[alternativeLow]!;
      if (postingCount === 0) return undefined;
      const exactRank = sortedWords[low] === key ? low : -1;
      terms.push({ low, high, alternativeLow, alternativeHigh, exactRank, postingCount });
    }
    return terms;
  };

  // Per-item scratch space, reused by every query. `visit[i] === visitNumber` marks item `i` as
  // matching every query word intersected so far, which spares clearing the arrays per query.
  const visit = new Uint32Array(itemCount);
  let visitNumber = 0;
  const scoreSoFar = new Float64Array(itemCount);
  const termScore = new Float64Array(itemCount);
  /** What scanning costs per candidate, against one posting walked. */
  const averageTokensPerItem = tokenCount / Math.max(1, itemCount);
  const nextVisit = (): number => ++visitNumber;
  /**
   * Called before each query: starts the marks over long before they would overflow the
   * Uint32Array, with 2^31 visits to spare, more than any query has words.
   */
  const resetVisitsIfWorn = () => {
    if (visitNumber < 2 ** 31) return;
    visit.fill(0);
    visitNumber = 0;
  };

  /**
   * Scores one query word in the items of `candidates` (all items when `undefined`) by walking its
   * postings, and returns the items where it matched; their scores are in `termScore`.
   */
  const matchByPostings = (term: QueryTerm, candidates: number[] | undefined): number[] => {
    const previousVisit = visitNumber;
    const currentVisit = nextVisit();
    const matched: number[] = [];
    const ranges = [term.low, term.high, term.alternativeLow, term.alternativeHigh];
    for (let range = 0; range < ranges.length; range += 2) {
      for (let rank = ranges[range]!; rank < ranges[range + 1]!; rank++) {
        const factor = rank === term.exactRank ? 1 : PREFIX_ONLY_FACTOR;
        for (let posting = postingStart[rank]!; posting < postingStart[rank + 1]!; posting++) {
          const itemIndex = postingItems[posting]!;
          const score = postingScores[posting]! * factor;
          if (visit[itemIndex] === currentVisit) {
            if (score > termScore[itemIndex]!) termScore[itemIndex] = score;
          } else if (candidates === undefined || visit[itemIndex] === previousVisit) {
            visit[itemIndex] = currentVisit;
            termScore[itemIndex] = score;
            matched.push(itemIndex);
          }
        }
      }
    }
    return matched;
  };

  /**
   * Scores one query word in each of `candidates` by reading the item's own words: cheaper than
   * walking postings when the word is common and the candidates are few.
   */
  const matchByScanning = (term: QueryTerm, candidates: number[]): number[] => {
    const currentVisit = nextVisit();
    const matched: number[] = [];
    for (const itemIndex of candidates) {
      let best = 0;
      for (let token = tokenStart[itemIndex]!; token < tokenStart[itemIndex + 1]!; token++) {
        const rank = tokenRanks[token]!;
        if (!termMatchesRank(term, rank)) continue;
        const score = tokenScores[token]! * (rank === term.exactRank ? 1 : PREFIX_ONLY_FACTOR);
        if (score > best) best = score;
      }
      if (best > 0) {
        visit[itemIndex] = currentVisit;
        termScore[itemIndex] = best;
        matched.push(itemIndex);
      }
    }
    return matched;
  };

  /**
   * Whether the item's name holds the query from its word `start` on: the finished query words
   * equal, and the last (maybe unfinished) one starting the next word.
   */
  const nameHasQueryAt = (itemIndex: number, terms: QueryTerm[], start: number): boolean => {
    const firstToken = tokenStart[itemIndex]! + start;
    const lastTerm = terms.length - 1;
    for (let term = 0; term < lastTerm; term++) {
      if (tokenRanks[firstToken + term] !== terms[term]!.exactRank) return false;
    }
    return termMatchesRank(terms[lastTerm]!, tokenRanks[firstToken + lastTerm]!);
  };

  const nameStartsWithQuery = (itemIndex: number, terms: QueryTerm[]): boolean =>
    nameWordCount[itemIndex]! >= terms.length && nameHasQueryAt(itemIndex, terms, 0);

  /** Whether the name holds the query words in a row, after its first word. */
  const nameHoldsQueryLater = (itemIndex: number, terms: QueryTerm[]): boolean => {
    const lastStart = nameWordCount[itemIndex]! - terms.length;
    for (let start = 1; start <= lastStart; start++) {
      if (nameHasQueryAt(itemIndex, terms, start)) return true;
    }
    return false;
  };

  const search = (query: string, searchOptions: SearchQueryOptions<T> = {}): SearchHit<T>[] => {
    const limit = searchOptions.limit ?? Number.POSITIVE_INFINITY;
    const maxHits = limit > 0 ? Math.floor(limit) : 0;
    const terms = maxHits > 0 ? parseQuery(query) : undefined;
    if (terms === undefined) return [];

    // Intersect from the rarest word, so the candidates only shrink from there; a common word
    // is then checked on each remaining candidate's own words when that costs less.
    const byRarity = [...terms].sort((a, b) => a.postingCount - b.postingCount);
    resetVisitsIfWorn();
    let candidates: number[] | undefined;
    for (const term of byRarity) {
      if (candidates !== undefined && candidates.length === 0) return [];
      candidates =
        candidates === undefined || term.postingCount < candidates.length * averageTokensPerItem
          ? matchByPostings(term, candidates)
          : matchByScanning(term, candidates);
      const isFirst = term === byRarity[0];
      for (const itemIndex of candidates) {
        scoreSoFar[itemIndex] = (isFirst ? 0 : scoreSoFar[itemIndex]!) + termScore[itemIndex]!;
      }
    }

    // Every match scores at most `tierStep` before its phrase tier is added, so tiers never mix.
    const tierStep = terms.length * maxWeight;
    const { filter } = searchOptions;
    const bounded = Number.isFinite(maxHits);
    // The hits so far, best first; when bounded, only the `maxHits` best.
    const hitItems: number[] = [];
    const hitScores: number[] = [];
    const ranksBefore = (score: number, itemIndex: number, hit: number): boolean => {
      const other = hitScores[hit]!;
      return score > other || (score === other && tieRank[itemIndex]! < tieRank[hitItems[hit]!]!);
    };
    const isFull = () => bounded && hitItems.length === maxHits;

    const consider = (itemIndex: number, score: number) => {
      if (isFull() && !ranksBefore(score, itemIndex, maxHits - 1)) return;
      if (filter && !filter(items[itemIndex]!)) return;
      if (!bounded) {
        hitItems.push(itemIndex);
        hitScores.push(score);
        return;
      }
      let slot = hitItems.length;
      while (slot > 0 && ranksBefore(score, itemIndex, slot - 1)) slot--;
      hitItems.splice(slot, 0, itemIndex);
      hitScores.splice(slot, 0, score);
      if (hitItems.length > maxHits) {
        hitItems.pop();
        hitScores.pop();
      }
    };

    // Names starting with the query first: they are cheap to recognise and usually fill the
    // hits, so most other candidates are then dismissed before the costlier phrase search.
    // A single word anywhere in the name is no phrase (it would only reward the name field).
    // Only whole words can be followed by the next query word, so an unfinished word before the
    // last rules out every phrase.
    const phrasePossible = terms.every((term, index) => index === terms.length - 1 || term.exactRank >= 0);
    const others: number[] = [];
    for (const itemIndex of candidates ?? []) {
      if (phrasePossible && nameStartsWithQuery(itemIndex, terms)) {
        consider(itemIndex, scoreSoFar[itemIndex]! + 2 * tierStep);
      } else if (phrasePossible && terms.length > 1) others.push(itemIndex);
      else consider(itemIndex, scoreSoFar[itemIndex]!);
    }
    for (const itemIndex of others) {
      const score = scoreSoFar[itemIndex]!;
      if (isFull() && !ranksBefore(score + tierStep, itemIndex, maxHits - 1)) continue;
      consider(itemIndex, nameHoldsQueryLater(itemIndex, terms) ? score + tierStep : score);
    }

    const hits = hitItems.map((itemIndex, hit) => ({
      item: items[itemIndex]!,
      score: hitScores[hit]!,
      itemIndex,
    }));
    if (!bounded) hits.sort((a, b) => b.score - a.score || tieRank[a.itemIndex]! - tieRank[b.itemIndex]!);
    return hits.map(({ item, score }) => ({ item, score }));
  };

  return { size: itemCount, search };
}

/** One query word, resolved against the sorted vocabulary. */
interface QueryTerm {
  /** The ranks `[low, high)` of the words it starts. */
  low: number;
  high: number;
  /** More ranks it starts, spelt with its final `y` when folding made that an `i`; else empty. */
  alternativeLow: number;
  alternativeHigh: number;
  /** The rank of the word it equals, or -1. */
  exactRank: number;
  /** How many (word, item) postings its ranges hold: its rarity. */
  postingCount: number;
}

function termMatchesRank(term: QueryTerm, rank: number): boolean {
  return (
    (rank >= term.low && rank < term.high) || (rank >= term.alternativeLow && rank < term.alternativeHigh)
  );
}
