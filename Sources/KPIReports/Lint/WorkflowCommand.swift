/// A GitHub Actions workflow command, `::name key=value,…::message`, escaped so that no finding can
/// end the command early or inject another one.
struct WorkflowCommand: Sendable {
    var name: String
    var properties: [(String, String)]
    var message: String

    var line: String {
        let rendered = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(rendered.isEmpty ? "" : " " + rendered)::\(Self.escapeData(message))"
    }

    /// The message part: `%`, CR and LF are percent-encoded (`%` first, so encodings stay intact).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: as data, and also `:` and `,`, which would end the value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
