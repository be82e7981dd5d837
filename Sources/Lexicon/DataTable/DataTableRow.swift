/// One data line of a data table: its number in the input and its tab-separated fields.
package struct DataTableRow: Sendable, Equatable {
    /// The 1-based line number in the input.
    package var line: Int
    /// The fields, trimmed of surrounding spaces; invalid UTF-8 replaced.
    package var fields: [String]

    /// The field at `column`, or `nil` when the row is shorter.
    package subscript(_ column: Int?) -> String? {
        guard let column, column < fields.count else { return nil }
        return fields[column]
    }

    /// The tab-separated fields of `bytes`, each trimmed of surrounding spaces.
    /// - Complexity: O(n) in the length of the line.
    package static func fields(of bytes: ArraySlice<UInt8>) -> [String] {
        var ranges: [Range<Int>] = []
        fieldRanges(of: bytes, into: &ranges)
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Replaces `ranges` with the ranges in `bytes` of its tab-separated fields, each trimmed of
    /// surrounding spaces (the fields of `fields(of:)`, as bytes, for readers that parse them).
    /// - Complexity: O(n) in the length of the line.
    package static func fieldRanges(of bytes: ArraySlice<UInt8>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var start = bytes.startIndex
        var index = start
        while true {
            if index == bytes.endIndex || bytes[index] == 0x09 {
                var from = start
                var to = index
                while from < to, bytes[from] == 0x20 { from += 1 }
                while to > from, bytes[to - 1] == 0x20 { to -= 1 }
                ranges.append(from..<to)
                if index == bytes.endIndex { return }
                start = index + 1
            }
            index += 1
        }
    }
}
