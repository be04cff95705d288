// The HTTP API's own request and response: no Lambda or Node types (functions/http.ts adapts API
// Gateway events to them; the local server adapts Node requests to API Gateway events).
import type { Runtime } from "../runtime.ts";

export interface HttpRequest {
  method: string;
  path: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body: Uint8Array;
  /** The client's address (API Gateway's sourceIp): wrong keys are counted per client. */
  sourceIp?: string;
  /** API Gateway's request id, when there is one. */
  requestId?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RouteContext {
  req: HttpRequest;
  rt: Runtime;
  /** Path parameters by name, e.g. { id: "…" } for /summaries/{id}. */
  params: Record<string, string>;
}
