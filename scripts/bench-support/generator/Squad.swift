/// One squad of the generated organisation: four people and the ten KPIs they own, modelled on the
/// fourteen KPIs of `policies/ai-platform` (every field of the language: bands and tiers, segments,
/// formulas, measurement units, references, evidence, declared and computed baselines, improvement
/// goals, objectives with key results). Numbers vary from squad to squad within ranges that keep the
/// set free of lint findings: baselines sit on the wrong side of their targets, goals point the way
/// `better` says, every business KPI is a key result, and nobody owns more than four KPIs.
struct Squad {
    let index: Int
    let rng: SplitMix64

    static let kpisPerSquad = 10

    private static let firstNames = [
        "priya", "omar", "sam", "ana", "kenji", "dana", "lee", "maria", "tomas", "aisha", "jonas", "mei",
        "ravi", "sofia", "noah", "leila", "ivan", "chloe", "tariq", "ines", "hugo", "yuki", "amara", "felix",
    ]
    private static let lastNames = [
        "Raman", "Haddad", "Ortiz", "Lima", "Sato", "Novak", "Park", "Rossi", "Berg", "Okafor", "Weber",
        "Chen", "Iyer", "Costa", "Fischer", "Nasser", "Petrov", "Martin", "Aziz", "Moreau", "Silva", "Tanaka",
    ]

    var suffix: String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The squad's people: id, display name, roles. The evaluation lead's role is unique, so a KPI can
    /// name the role as its owner.
    var people: [(id: String, name: String, roles: [String])] {
        let roles = ["mlops-engineer", "ml-engineer", "product-manager", "evaluation-engineer"]
        return roles.enumerated().map { offset, role in
            let first = Self.firstNames[(index * 5 + offset * 7) % Self.firstNames.count]
            let last = Self.lastNames[(index * 3 + offset * 11) % Self.lastNames.count]
            let extra = offset == 3 ? ["evaluation-lead-\(suffix)"] : []
            return ("\(first)-\(suffix)", "\(first.prefix(1).uppercased())\(first.dropFirst()) \(last)", [role] + extra)
        }
    }

    /// People as YAML lines under `people:` (four spaces of indentation).
    var peopleYAML: String {
        people.enumerated().map { offset, person in
            let email = offset == 0 ? ", email: \(person.id)@example.com" : ""
            return "    \(person.id): { name: \(person.name), roles: [\(person.roles.joined(separator: ", "))]\(email) }\n"
        }.joined()
    }

