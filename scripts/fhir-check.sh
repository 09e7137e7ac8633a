#!/usr/bin/env bash
# Validates our FHIR output with an independent FHIR R4 model library (PyPI's
# fhir.resources, pinned in tests/fhir/requirements.txt): the default data set's export,
# and the answers to PDS-style requests, errors included. Needs the CLI built.
set -euo pipefail
cd "$(dirname "$0")/.."
c4h=${C4H:-target/debug/c4h}
out=target/fhir-check
rm -rf "$out"
mkdir -p "$out"

"$c4h" data export --format fhir --out "$out/export.json"

# A patient with a record of every kind, so every search below returns something.
nhs=$(printf '%s\n' \
  'for p in patients() {' \
  '  if hospital_stays(p).len() > 0 && medications(p).len() > 0 && immunisations(p).len() > 0 && conditions(p).len() > 0 {' \
  '    print(p.nhs_number); break;' \
  '  }' \
  '}' | "$c4h" run -)
family=$("$c4h" data request "Patient/$nhs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"][0]["family"])')

queries=(
  "Patient/$nhs"
  "Patient?family=$family&gender=female"
  "Patient?family=${family:0:2}*&birthdate=ge1950-01-01&gender=male"
  "Observation?patient=$nhs"
  "Observation?patient=$nhs&code=http://loinc.org|8480-6"
  "Condition?patient=$nhs"
  "MedicationRequest?patient=$nhs"
  "Immunization?patient=$nhs"
  "Appointment?patient=$nhs"
  "Encounter?patient=$nhs"
  "Organization"
  "Patient?family=Nobody"
  "Patient/9990000019"
  "Patient/9990000018"
  "Patient?gender=female"
  "Patient?colour=blue"
  "Observation?code=8480-6"
)
index=0
for query in "${queries[@]}"; do
  index=$((index + 1))
  # An OperationOutcome exits 1: that is an answer too, and it is validated like the rest.
  "$c4h" data request "$query" > "$out/request-$index.json" || [ $? -eq 1 ]
  echo "request $index: $query"
done

tests/fhir/run.sh "$out"/*.json
