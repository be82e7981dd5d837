/// Names mapped to values, the names found as ``HTMLNameTable`` finds them (open addressing over
/// their ``HTMLNameKey``): a look-up reads the name's first eight bytes as one integer and
/// compares two, where a `Dictionary` keyed by byte arrays would hash every byte with SipHash
/// (and its building, on the first page with SVG, cost more than parsing that page's SVG).
struct HTMLNameMap<Value: Sendable>: Sendable {
    /// The names.
    private let names: HTMLNameTable
    /// Each name's value, at its id.
    private let values: [Value?]

    /// A map of each entry's `name` to its `value`.
    init(_ entries: [(name: [UInt8], value: Value)]) {
        let names = HTMLNameTable(names: entries.map(\.name))
        var values = [Value?](repeating: nil, count: names.idCount)
        for entry in entries {
            if let id = entry.name.withUnsafeBufferPointer({ names.id($0, 0..<entry.name.count) }) {
                values[Int(id)] = entry.value
            }
        }
        self.names = names
        self.values = values
    }

    /// The value of `name`, or `nil`.
    /// - Complexity: O(k) for k bytes, expected (one key, one comparison).
    subscript(_ name: [UInt8]) -> Value? {
        guard let id = name.withUnsafeBufferPointer({ names.id($0, 0..<name.count) }) else { return nil }
        return values[Int(id)]
    }
}
