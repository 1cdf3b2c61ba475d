"""Validates JSON documents against the published schemas with Python's jsonschema (draft 2020-12).

Usage: python3 validate.py SCHEMA_DIR FILE...   (a .jsonl file is one document per line)
Each document names its contract in "schema"; prints one line per file and exits 1 if any document is invalid.
"""
import json
import pathlib
import sys

import jsonschema

schema_dir, files = pathlib.Path(sys.argv[1]), sys.argv[2:]
validators = {}
for path in schema_dir.glob("*.schema.json"):
    schema = json.loads(path.read_text(encoding="utf-8"))
    validators[schema["title"]] = jsonschema.Draft202012Validator(schema)

failed = 0
for file in files:
    text = pathlib.Path(file).read_text(encoding="utf-8")
    documents = [line for line in text.split("\n") if line] if file.endswith(".jsonl") else [text]
    invalid = 0
    for line in documents:
        document = json.loads(line)
        validator = validators.get(document.get("schema"))
        errors = list(validator.iter_errors(document)) if validator else ["no schema"]
        if errors:
            invalid += 1
            if invalid <= 3:
                print(f"{file}: {errors[0] if isinstance(errors[0], str) else errors[0].message}", file=sys.stderr)
    print(f"{file}: {len(documents) - invalid} of {len(documents)} valid")
    failed += invalid
sys.exit(1 if failed else 0)
