// prepareDocument for the text formats only (no PDF or Word), synchronously and in this thread: for the
// library, benches and scripts. Apart from lib/pipeline.ts so that the handlers, which go through
// prepareDocument, do not import the HTML reader at start.
import { cleanHtml } from "./clean/html/index.ts";
import { loadDocument } from "./load.ts";
import { prepareLoaded, type ArticleLimits, type PreparedArticle, type SummarizeInput } from "./pipeline.ts";

export function prepareArticle(input: SummarizeInput, limits: ArticleLimits): PreparedArticle {
  return prepareLoaded(loadDocument(input, { maxBytes: limits.maxObjectBytes }), input, limits, cleanHtml);
}
