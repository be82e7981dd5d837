/// The header line of a data table: column names compared case-insensitively, after a
/// byte-order mark and surrounding white space are removed.
package struct DataTableHeader: Sendable, Equatable {
    /// The column names, lowercased and trimmed, in order.
    package var columns: [String]

    /// Reads `line` as a header; `nil` unless it names every column of `required`.
    package init?(_ line: [UInt8], requiring required: [String]) {
        let columns = DataTableRow.fields(of: Self.withoutBOM(line)).map { $0.lowercased() }
        guard required.allSatisfy({ columns.contains($0.lowercased()) }) else { return nil }
        self.columns = columns
    }

    /// The names of `line` as a header would read them (for error messages).
    package static func names(_ line: [UInt8]) -> [String] {
        DataTableRow.fields(of: withoutBOM(line)).map { $0.lowercased() }
    }

    /// The position of the column named `name` (case-insensitively), if any.
    package func column(_ name: String) -> Int? {
        columns.firstIndex(of: name.lowercased())
    }

    /// `line` without a leading UTF-8 byte-order mark.
    package static func withoutBOM(_ line: [UInt8]) -> ArraySlice<UInt8> {
        line.starts(with: [0xEF, 0xBB, 0xBF]) ? line.dropFirst(3) : line[...]
    }
}
