/// Where a JSON document is written event by event: `JSONWriter` escapes it straight into bytes,
/// `JSONTree` builds a `JSONValue`. A schema is written once, generic over its output, so that a
/// report streams as bytes while a caller that edits the value (Perspective's responses) gets the
/// same members as a tree.
package protocol JSONOutput {
    /// Opens an object (`{`); its members follow as `key(_:)` then a value.
    mutating func beginObject()
    /// Closes the innermost object.
    mutating func endObject()
    /// Opens an array (`[`); its items follow as values.
    mutating func beginArray()
    /// Closes the innermost array.
    mutating func endArray()
    /// The name of the next member of the innermost object.
    mutating func key(_ name: JSONKey)
    /// `null`.
    mutating func null()
    /// `true` or `false`.
    mutating func bool(_ value: Bool)
    /// An integer.
    mutating func int(_ value: Int)
    /// A number (`null` when not finite).
    mutating func double(_ value: Double)
    /// A string literal.
    mutating func string(_ value: String)
}

extension JSONOutput {
    /// An object whose members `body` writes.
    package mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array of `items`, each written by `body`.
    package mutating func array<Items: Sequence>(_ items: Items, _ body: (inout Self, Items.Element) -> Void) {
        beginArray()
        for item in items { body(&self, item) }
        endArray()
    }

    /// An array of strings.
    package mutating func array(_ items: [String]) {
        array(items) { $0.string($1) }
    }

    /// An array of integers.
    package mutating func array(_ items: [Int]) {
        array(items) { $0.int($1) }
    }

    /// A member whose value `body` writes.
    package mutating func member(_ name: JSONKey, _ body: (inout Self) -> Void) {
        key(name)
        body(&self)
    }

    /// A string member, `null` for `nil`.
    package mutating func member(_ name: JSONKey, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    /// An integer member, `null` for `nil`.
    package mutating func member(_ name: JSONKey, _ value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    /// A Boolean member, `null` for `nil`.
    package mutating func member(_ name: JSONKey, _ value: Bool?) {
        key(name)
        if let value { bool(value) } else { null() }
    }

    /// A number member rounded to `places` decimal places (as `JSONValue.number` rounds).
    package mutating func member(_ name: JSONKey, number value: Double, places: Int = 4) {
        key(name)
        double(JSONValue.rounded(value, places: places))
    }

    /// A member whose value is an array of strings.
    package mutating func member(_ name: JSONKey, _ items: [String]) {
        key(name)
        array(items)
    }

    /// A member whose value is an array of integers.
    package mutating func member(_ name: JSONKey, _ items: [Int]) {
        key(name)
        array(items)
    }

    /// A member whose value is already a tree.
    package mutating func member(_ name: JSONKey, value: JSONValue) {
        key(name)
        self.value(value)
    }

    /// Writes a whole tree.
    package mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let items): array(items) { $0.value($1) }
        case .object(let members):
            beginObject()
            for (name, item) in members { member(JSONKey(name), value: item) }
            endObject()
        }
    }
}
