/**
 * Turns what a reader types into search terms: a whole interview question ("Can you walk me through
 * how you'd paginate a large collection?") becomes the words that carry its meaning ("paginate",
 * "large", "collection"). Pure, for unit tests; the search code runs these terms through Pagefind.
 *
 * - Quoted phrases stay together and are matched as phrases.
 * - Identifiers, headers and status codes stay intact: anything with a digit or one of `_ . / + :`,
 *   camelCase, all capitals, or a hyphen beside capitals ("dependency_overrides", "app.state", "429",
 *   "RequestValidationError", "CORS", "Retry-After").
 * - Filler words (question words, pronouns, auxiliaries, interview scaffolding such as "explain"
 *   or "walk me through") are dropped, unless nothing else is left; so is "REST" in "a REST API"
 *   when the question is about something else.
 * - Hyphenated everyday words ("cookie-based", "third-party") are split into their words.
 */

export type TermKind = 'word' | 'identifier' | 'phrase';

export interface QueryTerm {
  /** The term as typed (a phrase without its quotes); pagefindTerm() spells it for the index. */
  text: string;
  kind: TermKind;
}

/**
 * Words that say how something is asked, not what it is about. Every entry is a whole word in lower
 * case, with straight apostrophes; the unit tests pin the list's behaviour.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  // question words
  'what', "what's", 'how', "how's", 'why', "why's", 'when', "when's", 'where', "where's", 'which', 'who', "who's", 'whom', 'whose', 'whether',
  // articles, conjunctions, prepositions
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'if', 'then', 'than', 'as', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'about', 'between', 'among', 'through', 'via', 'per', 'like', 'versus', 'vs',
  // pronouns and determiners
  'i', "i'd", "i'm", "i've", "i'll", 'me', 'my', 'mine', 'we', "we'd", "we're", "we've", 'us', 'our', 'ours', 'you', "you'd", "you're", "you've", "you'll", 'your', 'yours', 'yourself',
  'they', "they're", 'them', 'their', 'theirs', 'he', 'she', 'him', 'her', 'his', 'it', "it's", 'its', 'itself', 'this', 'that', "that's", 'these', 'those', 'there', "there's", 'here', "here's",
  'some', 'any', 'each', 'every', 'all', 'both', 'either', 'neither', 'such', 'own', 'same', 'other', 'another', 'one', 'ones', 'someone', 'something', 'anything', 'everything',
  // auxiliaries and modals, with their contractions
  'is', "isn't", 'are', "aren't", 'was', "wasn't", 'were', "weren't", 'be', 'been', 'being', 'am',
  'do', "don't", 'does', "doesn't", 'did', "didn't", 'doing', 'done', 'have', "haven't", 'has', "hasn't", 'had', 'having',
  'can', "can't", 'cannot', 'could', "couldn't", 'would', "wouldn't", 'should', "shouldn't", 'will', "won't", 'shall', 'may', 'might', 'must', 'ought',
  // contractions typed without the apostrophe
  'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'havent', 'hasnt', 'im', 'ive', 'youre', 'youd', 'youve', 'theyre', 'whats', 'thats', 'theres', 'hows', 'whys', 'heres',
  // interview scaffolding
  'explain', 'describe', 'tell', 'walk', 'talk', 'discuss', 'elaborate', 'outline', 'define', 'give', 'show', 'say', 'think', 'know', 'understand', 'mean', 'means', 'meant', 'meaning',
  'example', 'examples', 'question', 'answer', 'please', 'briefly', 'quickly', 'really', 'actually', 'basically', 'exactly', 'typically', 'usually', 'generally', 'just', 'also', 'very', 'even', 'still', 'ever',
  'difference', 'differences', 'different', 'differ', 'compare', 'comparison', 'point', 'purpose', 'idea', 'concept', 'thing', 'things', 'stuff', 'way', 'ways', 'practice', 'practices',
  // verbs that frame a question about preventing something: "How do you stop X?" is about X
  'stop', 'prevent', 'avoid',
  'use', 'uses', 'used', 'using', 'work', 'works', 'working', 'happen', 'happens', 'go', 'goes', 'going', 'get', 'gets', 'getting', 'make', 'makes', 'let', 'lets', 'want', 'need', 'needs', 'try', 'play', 'pick', 'choose', 'prefer', 'solve', 'solves',
  'yes', 'lot', 'lots', 'well', 'good', 'better', 'best', 'bad', 'sure', 'okay', 'ok', 'etc', 'e.g', 'i.e', 'eg', 'ie',
]);

/**
 * "a REST API", "RESTful endpoints": REST before a word for the API itself only says what kind of API
 * a question is about, as "web" would, and in questions about something else ("How would you
 * paginate a REST API?") it would rank the page about REST first. Such a qualifier is dropped when
 * the query names something besides the API; "What is a REST API?" keeps it.
 */
