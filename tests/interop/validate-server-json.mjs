// Validates server.json files against the MCP registry's schema (JSON Schema draft-07; ajv with its formats).
// Usage: node validate-server-json.mjs <schema.json> <server.json>...; prints one JSON line per file; exit 0 when all are valid.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFile } from "node:fs/promises";

const [schemaPath, ...files] = process.argv.slice(2);
// strict: false, because the registry's schema uses annotation keywords (example) that draft-07 does not define.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(await readFile(schemaPath, "utf8")));
let failed = 0;
for (const file of files) {
  const valid = validate(JSON.parse(await readFile(file, "utf8")));
  if (!valid) failed++;
  console.log(JSON.stringify({ file, valid, errors: valid ? [] : validate.errors }));
}
process.exit(failed ? 1 : 0);
