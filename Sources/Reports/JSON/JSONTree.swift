/// A `JSONOutput` that builds the `JSONValue` the events describe.
public struct JSONTree: JSONOutput {
    /// An open container and, for an object, the key of the member being written.
    private enum Frame {
        case object([(String, JSONValue)], key: String)
        case array([JSONValue])
    }

    private var open: [Frame] = []
    /// The value written, once its outermost container is closed.
    public private(set) var value: JSONValue = .null

    /// Creates an empty tree.
    public init() {}

    public mutating func beginObject() { open.append(.object([], key: "")) }
    public mutating func beginArray() { open.append(.array([])) }

    public mutating func endObject() {
        guard case .object(let members, _) = open.popLast() else { preconditionFailure("endObject outside an object") }
        add(.object(members))
    }

    public mutating func endArray() {
        guard case .array(let items) = open.popLast() else { preconditionFailure("endArray outside an array") }
        add(.array(items))
    }

    public mutating func key(_ name: String) {
        guard case .object(let members, _) = open.popLast() else { preconditionFailure("key outside an object") }
        open.append(.object(members, key: name))
    }

    public mutating func null() { add(.null) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func int(_ value: Int) { add(.int(value)) }
    public mutating func double(_ value: Double) { add(.double(value)) }
    public mutating func string(_ value: String) { add(.string(value)) }

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
