/// The JSON Schema (draft-07) of the kpi/v1 policy language described in `docs/language.md`.
///
/// Editors that use yaml-language-server read it for completion, hover text and inline errors, and CI
/// tools such as check-jsonschema can validate policies with it independently of kpi. `kpi schema`
/// prints it, and `schemas/kpi-policy.schema.json` is a committed copy.
///
/// The schema checks the shape of one file: fields, types, closed sets of words, and the syntax of
/// ids, dates, quarters, durations, units, quantities and targets. What needs the whole policy set
/// (references between files, owners, units agreeing with each other, bands that are contiguous) is
/// left to `kpi lint`.
///
/// YAML tools type scalars implicitly while kpi does not, so the schema accepts what they produce for
/// a valid policy: a bare `100` arrives as a number and `2026-08-03` as a string.
public enum PolicySchema {
    /// The schema as pretty-printed JSON ending with a newline. The text is byte-stable: the same
    /// kpi version always produces the same bytes, on every platform.
    public static var json: String {
        document.rendered
    }

    /// The schema's file name and `$id`: the committed copy is `schemas/kpi-policy.schema.json`, and
    /// policy modelines point at it.
    public static let fileName = "kpi-policy.schema.json"

    /// The whole schema.
    static var document: Node {
        [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": .string(fileName),
            "title": "kpi policy (kpi/v1)",
            "description": """
                A kpi policy file: a team's KPIs, with owners, targets, baselines, improvement goals and \
                review cadences, and its quarterly objectives. See docs/language.md.
                """,
            "type": "object",
            "required": ["apiVersion", "team"],
            "properties": [
                "apiVersion": [
                    "const": "kpi/v1",
                    "description": "The language version. Every policy file starts with `apiVersion: kpi/v1`.",
                ],
                "team": [
                    "description": """
                        The team that owns the KPIs and objectives of this file: a team mapping that declares \
                        it, or the id of a team declared in another file of the policy set (`team: ai-platform`).
                        """,
                    // if/then/else rather than anyOf, so that validators report the error inside the
                    // branch that applies instead of "not valid under any of the given schemas".
                    "if": ["type": "string"],
                    "then": identifier("The id of a team declared in another file of the policy set."),
                    "else": reference("team"),
                ],
                "kpis": map(
                    "The KPIs of the team, by id. KPI ids are kebab-case and unique across the policy set.",
                    kebabCaseKeys: true,
                    keyDescription: "A KPI id: kebab-case, unique across the policy set.",
                    values: reference("kpi")
                ),
                "objectives": map(
                    """
                    Quarterly objectives (OKRs) built on the KPIs, by id. Objective ids are kebab-case and \
                    unique across the policy set.
                    """,
                    kebabCaseKeys: true,
                    keyDescription: "An objective id: kebab-case, unique across the policy set.",
                    values: reference("objective")
                ),
            ],
            "additionalProperties": false,
            "definitions": definitions,
        ]
    }

    /// Every object kind of the language, in the order of the reference.
    static var definitions: Node {
        [
            "team": team,
            "person": person,
            "review": review,
            "kpi": kpi,
            "measurement": measurement,
            "band": band,
            "segment": segment,
            "baseline": baseline,
            "improvement": improvement,
            "evidence": evidence,
            "agreement": agreement,
            "objective": objective,
            "key-result": keyResult,
        ]
    }
}
