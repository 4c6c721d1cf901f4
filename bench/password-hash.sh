#!/usr/bin/env bash
# How long one password hash and one password check take with Argon2 as configured (every login
# and every account creation pays one), beside bcrypt for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
java -cp "$cp" bench/PasswordHash.java
