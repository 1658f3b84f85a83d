#!/bin/sh
# `npm test`: the type-check (server and explorer) runs beside vitest rather than before it,
# on the CPU vitest leaves idle while it starts PostgreSQL and while its last files finish;
# its output is printed after the tests'. Fails when either fails.
mkdir -p .cache
npm run -s typecheck > .cache/typecheck.log 2>&1 &
typecheck=$!
vitest run
tests=$?
wait $typecheck
types=$?
cat .cache/typecheck.log
if [ $types -ne 0 ]; then echo "npm test: the type-check failed (above)." >&2; exit $types; fi
[ $tests -eq 0 ] || exit $tests
exec tsx scripts/browser-tests-notice.ts
