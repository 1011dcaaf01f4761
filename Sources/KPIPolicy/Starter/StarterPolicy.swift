import Foundation

/// The policy `kpi init` writes: "start with three". A newly formed team tracks three KPIs, one
/// each for model performance, deployment and evaluation (inference latency at P99, deployment
/// frequency and hallucination rate), and adds more once these are reviewed routinely.
///
/// Every field a team needs is filled in, so the file lints clean as written and shows the shape
/// to copy: owners, both review cadences, targets, baselines, improvement goals, and the evidence
/// rules a human-judged rate needs.
public struct StarterPolicy: Sendable {
    /// The team's kebab-case id; also the file name.
    public var team: String
    /// The day the team was formed; its baselines are the two weeks from then.
    public var formed: CalendarDate
    /// The path from the policy's folder to `kpi-policy.schema.json`, for the editor modeline;
    /// nil when there is none to point at.
    public var schemaPath: String?
    /// The team's display name as the user spelt it (`--name`); nil to derive it from the id.
    public var name: String?

    public init(team: String, formed: CalendarDate, schemaPath: String?, name: String? = nil) {
        self.team = team
        self.formed = formed
        self.schemaPath = schemaPath
        self.name = name
    }

    public static let defaultTeam = "my-team"

    public static func isValidTeamID(_ id: String) -> Bool { Identifier.isKebabCase(id) }

    public var fileName: String { "\(team).yaml" }

    /// The name written into the policy: `name` when given, else one derived from the id.
    public var teamName: String { name ?? Self.displayName(ofID: team) }

    /// A display name for a kebab-case id: `my-team` → `My Team`, `ml-serving` → `ML Serving`.
    ///
    /// An id has lost its letter case, so kpi cannot know every acronym: the common ones of AI and
    /// platform teams are spelt as acronyms, and so is a short word without a vowel (`ml`, `nlp`),
    /// which cannot be an ordinary word; any other word is capitalised. `kpi init --name` spells the
    /// name exactly.
    public static func displayName(ofID id: String) -> String {
        id.split(separator: "-").map { word in
            let lowered = word.lowercased()
            if let spelt = knownSpellings[lowered] { return spelt }
            if lowered.count <= 4, lowered.allSatisfy(\.isLetter), !lowered.contains(where: { "aeiouy".contains($0) }) {
                return lowered.uppercased()
            }
            return lowered.prefix(1).uppercased() + lowered.dropFirst()
        }.joined(separator: " ")
    }

    /// Words of team ids whose usual spelling is not plain capitalisation.
    static let knownSpellings: [String: String] = {
        var spellings: [String: String] = [:]
        for acronym in ["ai", "api", "aws", "bi", "cd", "ci", "cv", "dx", "eu", "gcp", "gpu", "hr", "id", "io", "iot",
                        "it", "kpi", "llm", "ml", "nlp", "okr", "qa", "rag", "sdk", "seo", "sla", "slo", "sre", "ui", "uk", "us", "ux"] {
            spellings[acronym] = acronym.uppercased()
        }
        spellings["mlops"] = "MLOps"
        spellings["devops"] = "DevOps"
        spellings["llmops"] = "LLMOps"
        spellings["finops"] = "FinOps"
        spellings["genai"] = "GenAI"
        spellings["ios"] = "iOS"
        return spellings
    }()

