/// A `JSONOutput` that builds the `JSONValue` the events describe.
package struct JSONTree: JSONOutput {
    /// An open container and, for an object, the key of the member being written.
    private enum Frame {
        case object([(String, JSONValue)], key: String)
        case array([JSONValue])
    }

    private var open: [Frame] = []
    /// The value written, once its outermost container is closed.
    package private(set) var value: JSONValue = .null

    /// Creates an empty tree.
    package init() {}

    package mutating func beginObject() { open.append(.object([], key: "")) }
    package mutating func beginArray() { open.append(.array([])) }

    package mutating func endObject() {
        guard case .object(let members, _) = open.popLast() else { preconditionFailure("endObject outside an object") }
        add(.object(members))
    }

    package mutating func endArray() {
        guard case .array(let items) = open.popLast() else { preconditionFailure("endArray outside an array") }
        add(.array(items))
    }

    package mutating func key(_ name: JSONKey) {
        guard case .object(let members, _) = open.popLast() else { preconditionFailure("key outside an object") }
        open.append(.object(members, key: name.text))
    }

    package mutating func null() { add(.null) }
    package mutating func bool(_ value: Bool) { add(.bool(value)) }
    package mutating func int(_ value: Int) { add(.int(value)) }
    package mutating func double(_ value: Double) { add(.double(value)) }
    package mutating func string(_ value: String) { add(.string(value)) }

    private mutating func add(_ item: JSONValue) {
        switch open.popLast() {
        case nil: value = item
        case .object(var members, let key)?:
            members.append((key, item))
            open.append(.object(members, key: key))
        case .array(var items)?:
            items.append(item)
            open.append(.array(items))
        }
    }
}
