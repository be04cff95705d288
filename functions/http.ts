// Lambda entry point for the API Gateway HTTP API (payload format 2.0).
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { runtime } from "../lib/runtime.ts";
import { handleHttp } from "../lib/http/app.ts";
import { Budget, withBudget } from "../lib/budget.ts";

export async function handler(
  event: APIGatewayProxyEventV2,
  context?: Partial<Pick<Context, "getRemainingTimeInMillis">>,
): Promise<APIGatewayProxyStructuredResultV2> {
  const rt = await runtime();
  // The work budget: what the invocation has left (capped by configuration); past it, `too_complex`.
  const budget = Budget.forInvocation(rt.config.limits.workBudgetMs, context?.getRemainingTimeInMillis?.());
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) headers[k.toLowerCase()] = v;
  const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8") : new Uint8Array();
  const res = await withBudget(budget, () =>
    handleHttp(
      {
        method: event.requestContext.http.method.toUpperCase(),
        path: event.rawPath,
        headers,
        query: event.queryStringParameters ?? {},
        body,
        sourceIp: event.requestContext.http.sourceIp,
        requestId: event.requestContext.requestId,
      },
      rt,
    ),
  );
  return { statusCode: res.status, headers: res.headers, body: res.body, isBase64Encoded: false };
}
