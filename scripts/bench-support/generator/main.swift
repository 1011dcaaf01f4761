import Foundation

// kpi-bench-generate: deterministic inputs for scripts/bench.
//
//   kpi-bench-generate policies --kpis N --layout split|single --out FOLDER [--seed S]
//   kpi-bench-generate evaluation-policies --out FOLDER
//   kpi-bench-generate scale-policies --kpis N --out FOLDER
//   kpi-bench-generate observations --rows N --format csv|ndjson --out FILE [--seed S]
//
// A small compiled program rather than a Python script because ten million rows must take seconds.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kpi-bench-generate: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("expected a command: policies, evaluation-policies, scale-policies or observations") }
var options: [String: String] = [:]
var index = 1
while index + 1 < arguments.count, arguments[index].hasPrefix("--") {
    options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
    index += 2
}
guard index == arguments.count else { fail("unexpected argument `\(arguments[index])`") }

func option(_ name: String) -> String {
    guard let value = options[name] else { fail("\(command) needs --\(name)") }
    return value
}

func number(_ name: String) -> Int {
    guard let value = Int(option(name)), value > 0 else { fail("--\(name) must be a positive whole number") }
    return value
}

let seed = UInt64(options["seed"] ?? "20261120") ?? 20261120
switch command {
case "policies":
    PolicySetWriter(kpis: number("kpis"), seed: seed).write(layout: option("layout"), to: option("out"))
case "evaluation-policies":
    EvaluationSet.writePolicies(to: option("out"))
case "scale-policies":
    ScaleSet.writePolicies(kpis: number("kpis"), to: option("out"))
case "observations":
    EvaluationSet.writeObservations(rows: number("rows"), format: option("format"), to: option("out"), seed: seed)
default:
    fail("unknown command `\(command)`")
}
