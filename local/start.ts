// `npm start`: the whole product on this machine — a real S3-protocol server and the HTTP API on
// 127.0.0.1, wired from serverless.yml, with no AWS account, no API key and no network.
import { loadConfig } from "../lib/config.ts";
import { generateApiKey, localEnvironment, startLocal } from "./server.ts";

const config = loadConfig();
const apiKey = config.apiKeys[0] ?? generateApiKey();
const stack = await startLocal({
  bucket: config.bucket,
  s3Port: config.local.s3Port,
  httpPort: config.local.httpPort,
  dataDir: config.local.dataDir,
});
Object.assign(process.env, localEnvironment(stack, config.apiKeys.join(",") || apiKey));
const engine = loadConfig().engine;

console.log(`Précis is running locally (engine: ${engine}${engine === "openai" ? `, model ${config.openai.model}${config.openai.baseURL ? ` at ${config.openai.baseURL}` : ""}` : ", embedded and offline"}).

  S3 API     ${stack.s3Endpoint}   bucket ${stack.bucket}
             credentials: AWS_ACCESS_KEY_ID=${stack.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${stack.credentials.secretAccessKey}
  HTTP API   ${stack.httpEndpoint}
             PRECIS_API_KEY=${apiKey}

Try:
  export AWS_ACCESS_KEY_ID=${stack.credentials.accessKeyId} AWS_SECRET_ACCESS_KEY=${stack.credentials.secretAccessKey} AWS_DEFAULT_REGION=us-east-1
  aws --endpoint-url ${stack.s3Endpoint} s3 cp story.html s3://${stack.bucket}/incoming/story.html
  aws --endpoint-url ${stack.s3Endpoint} s3 cp s3://${stack.bucket}/summaries/story.html.json -
  curl -H "Authorization: Bearer ${apiKey}" -H 'content-type: text/plain' --data-binary @story.txt ${stack.httpEndpoint}/summaries

Ctrl-C stops it.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log("\nstopping…");
  await stack.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
