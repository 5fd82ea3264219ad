"""`python -m kg.extract PATH...`: extraction JSON Lines without the CLI (for development)."""

import json
import sys

from kg.extract import extract, result_json
from loaders import LoadError, load_paths

for item in load_paths(sys.argv[1:]):
    if isinstance(item, LoadError):
        print(item.line(), file=sys.stderr)
        continue
    print(json.dumps(result_json(extract(item)), ensure_ascii=False))
