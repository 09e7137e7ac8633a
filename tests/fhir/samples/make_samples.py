#!/usr/bin/env python3
"""Writes the self-test samples in good/ and bad/ (plain stdlib, no venv needed).

The good samples are shaped like the `c4h` contract: an export Bundle
(collection), a searchset, a single resource and an OperationOutcome. Each bad
sample is a good one with ONE thing broken, named after what it breaks, so
`validate.py --self-test` proves that each check can fail.

Rerun after editing:  python3 tests/fhir/samples/make_samples.py
"""

import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
HTEST = {"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                       "code": "HTEST", "display": "test health data"}]}
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
NHS = "https://fhir.nhs.uk/Id/nhs-number"
SPINE = "https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode"


def nhs_number(serial):
    """First valid NHS number 999nnnnnnC at or after serial (skips check digit 10)."""
    while True:
        base = f"999{serial:06d}"
        total = sum(int(d) * w for d, w in zip(base, range(10, 1, -1)))
        check = (11 - total % 11) % 11  # 11 -> 0
        if check != 10:
            return base + str(check)
        serial += 1


def meta():
    return copy.deepcopy(HTEST)


def patient(nhs, family, given, phone, email, gp="Organization/A81001"):
    return {
        "resourceType": "Patient", "id": nhs, "meta": meta(),
        "identifier": [{"system": NHS, "value": nhs}],
        "name": [{"use": "official", "family": family, "given": [given], "prefix": ["Mx"]}],
        "gender": "female", "birthDate": "1984-03-07",
        "telecom": [{"system": "phone", "value": phone, "use": "mobile"},
                    {"system": "email", "value": email}],
        "address": [{"line": ["1 Test Street"], "city": "Leeds", "postalCode": "LS1 4AP"}],
        "generalPractitioner": [{"reference": gp}],
    }


def observation(oid, nhs, **value):
    obs = {
        "resourceType": "Observation", "id": oid, "meta": meta(), "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "vital-signs"}]}],
        "code": {"coding": [{"system": SNOMED, "code": "27113001", "display": "Body weight"},
                            {"system": LOINC, "code": "29463-7", "display": "Body weight"}]},
        "subject": {"reference": f"Patient/{nhs}"},
        "effectiveDateTime": "2024-05-01T09:30:00+01:00",
    }
    obs.update(value or {"valueQuantity": {"value": 72.5, "unit": "kg", "system": UCUM, "code": "kg"}})
    return obs


def blood_pressure(oid, nhs):
    def comp(code, display, v):
        return {"code": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
                "valueQuantity": {"value": v, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}
    obs = observation(oid, nhs, component=[comp("271649006", "Systolic blood pressure", 128),
                                           comp("271650006", "Diastolic blood pressure", 82)])
    obs["code"] = {"coding": [{"system": SNOMED, "code": "75367002", "display": "Blood pressure"}]}
    return obs


def export_bundle():
    p1, p2 = nhs_number(1), nhs_number(2)
    org = {"resourceType": "Organization", "id": "A81001", "meta": meta(),
           "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "A81001"}],
           "name": "Synthetic Test Surgery",
           "telecom": [{"system": "phone", "value": "01632 960123"},
                       {"system": "email", "value": "reception@example.com"}]}
    resources = [
        patient(p1, "Example", "Alex", "07700 900123", "alex.example@example.com"),
        patient(p2, "Sample", "Sam", "+44 7700 900456", "sam@example.com"),
        observation("obs-weight-1", p1),
        blood_pressure("obs-bp-1", p2),
        {"resourceType": "Condition", "id": "cond-1", "meta": meta(),
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                        "code": "active"}]},
         "code": {"coding": [{"system": SNOMED, "code": "44054006", "display": "Diabetes mellitus type 2"}]},
         "subject": {"reference": f"Patient/{p1}"}, "onsetDateTime": "2019-11-02"},
        {"resourceType": "MedicationRequest", "id": "medreq-1", "meta": meta(),
         "status": "active", "intent": "order",
         "medicationCodeableConcept": {"coding": [{"system": "https://dmd.nhs.uk", "code": "39109611000001108",
                                                   "display": "Metformin 500mg tablets"}]},
         "subject": {"reference": f"Patient/{p1}"}, "authoredOn": "2024-04-30",
         "dosageInstruction": [{"text": "One tablet twice a day",
                                "timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}}}]},
        {"resourceType": "Encounter", "id": "enc-1", "meta": meta(), "status": "finished",
         "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
         "subject": {"reference": f"Patient/{p2}"},
         "period": {"start": "2024-05-01T09:00:00+01:00", "end": "2024-05-01T09:20:00+01:00"},
         "serviceProvider": {"reference": "Organization/A81001"}},
        {"resourceType": "Appointment", "id": "appt-1", "meta": meta(), "status": "booked",
         "start": "2024-06-03T10:00:00Z", "end": "2024-06-03T10:10:00Z",
         "participant": [{"actor": {"reference": f"Patient/{p2}"}, "status": "accepted"}]},
        {"resourceType": "Immunization", "id": "imm-1", "meta": meta(), "status": "completed",
         "vaccineCode": {"coding": [{"system": SNOMED, "code": "39114911000001105",
                                     "display": "COVID-19 vaccine"}]},
         "patient": {"reference": f"Patient/{p1}"}, "occurrenceDateTime": "2023-10-12"},
        org,
    ]
    entries = []
    for n, res in enumerate(resources):
        # Both fullUrl forms in the contract: Type/id for most, urn:uuid for some.
        if res["resourceType"] in ("Encounter", "Appointment"):
            url = f"urn:uuid:6f1c2a3e-0000-4000-8000-{n:012d}"
        else:
            url = f"{res['resourceType']}/{res['id']}"
        entries.append({"fullUrl": url, "resource": res})
    return {"resourceType": "Bundle", "id": "export-1", "meta": meta(), "type": "collection",
            "timestamp": "2024-06-01T12:00:00Z", "entry": entries}


def searchset():
    p1 = nhs_number(1)
    matches = [observation("obs-weight-1", p1), observation("obs-weight-2", p1)]
    matches[1]["effectiveDateTime"] = "2024-05-08"
    return {"resourceType": "Bundle", "id": "search-1", "meta": meta(), "type": "searchset",
            "total": 2,
            "link": [{"relation": "self",
                      "url": f"Observation?patient={p1}&code=http://snomed.info/sct|27113001"}],
            "entry": [{"fullUrl": f"Observation/{o['id']}", "resource": o, "search": {"mode": "match"}}
                      for o in matches]}


def empty_searchset():
    return {"resourceType": "Bundle", "meta": meta(), "type": "searchset", "total": 0,
            "link": [{"relation": "self", "url": "Patient?family=Nobody"}]}


def outcome(code="RESOURCE_NOT_FOUND", severity="error", issue_code="not-found"):
    return {"resourceType": "OperationOutcome", "meta": meta(),
            "issue": [{"severity": severity, "code": issue_code,
                       "details": {"coding": [{"system": SPINE, "code": code,
                                               "display": "Resource not found"}]},
                       "diagnostics": "No Patient with id 9990000026"}]}


def entry_of(bundle, rtype, nth=0):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == rtype][nth]


def bad_samples():
    """name -> document with one thing broken."""
    out = {}

    def variant(name, make, edit):
        doc = make()
        edit(doc)
        out[name] = doc

    p = lambda d: entry_of(d, "Patient")
    obs = lambda d: entry_of(d, "Observation")
    variant("nhs-check-digit", export_bundle,
            lambda d: p(d)["identifier"][0].update(value=p(d)["id"][:9] + str((int(p(d)["id"][9]) + 1) % 10)))
    variant("nhs-not-999", lambda: patient("4010232137", "Real", "Looking", "07700 900001", "r@example.com"),
            lambda d: None)
    variant("nhs-check-digit-10", export_bundle,  # 999000000x: Modulus 11 gives 10, never issued
            lambda d: p(d)["identifier"][0].update(value="9990000000"))
    variant("missing-htest", export_bundle, lambda d: obs(d).pop("meta"))
    variant("htest-wrong-code", searchset, lambda d: d["meta"]["security"][0].update(code="HRESCH"))
    variant("misspelt-field", export_bundle, lambda d: p(d).update(birthdate=p(d).pop("birthDate")))
    variant("unknown-field-nested", export_bundle,
            lambda d: obs(d)["valueQuantity"].update(units="kg"))
    variant("string-for-number", export_bundle, lambda d: obs(d)["valueQuantity"].update(value="72.5"))
    variant("string-for-boolean", export_bundle, lambda d: p(d).update(active="true"))
    variant("number-for-date", export_bundle, lambda d: p(d).update(birthDate=19840307))
    variant("datetime-no-timezone", export_bundle,
            lambda d: obs(d).update(effectiveDateTime="2024-05-01T09:30:00"))
    variant("real-phone", export_bundle, lambda d: p(d)["telecom"][0].update(value="07911 123456"))
    variant("real-landline-org", export_bundle,
            lambda d: entry_of(d, "Organization")["telecom"][0].update(value="0113 496 0000"))
    variant("real-email", export_bundle, lambda d: p(d)["telecom"][1].update(value="alex@nhs.net"))
    variant("observation-no-snomed-loinc", export_bundle,
            lambda d: obs(d)["code"].update(coding=[{"system": "http://read.info/ctv3", "code": "22A.."}]))
    variant("observation-not-ucum", export_bundle,
            lambda d: obs(d)["valueQuantity"].update(system="http://example.com/units"))
    variant("observation-no-value", export_bundle, lambda d: obs(d).pop("valueQuantity"))
    variant("observation-component-no-code", export_bundle,
            lambda d: entry_of(d, "Observation", 1)["component"][0]["valueQuantity"].pop("code"))
    variant("observation-effective-period", export_bundle,
            lambda d: obs(d).update(effectivePeriod={"start": obs(d).pop("effectiveDateTime")}))
    variant("condition-not-snomed", export_bundle,
            lambda d: entry_of(d, "Condition")["code"].update(
                coding=[{"system": "http://hl7.org/fhir/sid/icd-10", "code": "E11"}]))
    variant("condition-no-clinical-status", export_bundle, lambda d: entry_of(d, "Condition").pop("clinicalStatus"))
    variant("medication-not-dmd", export_bundle,
            lambda d: entry_of(d, "MedicationRequest")["medicationCodeableConcept"]["coding"][0].update(
                system=SNOMED))
    variant("immunization-occurrence-string", export_bundle,
            lambda d: entry_of(d, "Immunization").update(
                occurrenceString=entry_of(d, "Immunization").pop("occurrenceDateTime")))
    variant("unknown-resource-type", export_bundle,
            lambda d: p(d).update(resourceType="Pateint"))
    variant("dangling-reference", export_bundle,
            lambda d: entry_of(d, "Condition")["subject"].update(reference="Patient/9990000999"))
    variant("fullurl-mismatch", export_bundle,
            lambda d: d["entry"][0].update(fullUrl="Patient/9990000026"))
    variant("searchset-total-mismatch", searchset, lambda d: d.update(total=3))
    variant("searchset-no-self-link", searchset, lambda d: d.pop("link"))
    variant("searchset-no-search-mode", searchset, lambda d: d["entry"][1].pop("search"))
    variant("outcome-no-issue", outcome, lambda d: d.update(issue=[]))
    variant("outcome-not-spine-code", outcome,
            lambda d: d["issue"][0]["details"]["coding"][0].update(system="http://example.com/errors"))
    variant("empty-string", export_bundle, lambda d: p(d)["name"][0].update(family=""))
    return out


# What the validator must say about each bad sample (a substring of one of its
# messages), so a bad sample that fails for some other reason is caught too.
EXPECT = {
    "nhs-check-digit": "check digit is",
    "nhs-not-999": "must start with 999",
    "nhs-check-digit-10": "Modulus 11 gives 10",
    "missing-htest": "HTEST",
    "htest-wrong-code": "HTEST",
    "misspelt-field": "birthdate: extra fields not permitted",
    "unknown-field-nested": "valueQuantity.units: extra fields not permitted",
    "string-for-number": "valueQuantity.value: expected a JSON number",
    "string-for-boolean": "active: expected JSON true/false",
    "number-for-date": "birthDate: expected a JSON string",
    "datetime-no-timezone": "not a valid FHIR dateTime",
    "real-phone": "'07911 123456' is not an Ofcom drama number",
    "real-landline-org": "'0113 496 0000' is not an Ofcom drama number",
    "real-email": "must end @example.com",
    "observation-no-snomed-loinc": "no SNOMED CT or LOINC",
    "observation-not-ucum": "valueQuantity.system must be",
    "observation-no-value": "valueQuantity missing",
    "observation-component-no-code": "component[0].valueQuantity.code",
    "observation-effective-period": "effectiveDateTime missing",
    "condition-not-snomed": "no SNOMED CT coding",
    "condition-no-clinical-status": "clinicalStatus missing",
    "medication-not-dmd": "https://dmd.nhs.uk",
    "immunization-occurrence-string": "occurrenceDateTime missing",
    "unknown-resource-type": "unknown resourceType 'Pateint'",
    "dangling-reference": "does not resolve",
    "fullurl-mismatch": "does not match the resource",
    "searchset-total-mismatch": "total is 3 but 2",
    "searchset-no-self-link": "no link with relation self",
    "searchset-no-search-mode": "entry.search.mode missing",
    "outcome-no-issue": "has no issue",
    "outcome-not-spine-code": "Spine-ErrorOrWarningCode code",
    "empty-string": "name.0.family",
    "truncated-json": "not readable JSON",
    "duplicate-key": "duplicate JSON keys ['gender']",
}


def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")


def main():
    for sub in ("good", "bad"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    write(os.path.join(HERE, "good", "export-collection.json"), export_bundle())
    write(os.path.join(HERE, "good", "request-patient.json"), entry_of(export_bundle(), "Patient"))
    write(os.path.join(HERE, "good", "request-searchset.json"), searchset())
    write(os.path.join(HERE, "good", "request-searchset-empty.json"), empty_searchset())
    write(os.path.join(HERE, "good", "request-not-found.json"), outcome())
    write(os.path.join(HERE, "good", "request-invalid-id.json"),
          outcome("INVALID_RESOURCE_ID", "error", "invalid"))
    for name, doc in bad_samples().items():
        write(os.path.join(HERE, "bad", name + ".json"), doc)
    # Two that json.dump cannot produce: broken JSON and a repeated key.
    with open(os.path.join(HERE, "bad", "truncated-json.json"), "w") as f:
        f.write(json.dumps(searchset(), indent=2)[:300])
    with open(os.path.join(HERE, "bad", "duplicate-key.json"), "w") as f:
        f.write(json.dumps(entry_of(export_bundle(), "Patient"), indent=2)
                .replace('"gender": "female"', '"gender": "female",\n  "gender": "male"'))
    names = {f[:-5] for f in os.listdir(os.path.join(HERE, "bad"))}
    assert names == set(EXPECT), f"EXPECT out of step with bad samples: {names ^ set(EXPECT)}"
    write(os.path.join(HERE, "expected-failures.json"), dict(sorted(EXPECT.items())))


if __name__ == "__main__":
    main()
