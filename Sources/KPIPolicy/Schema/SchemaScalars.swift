extension PolicySchema {
    // Builders for the scalar kinds of the language. Each takes the field's own description, which
    // editors show on hover. Where YAML tooling types a value implicitly (numbers, dates), the schema
    // accepts what that typing produces for a valid kpi policy.

    /// Free text.
    static func text(_ description: String, examples: [String] = []) -> Node {
        var node: Node = ["type": "string", "minLength": 1, "description": .string(description)]
        if !examples.isEmpty { node = node.adding([.init(key: "examples", value: .array(examples.map(Node.string)))]) }
        return node
    }

    /// A kebab-case id (`ai-platform`) or a reference to one.
    static func identifier(_ description: String) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.kebabID)),
            "patternErrorMessage": .string(PatternMessage.kebabID),
            "description": .string(description),
        ]
    }

    /// A calendar date. YAML tooling may read `2026-08-03` as a timestamp; JSON has no dates, so the
    /// validators and editors hand it to the schema as a string.
    static func date(_ description: String) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.date)),
            "patternErrorMessage": .string(PatternMessage.date),
            "format": "date",
            "description": .string(description),
        ]
    }

    /// `2026-Q4`.
    static func quarter(_ description: String) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.quarter)),
            "patternErrorMessage": .string(PatternMessage.quarter),
            "description": .string(description),
            "examples": ["2026-Q4"],
        ]
    }

    /// `14d`, `2w`, `5bd`, `1q`.
    static func duration(_ description: String, examples: [String]) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.duration)),
            "patternErrorMessage": .string(PatternMessage.duration),
            "description": .string(description),
            "examples": .array(examples.map(Node.string)),
        ]
    }

    /// `ms`, `%`, `USD`, `deploys/week`.
    static func unit(_ description: String) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.unit)),
            "patternErrorMessage": .string(PatternMessage.unit),
            "description": .string(description),
            "examples": ["ms", "s", "%", "ratio", "count", "score", "psi", "USD", "req/s", "deploys/week"],
        ]
    }

    /// A number with an optional unit. A bare number arrives as a JSON number; with a unit, as a string.
    static func quantity(_ description: String, examples: [String]) -> Node {
        [
            "type": ["number", "string"],
            "pattern": .string(Pattern.anchored(Pattern.quantity)),
            "patternErrorMessage": .string(PatternMessage.quantity),
            "description": .string(description),
            "examples": .array(examples.map(Node.string)),
        ]
    }

    /// A comparator and a quantity, a range, or a multiple of a declared reference.
    static func target(_ description: String, examples: [String]) -> Node {
        [
            "type": "string",
            "pattern": .string(Pattern.anchored(Pattern.target)),
            "patternErrorMessage": .string(PatternMessage.target),
            "description": .string(description),
            "examples": .array(examples.map(Node.string)),
        ]
    }

    /// A closed set of words, each with the text editors show when it is offered.
    static func choice(_ description: String, _ options: KeyValuePairs<String, String>, default value: String? = nil) -> Node {
        var members: [Node.Member] = [
            .init(key: "type", value: "string"),
            .init(key: "enum", value: .array(options.map { .string($0.key) })),
            .init(key: "description", value: .string(description)),
            .init(key: "enumDescriptions", value: .array(options.map { .string($0.value) })),
        ]
        if let value { members.append(.init(key: "default", value: .string(value))) }
        return .object(members)
    }

    /// A list of distinct strings.
    static func stringList(_ description: String, examples: [String] = []) -> Node {
        var node: Node = [
            "type": "array",
            "items": ["type": "string", "minLength": 1],
            "uniqueItems": true,
            "description": .string(description),
        ]
        if !examples.isEmpty { node = node.adding([.init(key: "examples", value: [.array(examples.map(Node.string))])]) }
        return node
    }

    /// A reference to one of the schema's definitions.
    static func reference(_ definition: String) -> Node {
        ["$ref": .string("#/definitions/" + definition)]
    }

    /// A closed object: only the listed properties, `required` ones must be present.
    static func object(
        title: String,
        _ description: String,
        required: [String] = [],
        properties: KeyValuePairs<String, Node>,
        extra: [Node.Member] = []
    ) -> Node {
        var members: [Node.Member] = [
            .init(key: "title", value: .string(title)),
            .init(key: "description", value: .string(description)),
            .init(key: "type", value: "object"),
        ]
        if !required.isEmpty { members.append(.init(key: "required", value: .array(required.map(Node.string)))) }
        members.append(.init(key: "properties", value: .object(properties.map { .init(key: $0.key, value: $0.value) })))
        members.append(.init(key: "additionalProperties", value: false))
        return Node.object(members).adding(extra)
    }

    /// A mapping from keys to values of one kind. With `kebabCaseKeys`, other keys are rejected.
    static func map(_ description: String, kebabCaseKeys: Bool, keyDescription: String, values: Node) -> Node {
        var keys: Node = ["minLength": 1, "description": .string(keyDescription)]
        if kebabCaseKeys {
            keys = [
                "pattern": .string(Pattern.anchored(Pattern.kebabID)),
                "patternErrorMessage": .string(PatternMessage.kebabID),
                "description": .string(keyDescription),
            ]
        }
        return [
            "type": "object",
            "description": .string(description),
            "propertyNames": keys,
            "additionalProperties": values,
        ]
    }
}
