/**
 * What no answer may be, whatever was sent: a server error, an INTERNAL_SERVER_ERROR, or a message that shows
 * how the server is built (a stack frame, SQL, a database or JavaScript error). Error messages are read, not
 * data: data may rightly echo whatever text a case wrote.
 */
const LEAKS: [RegExp, string][] = [
  [/\n\s+at |\bat \S+ \(\S+:\d+:\d+\)|\.(js|ts):\d+:\d+/, 'a stack trace'],
  [/QueryFailedError|EntityNotFound|TypeORMError/, 'an ORM error'],
  [
    /\bviolates\b|duplicate key value|syntax error at or near|invalid input syntax for|out of range for type|could not determine data type|(relation|column|function|type|operator) "?[^"\s]+"? does not exist/i,
    'a database error',
  ],
  [/\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b/, 'SQL text'],
  [/TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|undefined is not/, 'a JavaScript error'],
  [/node_modules\//, 'a file path'],
];

/** Codes an answer with HTTP 400 may carry: the request itself was malformed, or asks for too much. */
const REQUEST_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
]);

interface Answer {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export function problemsIn(status: number, text: string): string[] {
  const problems: string[] = [];
  let answer: Answer | null = null;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    // A plain answer (a body-size refusal, say) is read whole.
    if (status >= 500) problems.push(`HTTP ${status}`);
    for (const [re, what] of LEAKS) if (re.test(text)) problems.push(`the answer shows ${what}: ${text.slice(0, 200)}`);
    return problems;
  }
  if (status >= 500) {
    const first = answer?.errors?.[0];
    // A variable that cannot be coerced is the request's fault, and its answer is 400 with BAD_USER_INPUT.
    const coercion = /^(Variable "\$|Argument "\w+" of non-null type)/.test(first?.message ?? '') ? ' for a malformed variable (expected 400)' : '';
    problems.push(`HTTP ${status}${coercion}${first ? ` (${first.extensions?.code}: ${first.message?.slice(0, 160)})` : ''}`);
  }
  for (const e of answer?.errors ?? []) {
    const code = e.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
    else if (status === 400 && !REQUEST_CODES.has(String(code))) problems.push(`HTTP 400 with code ${code}`);
    for (const [re, what] of LEAKS) if (re.test(e.message ?? '')) problems.push(`an error message shows ${what}: ${(e.message ?? '').slice(0, 200)}`);
  }
  return [...new Set(problems)];
}