    /// The ten KPIs, as YAML under `kpis:` (two spaces of indentation).
    mutating func kpisYAML() -> String {
        var random = rng
        let ids = people.map(\.id)
        let (mlops, ml, product) = (ids[0], ids[1], ids[2])
        let evaluationLead = "evaluation-lead-\(suffix)"
        let s = suffix
        // Per-squad variation: a latency SLO of 1.5 to 3 s, baselines 40% to 90% worse than targets.
        let latencyTarget = [1500, 2000, 2500, 3000][random.below(4)]
        let latencyBaseline = latencyTarget * (140 + random.below(50)) / 100
        let p50Target = [150, 200, 250][random.below(3)]
        let adoptionTarget = 20 + random.below(11)
        let adoptionBaseline = adoptionTarget - 4 - random.below(6)
        let costTarget = [40, 45, 50, 55][random.below(4)]
        let costBaseline = costTarget + 8 + random.below(10)
        let hallucinationTarget = 2 + random.below(3)
        let peak = 300 + 10 * random.below(30)
        var text = """
          inference-latency-p99-\(s):
            name: Inference latency P99 (squad \(s))
            category: model-performance
            measures: Time from request to response at the 99th percentile.
            owner: \(mlops)
            unit: ms
            better: lower
            measurement:
              method: OpenTelemetry traces on the inference endpoint
              metric: inference_latency_ms
              statistic: p99
              window: 7d
              every: realtime
              labels: [mode]
            review: engineering-sync
            target: "< \(latencyTarget) ms"            # synchronous, user-facing calls
            segments:
              async: { where: { mode: async }, target: "< 10 s" }   # agentic pipelines may take longer
            baseline: { from: 2026-08-03, to: 2026-08-16, value: \(latencyBaseline) ms }
            improvement: { change: -40%, within: 60d }

          inference-latency-p50-\(s):
            name: Inference latency P50 (squad \(s))
            category: model-performance
            measures: Median time from request to response.
            owner: \(mlops)
            unit: ms
            better: lower
            measurement:
              method: OpenTelemetry traces on the inference endpoint
              metric: inference_latency_ms
              statistic: p50
              window: 7d
              every: realtime
              labels: [mode]
            review: engineering-sync
            target: "< \(p50Target) ms"
            segments:
              async: { where: { mode: async }, target: "< 2 s" }
            baseline: { from: 2026-09-01, to: 2026-09-14, value: \(p50Target * 13 / 10) ms }
            improvement: { change: -25%, within: 60d }

          model-drift-psi-\(s):
            name: Model drift PSI (squad \(s))
            category: model-performance
            measures: Population stability index of production inputs against the training data.
            owner: \(ml)
            unit: psi
            better: lower
            measurement:
              method: Weekly PSI on sampled production inputs; an alert fires at once above 0.2
              metric: feature_psi
              statistic: max                     # the worst feature decides
              window: 7d
              every: weekly
            review: engineering-sync
            bands:
              - { level: ok,   label: stable,  when: "< 0.1" }
              - { level: warn, label: monitor, when: "0.1..0.2" }
              - { level: fail, label: retrain, when: ">= 0.2" }
            baseline: { from: 2026-10-05, to: 2026-10-25, value: 0.1\(4 + random.below(5)) }
            improvement: { change: -40%, within: 60d }

          deployment-frequency-\(s):
            name: Deployment frequency (squad \(s))
            category: deployment
            measures: Successful production deployments of models and inference services.
            owner: \(ml)
            unit: deploys/week
            better: higher
            measurement:
              method: CI/CD pipeline logs, one event per successful production deploy
              metric: production_deploys
              statistic: rate
              window: 28d
              every: weekly
            review: engineering-sync
            # DORA-like tiers; a range a..b means a <= x < b, so the tiers meet without gaps.
            bands:
              - { level: ok,   label: elite,  when: ">= 3" }
              - { level: ok,   label: high,   when: "1..3" }
              - { level: warn, label: medium, when: "0.5..1" }
              - { level: fail, label: low,    when: "< 0.5" }
            baseline: { from: 2026-07-06, to: 2026-08-02, value: 0.\(5 + random.below(5)) deploys/week }
            improvement: { change: +150%, within: 60d }

          rollback-rate-\(s):
            name: Rollback rate (squad \(s))
            category: deployment
            measures: Share of production deploys rolled back within 72 hours.
            owner: \(ml)
            unit: "%"
            better: lower
            measurement:
              method: Deploy log audit; rollbacks are tagged in the incident tracker
              formula: "count(rollbacks) / count(deployments)"
              window: 30d
              every: per-release
            review: engineering-sync
            bands:
              - { level: ok,   label: mature,     when: "< 5%" }
              - { level: warn, label: acceptable, when: "5%..10%" }
              - { level: fail, label: untested,   when: ">= 10%" }
            baseline: { from: 2026-08-17, to: 2026-09-13, value: \(7 + random.below(6))% }
            improvement: { change: -50%, within: 60d }

          time-to-production-\(s):
            name: Time to production (squad \(s))
            category: deployment
            measures: Time from passing the evaluation gates to running in production.
            owner: \(mlops)
            unit: bd
            better: lower
            measurement:
              method: Timestamp delta between the eval approval and the production deploy tag
              metric: eval_to_production_hours
              unit: h
              statistic: mean
              window: 30d
              every: per-release
              labels: [change_type]
            review: engineering-sync
            target: "< 5 bd"
            segments:
              hotfix: { where: { change_type: hotfix }, target: "< 2 d" }
            baseline: { from: 2026-09-28, to: 2026-10-18, value: \(7 + random.below(4)) bd }
            improvement: { change: -40%, within: 60d }

          feature-adoption-\(s):
            name: AI feature adoption (squad \(s))
            category: business-impact
            measures: Share of active users who used an AI feature within the last 30 days.
            owner: \(product)
            unit: "%"
            better: higher
            measurement:
              method: Product analytics events; one observation per active user, 1 when they used an AI feature
              metric: used_ai_feature
              statistic: mean
              window: 30d
              every: weekly
              labels: [surface]
            review: monthly-review
            target: ">= \(adoptionTarget)%"
            segments:
              consumer: { where: { surface: consumer }, target: ">= 40%" }
            description: Reported jointly by product and the engineering lead.
            baseline: { from: 2026-09-07, to: 2026-10-04, value: \(adoptionBaseline)% }
            improvement: { change: +50%, within: 60d }

          cost-per-1k-inferences-\(s):
            name: Cost per 1,000 inferences (squad \(s))
            category: business-impact
            measures: Compute cost of the AI workloads per thousand inference requests.
            owner: \(product)
            unit: USD
            better: lower
            measurement:
              method: Cloud billing by workload tag, divided by the inference volume from APM
              formula: "1000 * sum(inference_cost_usd) / sum(inference_requests)"
              window: 30d
              every: weekly
            review: monthly-review
            target: "< 0.\(costTarget) USD"
            baseline: { from: 2026-09-21, to: 2026-10-04, value: 0.\(costBaseline) USD }
            improvement: { change: -20%, within: 60d }

          hallucination-rate-\(s):
            name: Hallucination rate (squad \(s))
            category: evaluation
            measures: Share of sampled outputs with fabricated or unsupported claims, judged against the rubric.
            owner: \(evaluationLead)
            unit: "%"
            better: lower
            measurement:
              method: Stratified monthly sample of 150 production outputs, each labelled by two annotators
              metric: output_hallucinated
              statistic: mean
              window: 30d
              every: monthly
              judgement: human
              labels: [domain]
            review: monthly-review
            target: "< \(hallucinationTarget)%"
            segments:
              regulated: { where: { domain: regulated }, target: "< 1%" }
            evidence:
              min-samples: 100
              agreement: { metric: annotator_kappa, at-least: 0.8 }   # Cohen's kappa between the annotators
            baseline: { from: 2026-09-01, to: 2026-09-30, value: \(hallucinationTarget + 3 + random.below(4))% }
            improvement: { change: -60%, within: 60d }


        """
        switch index % 3 {
        case 0:
            text += """
              inference-throughput-\(s):
                name: Sustained throughput (squad \(s))
                category: model-performance
                measures: Requests per second the inference service sustains without breaching the latency SLO.
                owner: \(ml)
                unit: req/s
                better: higher
                measurement:
                  method: k6 load test monthly and before major releases
                  metric: loadtest_sustained_rps
                  statistic: last
                  window: 30d
                  every: monthly
                review: engineering-sync
                references:
                  expected-peak: \(peak) req/s          # from the capacity plan
                target: ">= 2x expected-peak"
                baseline: { from: 2026-09-14, to: 2026-10-11, value: \(peak * 3 / 2) req/s }
                improvement: { change: +50%, within: 60d }


            """
        case 1:
            text += """
              pr-cycle-time-\(s):
                name: PR cycle time (squad \(s))
                category: team-productivity
                measures: Time from opening a pull request to merging it.
                owner: \(ml)
                unit: h
                better: lower
                measurement:
                  method: PR analytics from the Git host
                  metric: pr_open_to_merge_hours
                  statistic: median
                  window: 14d
                  every: weekly
                review: engineering-sync
                bands:
                  - { level: ok,   label: healthy, when: "< 48 h" }
                  - { level: warn, label: slow,    when: "48 h..72 h" }
                  - { level: fail, label: raise,   when: ">= 72 h" }
                baseline: { from: 2026-07-13, to: 2026-07-26, value: \(60 + random.below(20)) h }
                improvement: { change: -35%, within: 60d }


            """
        default:
            text += """
              human-eval-coverage-\(s):
                name: Human evaluation coverage (squad \(s))
                category: evaluation
                measures: Share of production outputs reviewed by a human.
                owner: \(ml)
                unit: "%"
                better: higher
                measurement:
                  method: Weekly sampling from production logs into the annotation platform
                  metric: output_human_reviewed
                  statistic: mean
                  window: 30d
                  every: weekly
                  labels: [stakes]
                review: monthly-review
                target: "5%..10%"
                segments:
                  high-stakes: { where: { stakes: high }, target: ">= 100%" }
                # The baseline value is computed from the observations of its window.
                baseline: { from: 2026-11-09, to: 2026-11-25 }
                improvement: { change: +100%, within: 60d }


            """
        }
        return text
    }

    /// The squad's objectives, as YAML under `objectives:`; every business-impact KPI is a key result.
    func objectivesYAML() -> String {
        let s = suffix
        let product = people[2].id
        var text = """
          ai-features-pay-off-\(s):
            quarter: 2026-Q4
            title: AI features that people use and that pay for themselves (squad \(s))
            owner: \(product)
            type: committed
            key-results:
              - { kpi: feature-adoption-\(s), target: ">= 45%", weight: 2 }
              - { kpi: cost-per-1k-inferences-\(s), change: -20% }
              - { kpi: inference-latency-p99-\(s), weight: 0.5 }

        """
        if index % 2 == 1 {
            text += """
              trustworthy-answers-\(s):
                quarter: 2026-Q4
                title: Answers our users can trust (squad \(s))
                owner: \(people[3].id)
                type: aspirational
                description: A stretch goal beyond the production bar; 0.7 is a good score.
                key-results:
                  - { kpi: hallucination-rate-\(s), target: "< 1%", weight: 2 }

            """
        }
        return text
    }
}
