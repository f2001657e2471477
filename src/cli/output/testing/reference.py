"""Differential-test oracle: the AWS CLI's own code on /usr/bin/python3 (Debian awscli 2.9.19,
jmespath 1.0.1, ruamel.yaml 0.17.21 + C emitter). Reads one JSON request on stdin, writes one
JSON array on stdout; one process per batch.

Request: {"mode": "jmespath" | "format" | "unicode" | "floats", "tasks": [...]}
  jmespath task: {"doc": JSON text, "expr": str}
      -> {"ok": compact JSON of the result} | {"phase": "compile"|"runtime", "type", "message"}
  format task: {"doc": JSON text, "format": name, "query": str|null, "color": bool, "width": int|null}
      -> {"stdout": str, "error": str|null}   (error: what the CLI writes to stderr, minus newlines)
"""
import io
import json
import sys
import types

import awscli.table
import jmespath
from awscli.formatter import get_formatter

EXPREF = '<jmespath.visitor._Expression object at 0x7f5c3a2b1d90>'


def run_jmespath(task):
    try:
        compiled = jmespath.compile(task['expr'])
    except Exception as e:  # the CLI reports any exception here as a compile error
        return {'phase': 'compile', 'type': type(e).__name__, 'message': str(e)}
    doc = json.loads(task['doc'])
    try:
        result = compiled.search(doc)
    except Exception as e:
        return {'phase': 'runtime', 'type': type(e).__name__, 'message': str(e)}
    try:
        return {'ok': json.dumps(result, separators=(',', ':'), ensure_ascii=False, default=lambda o: EXPREF)}
    except Exception as e:
        return {'phase': 'serialize', 'type': type(e).__name__, 'message': str(e)}


class Wrapped(io.StringIO):
    """colorama's stdout wrapper with autoreset: a reset after every write."""
    def write(self, s):
        super().write(s)
        return super().write('\x1b[0m')


def run_format(task):
    response = {'accessPolicyDetail': {'policy': json.loads(task['doc'])}}
    query = task.get('query') or 'accessPolicyDetail.policy'
    args = types.SimpleNamespace(query=jmespath.compile(query), color='on' if task.get('color') else 'off')
    stream = Wrapped() if task.get('color') else io.StringIO()
    width = task.get('width') or 80
    awscli.table.determine_terminal_width = lambda default_width=80: width
    try:
        formatter = get_formatter(task['format'], args)
        formatter('GetAccessPolicy', response, stream)
        return {'stdout': stream.getvalue(), 'error': None}
    except Exception as e:
        return {'stdout': stream.getvalue(), 'error': str(e)}


def unicode_tables():
    """Per code point: str.upper() when it differs, isprintable(), decimal(), isspace()."""
    import unicodedata
    upper, nonprintable, decimal, space = {}, [], {}, []
    for cp in range(0x110000):
        c = chr(cp)
        if not (0xD800 <= cp <= 0xDFFF) and c.upper() != c:
            upper[cp] = c.upper()
        if not c.isprintable():
            nonprintable.append(cp)
        d = unicodedata.decimal(c, -1)
        if d >= 0:
            decimal[cp] = d
        if c.isspace():
            space.append(cp)
    return [{'upper': upper, 'nonprintable': nonprintable, 'decimal': decimal, 'space': space}]


def float_reprs(tasks):
    """repr() of doubles given as 16 hex digits (their IEEE 754 bits)."""
    import struct
    return [repr(struct.unpack('>d', bytes.fromhex(t))[0]) for t in tasks]


def main():
    request = json.load(sys.stdin)
    if request['mode'] == 'unicode':
        out = unicode_tables()
    elif request['mode'] == 'floats':
        out = float_reprs(request['tasks'])
    else:
        run = run_jmespath if request['mode'] == 'jmespath' else run_format
        out = [run(t) for t in request['tasks']]
    # colorama (table colour) rewraps sys.stdout; answer on the original stream.
    sys.__stdout__.write(json.dumps(out, ensure_ascii=True))
    sys.__stdout__.flush()


main()
