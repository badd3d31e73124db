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
  --image FILE        a picture to post with it (JPEG, PNG, WebP or GIF; repeat for more): checked for
                      the council's logo (from --pack) and for the place it was taken (GPS)
  --json              print the findings as JSON: { "findings": [...], "pack": { "id", "version" } },
                      and with --image, "images": [{ "file", "format", "width", "height", "hasLocation",
                      "hasMetadata", "logos" }]
  -h, --help          show this help
  --version           show the version

Exit status: 0 nothing blocks posting, 1 something must be fixed first, 2 the input or options are wrong.

A finding about a picture names the file ("leaflet.jpg") and where in it the logo is. Without a
draft file and with nothing piped in, --image checks the pictures alone.

Examples:
  echo "I will be voting against 24/01234/FUL" | post-check --pack council.json
  post-check --pack council.json --capacity campaign --image leaflet.jpg draft.txt
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
  post-check pack test FILE                                run the pack's rule examples and example posts
  post-check pack import-planning FILE.csv [--out F|--into PACK]   pending applications from a planning register
  post-check pack add-logo PACK FILE… [--name NAME]        fingerprint the council's logo files into the pack
  post-check pack diff OLD NEW                             what changed between two versions, in words
  post-check pack keygen --out NAME                        make a signing key pair (NAME.key, NAME.pub)
  post-check pack sign FILE --key NAME.key [--out F]       write a signed pack (FILE.postcheck-pack)
  post-check pack verify FILE --pubkey NAME.pub            check a signed pack's signature and contents

Run "post-check pack COMMAND --help" for more on each.
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

export const PACK_TEST_HELP = `Run a pack's own tests: each custom rule's examples and the pack's example posts.

Usage:
  post-check pack test FILE

Each custom rule must flag every post in its "flag" list and none in its "pass" list. Each of the
pack's "examples" must be flagged for exactly the categories in its "labels" (none when empty),
checked with the Members' Code and the pack together. FILE may be a pack or a signed pack.

Exit status: 0 all passed, 1 something failed, 2 the pack cannot be read or is not valid.
`;

export const PACK_DIFF_HELP = `Say what changed between two versions of a pack, one change a line.

Usage:
  post-check pack diff OLD NEW

Each file may be a pack or a signed pack (signatures are not checked here: use "pack verify").
`;

export const PACK_KEYGEN_HELP = `Make an Ed25519 key pair for signing packs.

Usage:
  post-check pack keygen --out NAME

Writes NAME.key (the private key, readable only by you; never share it) and NAME.pub (the public
key, for councillors), and prints the key's fingerprint for councillors to confirm with you.
Never overwrites a key that exists.
`;

export const PACK_SIGN_HELP = `Sign a pack so councillors' apps can tell it came from you, unchanged.

Usage:
  post-check pack sign FILE --key NAME.key [--out FILE.postcheck-pack]

The pack is validated first: a pack with problems is not signed. The signed pack holds the pack's
exact bytes; it is written to --out, or beside FILE with the extension .postcheck-pack.
`;

export const PACK_VERIFY_HELP = `Check that a signed pack was signed with a key and has not been changed since.

Usage:
  post-check pack verify FILE --pubkey NAME.pub

Exit status: 0 the signature is good and the pack inside is valid, 1 it is not (the reason is
printed), 2 a file cannot be read or the key is not an Ed25519 public key.
`;

export const PACK_IMPORT_PLANNING_HELP = `Make the pack's pending applications from a planning register exported as CSV.

Usage:
  post-check pack import-planning FILE.csv                 print { "pendingMatters": [...] }
  post-check pack import-planning FILE.csv --out F.json    write it to a new file
  post-check pack import-planning FILE.csv --into PACK     replace PACK's planning applications

The first row names the columns, in any order; headings are matched ignoring case and punctuation:
  reference     Reference, Ref, Application Number, Application No, Case Reference   (required)
  site address  Site Address, Address, Location, Site
  description   Description, Proposal, Development      (a site address or description is required)
  committee     Committee
  date          Committee Date, Decision Date, Target Date, Date: YYYY-MM-DD or DD/MM/YYYY
Other columns are ignored. Fields with commas, quotes or line breaks must be in double quotes.

Each row becomes a planning matter titled "site: description". A row with no reference, a date
that is not a real date, the wrong number of fields or a reference already seen is reported with
its line number and skipped. With --into, applications no longer in the register are removed,
the other names already written for a reference are kept, and licensing and committee items are
left alone.

Exit status: 0 every row read, 1 some rows skipped, 2 the file cannot be used at all.
`;

export const PACK_ADD_LOGO_HELP = `Add the council's logos to a pack, so that posts with pictures carrying them are flagged.

Usage:
  post-check pack add-logo PACK FILE… [--name NAME]

Each FILE is a logo or crest (PNG, JPEG, WebP, GIF or SVG; a transparent background is best) and
becomes one logo in the pack's "logos", named after the file ("county-crest.png" is "County crest").
With --name, all the files are versions of one logo (colour and black-and-white, say) under that
name. A logo whose name is already in the pack has its fingerprints replaced. The rest of PACK is
kept as it is; PACK must be a plain pack, not a signed one (sign it again afterwards).

Only fingerprints go into the pack, not the pictures. They find the logo when it is resized,
re-compressed, recoloured, in greyscale, turned up to about 10°, cropped a little, or takes up 15%
or more of a larger picture such as a poster or a photo of a leaflet.

Options:
  --name NAME   the logo's name, shown to councillors ("County crest")
  -h, --help    show this help

Exit status: 0 added, 2 a file cannot be read or the pack is not valid.
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
