import KPIEvaluation
import KPIPolicy

/// `manifest.json` of a review folder: where the review comes from, and every other file the review
/// wrote with its SHA-256 and size, so anyone can check a copy of the folder (`sha256sum -c` reads
/// the same digests) and tell two reviews' inputs apart. A versioned contract:
/// `{"version":1,"asOf","policyCommit","policyDirty","inputsSHA256","kpiVersion","files":[{"path","sha256","bytes"}]}`,
/// files sorted by path.
public struct ReviewManifestRenderer: Sendable {
    public static let fileName = "manifest.json"

    public init() {}

    public func render(asOf: Timestamp, provenance: Provenance?, files: [(name: String, bytes: [UInt8])]) -> String {
        let sorted = files.filter { $0.name != Self.fileName }.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        let document: JSONValue = .object([
            ("version", .integer(1)),
            ("asOf", .string(asOf.iso8601)),
        ] + ProvenanceStamp.jsonFields(provenance) + [
            ("files", .array(sorted.map { file in
                .object([
                    ("path", .string(file.name)),
                    ("sha256", .string(SHA256.hex(of: file.bytes))),
                    ("bytes", .integer(file.bytes.count)),
                ])
            })),
        ])
        return document.rendered() + "\n"
    }
}
