#!/usr/bin/env python3
"""Says whether a saved text repeats one the extractor's developers have seen: the repository's tests, rules, seeds and
development keys, or another text under the folder of held-out keys. Usage: seen.py <keys folder> <doc.txt>...; prints SEEN or NEW.
A text is SEEN when any 14-character passage holding a digit (taken every 40 characters) stands in one of those files."""
import glob, os, re, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

def norm(t):
    t = re.sub(r'\s+', '', t)
    for a, b in (('，', ','), ('；', ';'), ('：', ':'), ('（', '('), ('）', ')')):
        t = t.replace(a, b)
    return t

def read(path):
    return norm(open(path, encoding='utf-8', errors='ignore').read())

keys = sys.argv[1]
repo = [f for pattern in ('tests/golden/**/*.txt', 'tests/fixtures/**/*.txt', 'tests/unit/*.ts', 'seeds/*', 'extract/*.ts', 'docs/*.md')
        for f in glob.glob(os.path.join(ROOT, pattern), recursive=True)]
repo_text = ''.join(read(f) for f in repo)
for arg in sys.argv[2:]:
    own = os.path.abspath(arg)
    others = ''.join(read(f) for f in glob.glob(os.path.join(keys, '*', 'docs', '*.txt')) if os.path.abspath(f) != own)
    t = read(arg)
    chunks = [c for c in (t[i:i + 14] for i in range(0, max(0, len(t) - 14), 40)) if re.search(r'\d', c)]
    print(f"{os.path.basename(arg)}: {'SEEN' if any(c in repo_text or c in others for c in chunks) else 'NEW'}")
