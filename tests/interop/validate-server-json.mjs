// Validates server.json files against one of the MCP registry's schemas (JSON Schema draft-07 for the dated ones,
// 2020-12 for the draft; ajv with its formats).
// Usage: node validate-server-json.mjs <schema.json> <server.json>...; prints one JSON line per file; exit 0 when all are valid.
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFile } from "node:fs/promises";

const [schemaPath, ...files] = process.argv.slice(2);
const schema = JSON.parse(await readFile(schemaPath, "utf8"));
// strict: false, because the registry's schemas use annotation keywords (example) that JSON Schema does not define.
const ajv = schema.$schema?.includes("2020-12") ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = 0;
for (const file of files) {
  const valid = validate(JSON.parse(await readFile(file, "utf8")));
  if (!valid) failed++;
  console.log(JSON.stringify({ file, valid, errors: valid ? [] : validate.errors }));
}
process.exit(failed ? 1 : 0);
