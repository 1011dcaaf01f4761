extension PolicySchema {
    /// A JSON value whose objects keep their members in the order they were written, so the rendered
    /// schema is byte-stable on every platform and reads in the same order as the language reference.
    ///
    /// Numbers are integers only: the schema never needs a fraction, and integers print the same way
    /// everywhere.
    enum Node: Sendable, Equatable {
        case object([Member])
        case array([Node])
        case string(String)
        case integer(Int)
        case bool(Bool)

        /// One `"key": value` pair of an object.
        struct Member: Sendable, Equatable {
            var key: String
            var value: Node
        }

        /// The members of an object, or nil for any other value.
        var members: [Member]? {
            if case .object(let members) = self { return members }
            return nil
        }

        /// An object with `extra` members appended (an existing key is replaced in place).
        func adding(_ extra: [Member]) -> Node {
            guard var members else { return self }
            for member in extra {
                if let index = members.firstIndex(where: { $0.key == member.key }) {
                    members[index] = member
                } else {
                    members.append(member)
                }
            }
            return .object(members)
        }
    }
}

extension PolicySchema.Node: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, PolicySchema.Node)...) {
        self = .object(elements.map { Member(key: $0.0, value: $0.1) })
    }
}

extension PolicySchema.Node: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: PolicySchema.Node...) {
        self = .array(elements)
    }
}

extension PolicySchema.Node: ExpressibleByStringLiteral {
    init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension PolicySchema.Node: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) {
        self = .integer(value)
    }
}

extension PolicySchema.Node: ExpressibleByBooleanLiteral {
    init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}
