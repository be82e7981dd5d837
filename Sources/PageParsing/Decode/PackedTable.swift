import Foundation

/// Unpacks the base64 tables `CJKTables` carries: `count` big-endian code points of `width` bytes.
enum PackedTable {
    static func unpack(_ packed: String, width: Int, count: Int) -> [UInt32] {
        guard let data = Data(base64Encoded: packed, options: .ignoreUnknownCharacters), data.count == width * count
        else {
            preconditionFailure("a generated encoding table is corrupt: run python3 Scripts/generate-encodings.py")
        }
        var values = [UInt32](repeating: 0, count: count)
        data.withUnsafeBytes { raw in
            for index in 0..<count {
                var value: UInt32 = 0
                for byte in 0..<width { value = value << 8 | UInt32(raw[index * width + byte]) }
                values[index] = value
            }
        }
        return values
    }
}
