import ThreadModel

/// Turns a page's bytes into text: UTF-8 with or without a BOM, UTF-16 with a BOM, and
/// windows-1252 for bytes that are not UTF-8.
///
/// Nothing is dropped: a NUL byte becomes U+FFFD, and every replacement is reported as a warning
/// with its byte offset (the first `maxReportedOffsets` individually, then a count).
public enum TextDecoder {
    /// How many individual offsets a warning list names before it summarises.
    public static let maxReportedOffsets = 10

    /// Decodes `bytes`; `declaredCharset` (from an HTML `<meta>` or a MIME header) is followed
    /// when it names windows-1252 or Latin-1 and there is no BOM.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes, from: 3, encoding: "utf-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes, littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes, littleEndian: false)
        }
        let scan = UTF8Scan(bytes, from: 0)
        if let declaredCharset, HTMLCharset.isWindows1252(declaredCharset),
            !scan.invalidOffsets.isEmpty || scan.validMultibyte == 0
        {
            return decodeWindows1252(bytes, firstInvalid: nil)
        }
        if scan.invalidOffsets.isEmpty || scan.validMultibyte > scan.invalidCount {
            return decodeUTF8(bytes, from: 0, encoding: "utf-8", scan: scan)
        }
        return decodeWindows1252(bytes, firstInvalid: scan.invalidOffsets[0])
    }

    private static func decodeUTF8(_ bytes: [UInt8], from start: Int, encoding: String, scan: UTF8Scan? = nil)
        -> DecodedText
    {
        let scan = scan ?? UTF8Scan(bytes, from: start)
        var warnings: [ParseWarning] = []
        if scan.invalidCount > 0 {
            warnings += offsetsWarnings(
                scan.invalidOffsets, total: scan.invalidCount,
                message: "invalid UTF-8 byte replaced with U+FFFD"
            )
        }
        let nulOffsets = nulPositions(bytes, from: start)
        var slice = bytes[start...]
        var replaced: [UInt8] = []
        if !nulOffsets.offsets.isEmpty {
            warnings += offsetsWarnings(
                nulOffsets.offsets, total: nulOffsets.count, message: "NUL byte replaced with U+FFFD")
            replaced.reserveCapacity(bytes.count)
            for byte in slice {
                if byte == 0 { replaced += [0xEF, 0xBF, 0xBD] } else { replaced.append(byte) }
            }
            slice = replaced[...]
        }
        let text = String(decoding: slice, as: UTF8.self)
        return DecodedText(text: text, encoding: encoding, warnings: warnings)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var warnings: [ParseWarning] = []
        if index < bytes.count {
            warnings.append(ParseWarning(byteOffset: index, message: "odd trailing byte in UTF-16 text ignored"))
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        var bad: [Int] = []
        var badCount = 0
        var nul: [Int] = []
        var nulCount = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    nulCount += 1
                    if nul.count < maxReportedOffsets { nul.append(2 + unitOffset * 2) }
                    scalars.append("\u{FFFD}")
                } else {
                    scalars.append(scalar)
                }
                unitOffset += scalar.utf16.count
            case .emptyInput:
                break loop
            case .error:
                badCount += 1
                if bad.count < maxReportedOffsets { bad.append(2 + unitOffset * 2) }
                scalars.append("\u{FFFD}")
                unitOffset += 1
            }
        }
        if badCount > 0 {
            warnings += offsetsWarnings(bad, total: badCount, message: "unpaired UTF-16 surrogate replaced with U+FFFD")
        }
        if nulCount > 0 {
            warnings += offsetsWarnings(nul, total: nulCount, message: "NUL character replaced with U+FFFD")
        }
        return DecodedText(
            text: String(scalars), encoding: littleEndian ? "utf-16le" : "utf-16be", warnings: warnings
        )
    }

    private static func decodeWindows1252(_ bytes: [UInt8], firstInvalid: Int?) -> DecodedText {
        var scalars = String.UnicodeScalarView()
        let nul = nulPositions(bytes, from: 0)
        for byte in bytes {
            if byte == 0 {
                scalars.append("\u{FFFD}")
            } else if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Windows1252.highControls[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        var warnings: [ParseWarning] = []
        if let firstInvalid {
            warnings.append(
                ParseWarning(
                    byteOffset: firstInvalid, message: "not valid UTF-8 (first bad byte here); read as windows-1252")
            )
        }
        if !nul.offsets.isEmpty {
            warnings += offsetsWarnings(nul.offsets, total: nul.count, message: "NUL byte replaced with U+FFFD")
        }
        return DecodedText(text: String(scalars), encoding: "windows-1252", warnings: warnings)
    }

    private static func nulPositions(_ bytes: [UInt8], from start: Int) -> (offsets: [Int], count: Int) {
        var offsets: [Int] = []
        var count = 0
        var index = start
        while index < bytes.count {
            if bytes[index] == 0 {
                count += 1
                if offsets.count < maxReportedOffsets { offsets.append(index) }
            }
            index += 1
        }
        return (offsets, count)
    }

    private static func offsetsWarnings(_ offsets: [Int], total: Int, message: String) -> [ParseWarning] {
        var warnings = offsets.map { ParseWarning(byteOffset: $0, message: message) }
        if total > offsets.count, let last = offsets.last {
            warnings.append(
                ParseWarning(byteOffset: last, message: "\(total - offsets.count) more: \(message)")
            )
        }
        return warnings
    }
}
