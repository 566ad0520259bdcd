#!/usr/bin/env python3
"""Summarise a Chrome trace written by `palma bench render --trace DIR` or `PALMA_FIT_TRACE=FILE`.

For each thread: the span the events cover, the time covered by top-level events (the rest is work
outside LibTorch operators, such as the renderer's forward kernels), then the operators and autograd
nodes by self time (their time minus that of the events nested in them), with inclusive time and count.

    python3 tools/trace_summary.py traces/palma-hand-448.json
    python3 tools/trace_summary.py traces/palma-hand-448.json --top 15 --timeline

--timeline also lists the top-level events in order with the gap before each (gaps are where our own
kernels run in the forward pass).
"""

import argparse
import collections
import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        sys.exit(f"trace_summary: cannot read {path}: {e}")
    events = data.get("traceEvents", []) if isinstance(data, dict) else data
    return [e for e in events if isinstance(e, dict) and e.get("ph") == "X" and "dur" in e]


def summarise(events, top, timeline):
    by_thread = collections.defaultdict(list)
    for e in events:
        by_thread[e.get("tid")].append(e)
    for tid, evs in sorted(by_thread.items(), key=lambda kv: -len(kv[1])):
        evs.sort(key=lambda e: (e["ts"], -e["dur"]))
        self_time, total, count = collections.Counter(), collections.Counter(), collections.Counter()
        stack, covered, last_end = [], 0.0, evs[0]["ts"]
        start, end = evs[0]["ts"], max(e["ts"] + e["dur"] for e in evs)
        lines = []
        for e in evs:
            while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
                stack.pop()
            if stack:
                self_time[stack[-1]["name"]] -= e["dur"]
            else:
                covered += e["dur"]
                lines.append((e["ts"] - start, e["ts"] - last_end, e["dur"], e["name"]))
                last_end = e["ts"] + e["dur"]
            self_time[e["name"]] += e["dur"]
            total[e["name"]] += e["dur"]
            count[e["name"]] += 1
            stack.append(e)
        print(f"thread {tid}: {len(evs)} events over {(end - start) / 1000:.2f} ms, "
              f"{covered / 1000:.2f} ms inside top-level events")
        print(f"  {'self ms':>9} {'total ms':>9} {'count':>6}  name")
        for name, t in self_time.most_common(top):
            print(f"  {t / 1000:9.3f} {total[name] / 1000:9.3f} {count[name]:6d}  {name}")
        if timeline:
            print(f"  {'at ms':>9} {'gap ms':>9} {'ms':>9}  top-level event")
            for at, gap, dur, name in lines:
                print(f"  {at / 1000:9.2f} {gap / 1000:9.2f} {dur / 1000:9.3f}  {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trace", help="a Chrome trace (JSON array or object with traceEvents)")
    parser.add_argument("--top", type=int, default=25, help="rows per thread (default 25)")
    parser.add_argument("--timeline", action="store_true", help="also list the top-level events in order")
    args = parser.parse_args()
    events = load(args.trace)
    if not events:
        sys.exit(f"trace_summary: {args.trace} holds no complete ('X') events")
    summarise(events, args.top, args.timeline)


if __name__ == "__main__":
    main()
