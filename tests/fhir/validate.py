#!/usr/bin/env python3
"""Independent FHIR R4 validator for the JSON that `c4h` produces.

Usage:
    validate.py FILE...        validate each file, exit 1 if any fails
    validate.py --self-test    good samples must pass, every bad sample must fail

Each file holds one FHIR resource: usually a Bundle (type "collection" from
`c4h data export --format fhir`, type "searchset" from `c4h data request`), a
single resource, or an OperationOutcome.

Three layers of checks, all reported together:
  1. R4 schema: the resource is built with the fhir.resources R4 (4.0.1) model
     of its resourceType. Those pydantic v1 models forbid unknown fields.
  2. Strict JSON: pydantic v1 quietly coerces ("12.5" -> 12.5, "true" -> True,
     19800101 -> a date string), and the dateTime check accepts a time with no
     timezone. FHIR JSON rules don't allow any of that, so we walk the raw JSON
     next to the model's field types and check each primitive's JSON type. We
     also reject the empty strings, arrays and objects and the nulls that FHIR
     JSON forbids.
  3. Project rules (UK Core shaped, synthetic data only): the HTEST tag, NHS
     numbers, Ofcom drama phone numbers, coding systems per resource type, and
     searchset and OperationOutcome shape.
"""

import glob
import json
import os
import re
import sys
from collections import Counter

from fhir.resources import __fhir_version__, fhirtypes, get_fhir_model_class
from pydantic import ValidationError

# This harness is for R4 only. fhir.resources 6.5+ switched its default package
# to R4B (4.3.0) and 7.x to R5, so a wrong pin must fail loudly.
if __fhir_version__ != "4.0.1":
    sys.exit(f"fhir.resources models FHIR {__fhir_version__}, expected 4.0.1 (R4): check requirements.txt")

HERE = os.path.dirname(os.path.abspath(__file__))

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
DMD = "https://dmd.nhs.uk"
NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
SPINE_ERROR = "https://fhir.nhs.uk/CodeSystem/Spine-ErrorOrWarningCode"

# Ofcom numbers set aside for drama: 07700 900000-900999 (mobile) and
# 01632 960000-960999 (geographic). Spaces are dropped before matching.
DRAMA_PHONE = re.compile(r"(07700900\d{3}|01632960\d{3})")

# Resource types that the export contract lists, in that order (for summaries).
EXPORT_TYPES = ["Patient", "Observation", "Condition", "MedicationRequest",
                "Encounter", "Appointment", "Immunization", "Organization"]

