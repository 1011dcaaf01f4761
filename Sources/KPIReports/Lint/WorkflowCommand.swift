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

    /// The message part: `%`, CR and LF are percent-encoded (`%` first, so encodings stay intact),
    /// as the runner decodes them; every other control character (ESC, BEL, …) is shown as a visible
    /// `\u{1B}`, as in text output, so that the job log cannot be recoloured or retitled.
    static func escapeData(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default:
                if TerminalText.isInvisible(scalar) {
                    output += TerminalText.escape(scalar)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// A property value: as data, and also `:` and `,`, which would end the value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
