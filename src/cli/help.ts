import { Capacity, PlatformId } from '../engine/finding.js';

/** The words `--help` prints, one text per command. */

export const CHECK_HELP = `Check a social media post against the Members' Code before you post it.

Usage:
  post-check [check] [options] [FILE|-]     check one draft (from FILE, or stdin when FILE is - or missing)
  post-check batch [--pack FILE] [FILE]     check eval-set lines (JSON Lines) and print one result per line
  post-check pack <command>                 tools for a council's rule pack (post-check pack --help)
  post-check clauses [--json]               list the rules of the Code and what checks each one

Options:
  --pack FILE         your council's rule pack (JSON); without it, the Members' Code alone
  --platform ID       where you will post: ${PlatformId.options.join(', ')} (default x)
  --capacity HAT      the hat you are wearing: ${Capacity.options.join(', ')} (default councillor)
  --at WHEN           when you will post: 2026-11-20, or 2026-11-20T21:30 (UK time), or with an offset
  --json              print the findings as JSON: { "findings": [...], "pack": { "id", "version" } }
  -h, --help          show this help
  --version           show the version

Exit status: 0 nothing blocks posting, 1 something must be fixed first, 2 the input or options are wrong.

Example:
  echo "I will be voting against 24/01234/FUL" | post-check --pack council.json
`;

export const BATCH_HELP = `Check many drafts at once, for measuring the checks on an eval set.

Usage:
  post-check batch [--pack FILE] [FILE|-] < cases.jsonl

Each input line is a JSON object: { "id", "text", "labels": [...], "context": { "capacity", "platform",
"date", "preElection", "pendingMatters" } }. Each output line is { "id", "findings": [...] }, in the
same order. A line that cannot be read gives { "id", "error" } and the run carries on. Blank lines
are skipped.

Options:
  --pack FILE    your council's rule pack; each line's own pendingMatters are added to it
  -h, --help     show this help
`;

export const PACK_HELP = `Tools for a council's rule pack.

Usage:
  post-check pack init [--council NAME] [--id ID] [FILE]   write a starter pack (default rule-pack.json)
  post-check pack validate FILE                            list every problem in a pack, with where it is
  post-check pack schema                                   print the JSON Schema, for completion in an editor

Coming later: pack test, keygen, sign, verify, diff, import-planning.
`;

export const PACK_INIT_HELP = `Write a starter rule pack to edit.

Usage:
  post-check pack init [--council NAME] [--id ID] [FILE]

Writes FILE (default rule-pack.json) and never overwrites a file that exists.

Options:
  --council NAME   the council's name, e.g. "Cambridgeshire County Council"
  --id ID          the pack's id (lower case and hyphens); made from the council's name if left out
  -h, --help       show this help
`;

export const PACK_VALIDATE_HELP = `Check a rule pack and list every problem with where it is.

Usage:
  post-check pack validate FILE

Exit status: 0 valid, 1 problems found, 2 the file cannot be read.
`;

export const PACK_SCHEMA_HELP = `Print the JSON Schema of a rule pack.

Usage:
  post-check pack schema > rule-pack.schema.json

Save it beside your pack: the pack's "$schema" field points an editor at it for completion and checking.
`;

export const CLAUSES_HELP = `List the rules of the Members' Code, bullet by bullet, and what covers each one.

Usage:
  post-check clauses [--json]

For each bullet: the checks that look for it in a post, the checklist items you tick before copying,
and how the app covers the ones no text check can. Then the councils' house rules the checks cite.

Options:
  --json       print the same as JSON
  -h, --help   show this help
`;
