// Validates JSON documents against the published schemas with ajv (draft 2020-12), as a Node integrator would.
// Usage: node validate.mjs SCHEMA_DIR FILE...   (a .jsonl file is one document per line)
// Each document names its contract in "schema"; prints one line per file and exits 1 if any document is invalid.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const byContract = new Map();
for (const name of readdirSync(schemaDir).filter((n) => n.endsWith(".schema.json"))) {
  const schema = JSON.parse(readFileSync(join(schemaDir, name), "utf8"));
  byContract.set(schema.title, ajv.compile(schema));
}

let failed = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const documents = file.endsWith(".jsonl") ? text.split("\n").filter((l) => l.length > 0) : [text];
  let invalid = 0;
  for (const line of documents) {
    const document = JSON.parse(line);
    const validate = byContract.get(document.schema);
    if (!validate || !validate(document)) {
      invalid++;
      if (invalid <= 3) console.error(`${file}: ${JSON.stringify(validate ? validate.errors.slice(0, 3) : "no schema for " + document.schema)}`);
    }
  }
  console.log(`${file}: ${documents.length - invalid} of ${documents.length} valid`);
  failed += invalid;
}
process.exit(failed > 0 ? 1 : 0);