const API_KIND_WORDS: ReadonlySet<string> = new Set(['rest', 'restful']);
const API_NOUNS: ReadonlySet<string> = new Set(['api', 'apis', 'endpoint', 'endpoints', 'service', 'services', 'backend', 'backends']);

/** The terms without kind-of-API qualifiers, or all of them when nothing but the API would be left. */
function withoutApiKind(terms: QueryTerm[]): QueryTerm[] {
  const isQualifier = (term: QueryTerm, index: number) =>
    API_KIND_WORDS.has(term.text.toLowerCase()) && API_NOUNS.has(terms[index + 1]?.text.toLowerCase() ?? '');
  const rest = terms.filter((term, index) => !isQualifier(term, index));
  return rest.some((term) => !API_NOUNS.has(term.text.toLowerCase())) ? rest : terms;
}

const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}_/.+]+|[^\p{L}\p{N}_/+]+$/gu;

/** Whether a token must be kept exactly as typed (an identifier, a header, a status code). */
export function isIdentifier(token: string): boolean {
  return /\d/.test(token) || /[_./+:]/.test(token) || /\p{Ll}\p{Lu}/u.test(token) || /^\p{Lu}[\p{Lu}\d]+$/u.test(token) || /\p{Lu}.*-|-.*\p{Lu}/u.test(token);
}

/**
 * "JWTs" → "JWT", "APIs" → "API": Pagefind's English stemmer leaves the plural of a word without
 * vowels alone, so "JWTs" would only find pages that write the plural. The singular finds both.
 */
function singularAcronym(token: string): string {
  return /^\p{Lu}[\p{Lu}\d]*\p{Lu}s$/u.test(token) ? token.slice(0, -1) : token;
}

function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}

/** The words of free text (not phrases), each classified; filler words included. */
function tokenize(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const raw of text.split(' ')) {
    const token = singularAcronym(raw.replace(EDGE_PUNCTUATION, ''));
    if (!token) continue;
    if (isIdentifier(token)) terms.push({ text: token, kind: 'identifier' });
    else for (const part of token.split('-').filter(Boolean)) terms.push({ text: part, kind: 'word' });
  }
  return terms;
}

/** A filler word typed in lower case or as a sentence's first word; "GET" or "HEAD" in capitals are methods. */
function isFiller(term: QueryTerm): boolean {
  if (term.kind === 'identifier' && /\p{Lu}/u.test(term.text)) return false;
  return FILLER_WORDS.has(term.text.toLowerCase());
}

/** The terms of a query, in the order typed, without duplicates (case-insensitive). */
export function queryTerms(query: string): QueryTerm[] {
  const text = normalize(query).slice(0, 300);
  const terms: QueryTerm[] = [];
  const rest = text.replace(QUOTED, (_match, straight?: string, curly?: string) => {
    const phrase = tokenize(straight ?? curly ?? '').map((t) => t.text).join(' ');
    if (phrase.includes(' ')) terms.push({ text: phrase, kind: 'phrase' });
    else if (phrase) terms.push(...tokenize(phrase));
    return ' ';
  });
  const words = tokenize(rest);
  const meaningful = withoutApiKind(words.filter((term) => !isFiller(term)));
  terms.push(...(meaningful.length > 0 || terms.length > 0 ? meaningful : words));
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A term as Pagefind's index spells it. Pagefind's query parser drops punctuation (so "Retry-After"
 * meets the indexed "retryafter") but keeps symbols such as "+", which its indexer drops: "N+1" is
 * indexed as "n1" and would otherwise match nothing.
 */
export function pagefindTerm(term: QueryTerm): string {
  return term.kind === 'identifier' ? term.text.replace(/[+=<>|~^$`]/g, '') : term.text;
}

/** The Pagefind query for an exact match of a term: the term in double quotes. */
export function exactQuery(term: QueryTerm): string {
  return `"${pagefindTerm(term)}"`;
}
