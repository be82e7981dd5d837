import Reports

extension JSONValue {
    /// The member `key` of an object (the first, keys being unique), or `nil`.
    package subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The members of an object, or `nil` for any other value.
    package var members: [(String, JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The string, or `nil` for any other value.
    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number (an integer or not), or `nil` for any other value.
    package var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// The Boolean, or `nil` for any other value.
    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of an array, or `nil` for any other value.
    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
