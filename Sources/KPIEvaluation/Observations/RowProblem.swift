/// What is wrong with one line of an observation file, before it becomes a `Diagnostic`.
struct RowProblem: Error {
    var message: String
    /// The 0-based byte span in the line that the problem is about.
    var bytes: Range<Int>
    var notes: [String] = []
}

/// The outcome of reading one line.
enum RowOutcome {
    case observation(Observation)
    /// A blank line, or a header.
    case skip
    /// A bad row: reported, counted and skipped.
    case problem(RowProblem)
    /// A problem that stops the file (a bad header): reported as an error; no row is read.
    case fatal(RowProblem)
}

/// Shows a field's text in a message: at most 40 characters, control characters escaped.
func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var text = String(decoding: bytes, as: UTF8.self)
    if text.count > 40 { text = String(text.prefix(39)) + "…" }
    var escaped = ""
    for scalar in text.unicodeScalars {
        if scalar.value < 0x20 || scalar == "\u{7F}" {
            escaped += scalar.escaped(asASCII: true)
        } else {
            escaped.unicodeScalars.append(scalar)
        }
    }
    return "`" + escaped + "`"
}
