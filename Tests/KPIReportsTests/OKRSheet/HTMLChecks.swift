import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks every HTML report must pass: well-formed as XML, and nothing that reaches outside the page.
enum HTMLChecks {
    /// Nil when the page parses as XML, else the parser's complaint.
    static func xmlError(_ html: String) -> String? {
        let parser = XMLParser(data: Data(html.utf8))
        return parser.parse() ? nil : "\(String(describing: parser.parserError)) at line \(parser.lineNumber), column \(parser.columnNumber)"
    }

    /// What in the page would load something from elsewhere: URLs with a scheme, `src`, scripts,
    /// style sheets or fonts by reference.
    static func externalReferences(_ html: String) -> [String] {
        let lowered = html.lowercased()
        return ["http://", "https://", "src=", "<script", "<link", "<img", "<iframe", "<object", "url(", "@import", "href=\"/", "href=\"//", "xlink:href", "file:"]
            .filter { lowered.contains($0) }
    }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
