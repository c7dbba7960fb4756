// Validates an OpenAPI document (3.0 or 3.1) against the specification's published JSON schemas.
// Usage: node validate-openapi.mjs <file.json>; prints {"valid": true} or {"valid": false, "errors": [...]}; exit 0 when valid.
import { Validator } from "@seriousme/openapi-schema-validator";
import { readFile } from "node:fs/promises";

const validator = new Validator();
const document = JSON.parse(await readFile(process.argv[2], "utf8"));
const result = await validator.validate(document);
console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? [] }));
process.exit(result.valid ? 0 : 1);