    /// Whether `name` can be a team's display name: one line of visible text.
    public static func isValidName(_ name: String) -> Bool {
        !name.trimmingCharacters(in: .whitespaces).isEmpty && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// `text` as a YAML scalar: plain when it reads back as the same string, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " ()-_.,/'".unicodeScalars.contains(scalar)
        }
        let first = text.unicodeScalars.first
        if plain, let first, first.properties.isAlphabetic, text.trimmingCharacters(in: .whitespaces) == text,
           !["y", "n", "yes", "no", "on", "off", "true", "false", "null"].contains(text.lowercased()) { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// The path from `folder` to `schemas/kpi-policy.schema.json` in `folder` or the nearest folder
    /// above it that has one; nil when none does.
    public static func schemaPath(from folder: String) -> String? {
        var current = FilePaths.absolute(folder)
        while true {
            let candidate = (current == "/" ? "" : current) + "/schemas/kpi-policy.schema.json"
            if FileManager.default.fileExists(atPath: candidate) { return FilePaths.relative(candidate, from: folder) }
            guard current != "/" else { return nil }
            current = FilePaths.absolute("..", in: current)
        }
    }

    public var yaml: String {
        let from = formed
        let to = formed.adding(days: 13)
        let header: String
        if let schemaPath {
            header = "# yaml-language-server: $schema=\(schemaPath)\n"
        } else {
            header = """
                # For completion in editors, write the schema next to your policies with
                # `kpi schema -o kpi-policy.schema.json` and put a yaml-language-server modeline that points
                # at it on the first line of this file (see "Editor set-up" in kpi's README).

                """
        }
        return header + """
            # Start with three: a newly formed team tracks three KPIs, one each for model performance,
            # deployment and evaluation, and adds more once these are reviewed routinely.
            # Replace the people, targets and dates with your own, then run `kpi lint` on this folder;
            # `kpi rules RULE-ID` explains any finding.
            apiVersion: kpi/v1
            team:
              id: \(team)
              name: \(Self.yamlScalar(teamName))
              formed: \(formed)
              people:
                lead:     { name: Team Lead,       roles: [engineering-lead, mlops-engineer] }
                engineer: { name: AI Engineer,     roles: [ai-engineer] }
                product:  { name: Product Manager, roles: [product-manager] }
              reviews:
                engineering-sync: { every: week, audience: engineering }
                monthly-review:   { every: month, audience: product and leadership }
            kpis:
              inference-latency-p99:
                name: Inference latency (P99)
                category: model-performance
                measures: Time from request to response at the 99th percentile.
                owner: lead
                unit: ms
                better: lower
                measurement:
                  method: OpenTelemetry traces on the inference endpoint
                  metric: inference_latency_ms
                  statistic: p99
                  window: 7d
                  every: realtime
                review: engineering-sync          # operational KPIs are reviewed every week
                target: "< 2 s"
                baseline:                         # two weeks of data before the goal starts
                  from: \(from)
                  to: \(to)
                  # value: 3.2 s                  # the measured figure; computed from observations when left out
                improvement: { change: -30%, within: 60d }

              deployment-frequency:
                name: Deployment frequency
                category: deployment
                measures: Successful production deployments of the team's models and services.
                owner: lead
                unit: deploys/week
                better: higher
                measurement:
                  method: CI/CD pipeline logs
                  metric: deployments
                  statistic: rate
                  window: 28d
                  every: weekly
                review: engineering-sync
                bands:                            # DORA-like tiers, best first
                  - { level: ok,   label: elite,  when: ">= 3 deploys/week" }
                  - { level: ok,   label: high,   when: "1..3 deploys/week" }
                  - { level: warn, label: medium, when: "0.5..1 deploys/week" }
                  - { level: fail, label: low,    when: "< 0.5 deploys/week" }
                baseline: { from: \(from), to: \(to) }
                improvement: { change: +100%, within: 60d }

              hallucination-rate:
                name: Hallucination rate
                category: evaluation
                measures: Share of sampled answers with fabricated or unsupported claims, judged against the rubric.
                owner: engineer
                unit: "%"
                better: lower
                measurement:
                  method: Monthly sample of 120 answers, each labelled by two annotators
                  metric: answer_hallucinated      # 1 when an answer hallucinates, else 0
                  statistic: mean
                  window: 30d
                  every: monthly
                  judgement: human
                review: monthly-review            # evaluation KPIs are reviewed every month
                target: "< 3%"
                evidence:                         # the figure counts only with enough, consistent labels
                  min-samples: 100
                  agreement: { metric: annotator_kappa, at-least: 0.8 }
                baseline: { from: \(from), to: \(to) }
                improvement: { change: -50%, within: 60d }

            """
    }
}
