/// Text with `${NAME}` references to environment variables, as `.kpi.yaml` writes source headers:
/// `Authorization: "Bearer ${PROM_TOKEN}"`. The token lives in the environment (a CI secret), never in
/// the repository, and kpi never prints the expanded text.
///
/// `NAME` is a letter or `_` followed by letters, digits and `_`. `$$` writes one `$`. Any other `$` is
/// kept as it is.
public struct EnvironmentTemplate: Sendable, Equatable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public enum Failure: Error, Sendable, Equatable {
        /// A referenced variable is not set in the environment.
        case unset(String)
        /// `${` without a valid name and a closing `}`.
        case malformed(String)
    }

    /// The names this template refers to, in order of appearance.
    public var variables: [String] {
        var names: [String] = []
        _ = try? expand { name in names.append(name); return "" }
        return names
    }

    /// The text with every reference replaced from `environment`.
    public func expand(environment: [String: String]) -> Result<String, Failure> {
        do {
            return .success(try expand { name throws(Failure) in
                guard let value = environment[name] else { throw .unset(name) }
                return value
            })
        } catch {
            return .failure(error)
        }
    }

    private func expand(_ lookUp: (String) throws(Failure) -> String) throws(Failure) -> String {
        var output = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if after.first == "$" {
                output += "$"
                rest = after.dropFirst()
            } else if after.first == "{" {
                let body = after.dropFirst()
                guard let close = body.firstIndex(of: "}") else { throw .malformed(String(rest.prefix(40))) }
                let name = String(body[..<close])
                guard Self.isName(name) else { throw .malformed("${\(name)}") }
                output += try lookUp(name)
                rest = body[body.index(after: close)...]
            } else {
                output += "$"
                rest = after
            }
        }
        output += rest
        return output
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
