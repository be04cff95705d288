// Lambda entry point for the API Gateway HTTP API (payload format 2.0).
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { runtime } from "../lib/runtime.ts";
import { handleHttp } from "../lib/http/app.ts";

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) headers[k.toLowerCase()] = v;
  const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? "base64" : "utf8") : new Uint8Array();
  const res = await handleHttp(
    {
      method: event.requestContext.http.method.toUpperCase(),
      path: event.rawPath,
      headers,
      query: event.queryStringParameters ?? {},
      body,
      sourceIp: event.requestContext.http.sourceIp,
      requestId: event.requestContext.requestId,
    },
    await runtime(),
  );
  return { statusCode: res.status, headers: res.headers, body: res.body, isBase64Encoded: false };
}
