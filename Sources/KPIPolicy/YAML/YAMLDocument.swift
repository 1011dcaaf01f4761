/// One document of a YAML file: its root node and the file it came from.
public struct YAMLDocument: Sendable {
    public var file: String
    public var root: YAMLNode

    public init(file: String, root: YAMLNode) {
        self.file = file
        self.root = root
    }
}
