/// A rule example with its `↓` markers taken out: the YAML to lint and where findings must start.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public var yaml: String
    public var expectedPositions: [SourcePosition]

    public init(_ marked: String) {
        var yaml = ""
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == Self.marker {
                positions.append(SourcePosition(line: line, column: column))
                continue
            }
            yaml.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.yaml = yaml
        expectedPositions = positions
    }
}