UUID_URN = re.compile(r"urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
RELATIVE_REF = re.compile(r"([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})")


class Problems:
    """Collects (entry index, resourceType/id, message) for one file."""

    def __init__(self):
        self.items = []

    def add(self, where, what, msg):
        self.items.append((where, what, msg))


def label(res):
    """'Patient/9990000018' or just 'Patient' when the resource has no id."""
    if not isinstance(res, dict):
        return "?"
    rt = res.get("resourceType", "?")
    return f"{rt}/{res['id']}" if isinstance(res.get("id"), str) else str(rt)


# --------------------------------------------------------------------------
# Layer 1: the fhir.resources R4 model


def model_errors(res):
    """Build the R4 model for res; return a list of 'path: message' strings."""
    rt = res.get("resourceType")
    if not isinstance(rt, str):
        return ["resourceType missing"]
    try:
        cls = get_fhir_model_class(rt)
    except (KeyError, ValueError):
        return [f"unknown resourceType {rt!r}"]
    try:
        cls.parse_obj(res)
    except ValidationError as e:
        out = []
        for err in e.errors():
            path = ".".join(str(p) for p in err["loc"] if p != "__root__") or "(resource)"
            out.append(f"{path}: {err['msg']}")
        return out
    return []


# --------------------------------------------------------------------------
# Layer 2: strict JSON primitive types, walked alongside the model's fields

_ALIASES = {}  # model class -> {json name: pydantic field}

NUMERIC = (fhirtypes.Decimal, fhirtypes.Integer, fhirtypes.UnsignedInt, fhirtypes.PositiveInt)
INTEGER = (fhirtypes.Integer, fhirtypes.UnsignedInt, fhirtypes.PositiveInt)
# The model's regexes are the spec's, but it only checks a prefix; we fullmatch.
DATE_LIKE = {t: t.regex for t in (fhirtypes.Date, fhirtypes.DateTime, fhirtypes.Instant, fhirtypes.Time)}


def aliases(cls):
    if cls not in _ALIASES:
        _ALIASES[cls] = {f.alias: f for f in cls.__fields__.values()}
    return _ALIASES[cls]


def strict_walk(cls, obj, path, out, skip=()):
    """Check raw JSON obj against model class cls; append messages to out."""
    if not obj:
        out.append(f"{path or '(resource)'}: empty object")
    fields = aliases(cls)
    for key, value in obj.items():
        p = f"{path}.{key}" if path else key
        if key == "resourceType" or key in skip:
            continue
        if value is None:
            out.append(f"{p}: null is not allowed in FHIR JSON")
            continue
        if key.startswith("_"):
            continue  # primitive extensions: rare, and the model checks their shape
        field = fields.get(key)
        if field is None:
            continue  # unknown field: the model reports it
        if field.shape != 1:  # a list in FHIR terms (0..*)
            if not isinstance(value, list):
                continue  # the model reports "not a valid list"
            if not value:
                out.append(f"{p}: empty array")
            for i, item in enumerate(value):
                check_value(field.type_, item, f"{p}[{i}]", out)
        else:
            check_value(field.type_, value, p, out)


def check_value(typ, value, path, out):
    if value is None:
        out.append(f"{path}: null is not allowed in FHIR JSON")
        return
    if isinstance(typ, type) and issubclass(typ, (bool, fhirtypes.Boolean)):
        if not isinstance(value, bool):
            out.append(f"{path}: expected JSON true/false, got {json.dumps(value)}")
    elif isinstance(typ, type) and issubclass(typ, NUMERIC):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            out.append(f"{path}: expected a JSON number, got {json.dumps(value)}")
        elif issubclass(typ, INTEGER) and not isinstance(value, int):
            out.append(f"{path}: expected a JSON integer, got {json.dumps(value)}")
    elif isinstance(typ, type) and issubclass(typ, fhirtypes.Primitive):
        # Every other FHIR primitive (string, code, uri, date, ...) is a JSON string.
        if not isinstance(value, str):
            out.append(f"{path}: expected a JSON string, got {json.dumps(value)}")
        elif not value.strip():
            out.append(f"{path}: empty string")
        elif typ in DATE_LIKE and not DATE_LIKE[typ].fullmatch(value):
            out.append(f"{path}: {value!r} is not a valid FHIR {typ.fhir_type_name()}"
                       " (a time needs seconds and a timezone)")
    elif isinstance(typ, type) and issubclass(typ, (fhirtypes.AbstractType, fhirtypes.AbstractBaseType)):
        if not isinstance(value, dict):
            return  # the model reports the wrong shape
        name = typ.__resource_type__
        if name == "Resource":  # contained / entry.resource: typed by the JSON
            name = value.get("resourceType")
        try:
            sub = get_fhir_model_class(name)
        except (KeyError, ValueError, TypeError):
            return  # unknown resourceType: the model reports it
        strict_walk(sub, value, path, out)
    elif typ is str and not isinstance(value, str):
        out.append(f"{path}: expected a JSON string, got {json.dumps(value)}")


# --------------------------------------------------------------------------
# Layer 3: project rules


def nhs_number_ok(value):
    """10 digits, starting 999 (never issued: test range), Modulus 11 check digit."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{10}", value):
        return "must be exactly 10 digits"
    if not value.startswith("999"):
        return "must start with 999 (synthetic test range)"
    digits = [int(c) for c in value]
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return "has no valid check digit (Modulus 11 gives 10)"
    if check != digits[9]:
        return f"check digit is {digits[9]}, Modulus 11 gives {check}"
    return None


def phone_ok(value):
    if not isinstance(value, str):
        return False
    v = value.replace(" ", "")
    if v.startswith("+44"):  # the same number in international form
        v = "0" + v[3:]
    return DRAMA_PHONE.fullmatch(v) is not None


def codings(concept):
    if not isinstance(concept, dict):
        return []
    return [c for c in concept.get("coding") or [] if isinstance(c, dict)]


def has_coding(concept, systems):
    return any(c.get("system") in systems and c.get("code") for c in codings(concept))


def find_telecoms(obj):
    """Every ContactPoint anywhere in the resource (Patient.contact, Organization...)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "telecom" and isinstance(value, list):
                yield from (cp for cp in value if isinstance(cp, dict))
            else:
                yield from find_telecoms(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from find_telecoms(item)


def ucum_quantity_problem(q, where):
    if not isinstance(q, dict):
        return f"{where} missing"
    value = q.get("value")
    if value is None:
        return f"{where}.value missing"
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return f"{where}.value must be a JSON number"
    if q.get("system") != UCUM:
        return f"{where}.system must be {UCUM}, got {q.get('system')!r}"
    if not q.get("code"):
        return f"{where}.code (UCUM unit code) missing"
    return None


def project_rules(res):
    """Return a list of messages for our UK-Core-shaped rules."""
    out = []
    rt = res.get("resourceType")

    # Every resource must be marked as test data, so nothing synthetic can be
    # mistaken for a real record.
    security = (res.get("meta") or {}).get("security") or []
    if not any(isinstance(s, dict) and s.get("system") == ACT_REASON and s.get("code") == "HTEST"
               for s in security):
        out.append(f"meta.security lacks {ACT_REASON}|HTEST (synthetic data tag)")

    for cp in find_telecoms(res):
        system, value = cp.get("system"), cp.get("value")
        if system in ("phone", "sms", "fax") and not phone_ok(value):
            out.append(f"telecom {system} {value!r} is not an Ofcom drama number "
                       "(07700 900000-900999 or 01632 960000-960999)")
        if system == "email" and not (isinstance(value, str) and value.lower().endswith("@example.com")):
            out.append(f"telecom email {value!r} must end @example.com")

    if rt == "Patient":
        ids = [i for i in res.get("identifier") or [] if isinstance(i, dict) and i.get("system") == NHS_NUMBER]
        if not ids:
            out.append(f"no identifier with system {NHS_NUMBER}")
        for i in ids:
            why = nhs_number_ok(i.get("value"))
            if why:
                out.append(f"NHS number {i.get('value')!r} {why}")

    elif rt == "Observation":
        if not res.get("status"):
            out.append("status missing")
        coded_answer = res.get("valueCodeableConcept")
        # A coded answer may have a question coded by text alone, as the NHS CareConnect
        # NEWS2 guidance does for "Air or Oxygen"; a measurement needs a coded question.
        if coded_answer is not None:
            if not has_coding(res.get("code"), (SNOMED, LOINC)) and not (res.get("code") or {}).get("text"):
                out.append("code has neither a SNOMED CT or LOINC coding nor text")
            if not codings(coded_answer) and not coded_answer.get("text"):
                out.append("valueCodeableConcept has neither a coding nor text")
        elif not has_coding(res.get("code"), (SNOMED, LOINC)):
            out.append("code has no SNOMED CT or LOINC coding")
        if not (res.get("subject") or {}).get("reference"):
            out.append("subject.reference missing")
        if not res.get("effectiveDateTime"):
            out.append("effectiveDateTime missing")
        if coded_answer is not None:
            pass
        elif "valueQuantity" in res or not res.get("component"):
            # Either a valueQuantity, or components that each carry one.
            why = ucum_quantity_problem(res.get("valueQuantity"), "valueQuantity")
            if why:
                out.append(why)
        else:
            for n, comp in enumerate(res["component"]):
                if not isinstance(comp, dict):
                    continue
                if not has_coding(comp.get("code"), (SNOMED, LOINC)):
                    out.append(f"component[{n}].code has no SNOMED CT or LOINC coding")
                why = ucum_quantity_problem(comp.get("valueQuantity"), f"component[{n}].valueQuantity")
                if why:
                    out.append(why)

    elif rt == "Condition":
        if not has_coding(res.get("code"), (SNOMED,)):
            out.append("code has no SNOMED CT coding")
        if not res.get("clinicalStatus"):
            out.append("clinicalStatus missing")
        if not (res.get("subject") or {}).get("reference"):
            out.append("subject.reference missing")

    elif rt == "MedicationRequest":
        if not has_coding(res.get("medicationCodeableConcept"), (DMD,)):
            out.append(f"medicationCodeableConcept has no coding with system {DMD}")

    elif rt == "Immunization":
        if not codings(res.get("vaccineCode")):
            out.append("vaccineCode has no coding")
        if not res.get("status"):
            out.append("status missing")
        if not res.get("occurrenceDateTime"):
            out.append("occurrenceDateTime missing")

    elif rt == "OperationOutcome":
        issues = res.get("issue") or []
        if not issues:
            out.append("has no issue")
        for n, issue in enumerate(issues):
            if not isinstance(issue, dict):
                continue
            if not issue.get("severity") or not issue.get("code"):
                out.append(f"issue[{n}] needs severity and code")
            spine = [c for c in codings(issue.get("details")) if c.get("system") == SPINE_ERROR]
            if not any(c.get("code") for c in spine):
                out.append(f"issue[{n}].details.coding has no {SPINE_ERROR} code")

    return out


def bundle_rules(bundle, problems):
    """Rules about the Bundle as a whole: fullUrls, references, searchset totals."""
    btype = bundle.get("type")
    entries = [e for e in bundle.get("entry") or [] if isinstance(e, dict)]

    if btype not in ("collection", "searchset"):
        problems.add("bundle", "Bundle", f"type must be collection or searchset, got {btype!r}")

    seen_urls, seen_ids = {}, {}
    for n, entry in enumerate(entries):
        res = entry.get("resource")
        url = entry.get("fullUrl")
        if not isinstance(res, dict):
            problems.add(n, "?", "entry has no resource")
            continue
        where = label(res)
        if not isinstance(url, str):
            problems.add(n, where, "entry has no fullUrl")
        else:
            m = RELATIVE_REF.fullmatch(url)
            if m and (m.group(1), m.group(2)) != (res.get("resourceType"), res.get("id")):
                problems.add(n, where, f"fullUrl {url} does not match the resource")
            elif not m and not UUID_URN.fullmatch(url) and not url.startswith("https://"):
                problems.add(n, where, f"fullUrl {url!r} is neither urn:uuid:<uuid> nor Type/id")
            if url in seen_urls:
                problems.add(n, where, f"fullUrl {url} repeats entry {seen_urls[url]}")
            seen_urls.setdefault(url, n)
        key = (res.get("resourceType"), res.get("id"))
        if key[1] is not None:
            if key in seen_ids:
                problems.add(n, where, f"{key[0]}/{key[1]} repeats entry {seen_ids[key]}")
            seen_ids.setdefault(key, n)

    if btype == "collection":
        # An export must stand on its own: references to the resource types the
        # export contains (and urn:uuid ones) must point at an entry in it.
        # Other targets (Practitioner, Location, ...) are not in the contract.
        known = set(seen_urls) | {f"{t}/{i}" for t, i in seen_ids}
        for n, entry in enumerate(entries):
            res = entry.get("resource")
            if not isinstance(res, dict):
                continue
            for ref in find_references(res):
                m = RELATIVE_REF.fullmatch(ref)
                local = ref.startswith("urn:uuid:") or (m and m.group(1) in EXPORT_TYPES)
                if local and ref not in known:
                    problems.add(n, label(res), f"reference {ref} does not resolve within the Bundle")
        for n, entry in enumerate(entries):
            if "search" in entry:
                problems.add(n, label(entry.get("resource")), "entry.search belongs in a searchset Bundle only")

    if btype == "searchset":
        total = bundle.get("total")
        matches = sum(1 for e in entries if (e.get("search") or {}).get("mode") == "match")
        if not isinstance(total, int) or isinstance(total, bool):
            problems.add("bundle", "Bundle", "searchset has no total")
        elif total != matches:
            problems.add("bundle", "Bundle", f"total is {total} but {matches} entries have search.mode match")
        if not any(isinstance(l, dict) and l.get("relation") == "self" and l.get("url")
                   for l in bundle.get("link") or []):
            problems.add("bundle", "Bundle", "searchset has no link with relation self")
        for n, entry in enumerate(entries):
            if (entry.get("search") or {}).get("mode") not in ("match", "include", "outcome"):
                problems.add(n, label(entry.get("resource")), "entry.search.mode missing or invalid")


def find_references(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "reference" and isinstance(value, str):
                yield value
            elif key != "contained":
                yield from find_references(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from find_references(item)


# --------------------------------------------------------------------------
# Driving it


def check_resource(res, where, problems, skip=()):
    """All three layers for one resource (a Bundle's entries are checked separately)."""
    what = label(res)
    for msg in model_errors(res):
        problems.add(where, what, "R4 model: " + msg)
    cls = None
    try:
        cls = get_fhir_model_class(res.get("resourceType"))
    except (KeyError, ValueError, TypeError):
        pass
    if cls is not None:
        out = []
        strict_walk(cls, res, "", out, skip=skip)
        for msg in out:
            problems.add(where, what, "JSON: " + msg)
    for msg in project_rules(res):
        problems.add(where, what, msg)


def no_duplicate_keys(pairs):
    # json.load keeps the last of two equal keys silently; a serializer bug
    # like that should fail instead.
    keys = [k for k, _ in pairs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise ValueError(f"duplicate JSON keys {sorted(dupes)}")
    return dict(pairs)


def validate_file(path):
    """Return (summary text, Problems)."""
    problems = Problems()
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f, object_pairs_hook=no_duplicate_keys)
    except OSError as e:
        problems.add("file", "-", f"cannot read: {e}")
        return "", problems
    except ValueError as e:
        problems.add("file", "-", f"not readable JSON: {e}")
        return "", problems
    if not isinstance(doc, dict) or "resourceType" not in doc:
        problems.add("file", "-", "top level is not a FHIR resource (no resourceType)")
        return "", problems

    counts = Counter()
    if doc["resourceType"] == "Bundle":
        entries = doc.get("entry") if isinstance(doc.get("entry"), list) else []
        # The Bundle itself, without its entries' resources: those are checked
        # one by one below so each error carries its entry index.
        shell = dict(doc)
        if entries:
            shell["entry"] = [{k: v for k, v in e.items() if k != "resource"} if isinstance(e, dict) else e
                              for e in entries]
        check_resource(shell, "bundle", problems)
        for n, entry in enumerate(entries):
            res = entry.get("resource") if isinstance(entry, dict) else None
            if isinstance(res, dict):
                counts[str(res.get("resourceType"))] += 1
                check_resource(res, n, problems)
        bundle_rules(doc, problems)
        kind = f"Bundle {doc.get('type')}"
        if doc.get("type") == "searchset":
            kind += f", total {doc.get('total')}"
    else:
        counts[doc["resourceType"]] += 1
        check_resource(doc, "-", problems)
        kind = label(doc)

    order = {t: i for i, t in enumerate(EXPORT_TYPES)}
    parts = ", ".join(f"{t} {c}" for t, c in sorted(counts.items(), key=lambda tc: (order.get(tc[0], 99), tc[0])))
    summary = f"{sum(counts.values())} resources ({parts or 'none'}) in {kind}"
    return summary, problems


def report(path, summary, problems):
    if not problems.items:
        print(f"ok {path}: {summary}")
        return True
    print(f"FAIL {path}: {len(problems.items)} problem(s)")
    for where, what, msg in problems.items:
        at = f"entry[{where}]" if isinstance(where, int) else where
        print(f"  {path} {at} {what}: {msg}")
    return False


def run(paths):
    passed = failed = 0
    for path in paths:
        summary, problems = validate_file(path)
        if report(path, summary, problems):
            passed += 1
        else:
            failed += 1
    print(f"fhir: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


def self_test():
    """Good samples must pass; each bad sample must fail (and say why)."""
    good = sorted(glob.glob(os.path.join(HERE, "samples", "good", "*.json")))
    bad = sorted(glob.glob(os.path.join(HERE, "samples", "bad", "*.json")))
    if not good or not bad:
        print("self-test: no samples found under", os.path.join(HERE, "samples"))
        return 1
    passed = failed = 0
    for path in good:
        summary, problems = validate_file(path)
        if report(path, summary, problems):
            passed += 1
        else:
            print(f"  ^ self-test: {path} should have passed")
            failed += 1
    # samples/expected-failures.json (written by make_samples.py) maps a bad
    # sample's name to text its report must contain, so a sample that fails
    # for some unintended reason (a typo in the sample, say) is caught too.
    # A bad sample without an entry only has to fail.
    try:
        with open(os.path.join(HERE, "samples", "expected-failures.json"), encoding="utf-8") as f:
            expect = json.load(f)
    except FileNotFoundError:
        expect = {}
    for path in bad:
        _, problems = validate_file(path)
        messages = [f"{what}: {msg}" for _, what, msg in problems.items]
        want = expect.get(os.path.basename(path)[:-len(".json")])
        if not messages:
            print(f"NOT REJECTED {path}: self-test expected this bad sample to fail")
            failed += 1
        elif want and not any(want in m for m in messages):
            print(f"WRONG REASON {path}: expected a problem mentioning {want!r}, got:")
            for m in messages:
                print(f"  {m}")
            failed += 1
        else:
            shown = next((m for m in messages if want and want in m), messages[0])
            print(f"rejected {path}: {shown}")
            passed += 1
    print(f"self-test: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main(argv):
    if argv == ["--self-test"]:
        return self_test()
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
