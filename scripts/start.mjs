/**
 * `npm start`: the desktop app is not available yet, so this says how to use the command line.
 */
console.log(`The Councillor Post Check desktop app is not available yet.

You can check a post from the command line now:

  echo "Gritters are out tonight on the A14." | npm run --silent post-check
  npm run --silent post-check -- --pack your-council-pack.json draft.txt
  npm run --silent post-check -- --help

Or build the command once with "npm run build:cli" and run ./bin/post-check.mjs --help.`);
