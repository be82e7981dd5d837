import ThreadModel

/// Turns a page's bytes into text, in any encoding the WHATWG Encoding Standard defines except
/// its "replacement" encoding: UTF-8 and UTF-16, the single-byte legacy encodings, GBK/gb18030,
/// Big5, Shift_JIS, EUC-JP, ISO-2022-JP and EUC-KR. `EncodingSniffer` decides which.
///
/// Nothing is dropped: a NUL byte and every byte the encoding does not define become U+FFFD, and
/// every replacement is reported as a warning with its byte offset (the first
/// `maxReportedOffsets` of each kind individually, then a count).
package enum TextDecoder {
    /// How many individual offsets a warning list names before it summarises.
    package static let maxReportedOffsets = 10

    /// Decodes copied text (no `<meta>` prescan); `declaredCharset` (a MIME header's charset) is
    /// followed when it names an encoding and there is no byte order mark.
    /// - Complexity: O(n) in the number of bytes.
    package static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> DecodedText {
        decode(bytes, sniff: EncodingSniffer.sniff(bytes, transportCharset: declaredCharset, html: false))
    }

    /// Decodes an HTML page as a browser does: byte order mark, then `transportCharset` (an MHTML
    /// part's charset), then the `<meta>` charset in the first 1,024 bytes, then UTF-8 or
    /// windows-1252.
    /// - Complexity: O(n) in the number of bytes.
    package static func decodeHTML(_ bytes: [UInt8], transportCharset: String? = nil) -> DecodedText {
        decode(bytes, sniff: EncodingSniffer.sniff(bytes, transportCharset: transportCharset, html: true))
    }

    /// Decodes `bytes` from `start` as `encoding`, whatever they look like.
    /// - Complexity: O(n) in the number of bytes.
    package static func decode(_ bytes: [UInt8], as encoding: TextEncoding, from start: Int = 0) -> DecodedText {
        decode(bytes, sniff: EncodingSniffer.Sniff(encoding: encoding, source: .transport, bomLength: start))
    }

    private static func decode(_ bytes: [UInt8], sniff: EncodingSniffer.Sniff) -> DecodedText {
        let start = sniff.bomLength
        if sniff.encoding == .utf8 {
            var decoded = decodeUTF8(bytes, from: start, scan: start == 0 ? sniff.scan : nil)
            decoded.warnings = sniff.warnings + decoded.warnings
            return decoded
        }
        var output = DecodeOutput(start: start, capacity: bytes.count)
        var oddByte: Int?
        bytes.withUnsafeBufferPointer { buffer in
            switch sniff.encoding {
            case .utf8: break
            case .utf16LE: oddByte = UTF16Decoder.decode(buffer, from: start, littleEndian: true, into: &output)
            case .utf16BE: oddByte = UTF16Decoder.decode(buffer, from: start, littleEndian: false, into: &output)
            case .singleByte(let encoding): SingleByteDecoder.decode(buffer, from: start, encoding, into: &output)
            case .xUserDefined: SingleByteDecoder.decodeUserDefined(buffer, from: start, into: &output)
            case .gbk, .gb18030: ChineseDecoders.decodeGB18030(buffer, from: start, into: &output)
            case .big5: ChineseDecoders.decodeBig5(buffer, from: start, into: &output)
            case .shiftJIS: JapaneseDecoders.decodeShiftJIS(buffer, from: start, into: &output)
            case .eucJP: JapaneseDecoders.decodeEUCJP(buffer, from: start, into: &output)
            case .iso2022JP: JapaneseDecoders.decodeISO2022JP(buffer, from: start, into: &output)
            case .eucKR: KoreanDecoder.decode(buffer, from: start, into: &output)
            }
        }
        let isUTF16 = sniff.encoding == .utf16LE || sniff.encoding == .utf16BE
        var warnings = sniff.warnings
        if let oddByte {
            warnings.append(ParseWarning(byteOffset: oddByte, message: DecodeOutput.Message.oddUTF16Byte))
        }
        warnings += output.errors.warnings(
            isUTF16 ? DecodeOutput.Message.unpairedSurrogate : DecodeOutput.Message.invalid(in: sniff.encoding))
        warnings += output.nuls.warnings(isUTF16 ? DecodeOutput.Message.nulCharacter : DecodeOutput.Message.nulByte)
        var decoded = DecodedText(utf8: output.utf8, encoding: sniff.encoding.name, warnings: warnings)
        decoded.sourceOffsets = output.map
        return decoded
    }

    private static func decodeUTF8(_ bytes: [UInt8], from start: Int, scan: UTF8Scan?) -> DecodedText {
        let scan = scan ?? UTF8Scan(bytes, from: start)
        var warnings: [ParseWarning] = []
        if scan.invalidCount > 0 {
            var offsets = DecodeOutput.Offsets()
            offsets.first = scan.invalidOffsets
            offsets.count = scan.invalidCount
            warnings += offsets.warnings(DecodeOutput.Message.invalidUTF8)
        }
        var nuls = DecodeOutput.Offsets()
        var index = start
        while let found = bytes[index...].firstIndex(of: 0) {
            nuls.add(found)
            index = found + 1
        }
        var utf8 = bytes
        if nuls.count > 0 {
            warnings += nuls.warnings(DecodeOutput.Message.nulByte)
            utf8 = []
            utf8.reserveCapacity(bytes.count - start + 2 * nuls.count)
            for byte in bytes[start...] {
                if byte == 0 { utf8 += [0xEF, 0xBF, 0xBD] } else { utf8.append(byte) }
            }
        } else if start > 0 {
            utf8 = Array(bytes[start...])
        }
        if scan.invalidCount > 0 {
            // Each maximal invalid subsequence becomes one U+FFFD, as the Encoding Standard says.
            utf8 = Array(String(decoding: utf8, as: UTF8.self).utf8)
        }
        // Valid UTF-8 without a byte order mark or NUL bytes is the file's own buffer, shared.
        var decoded = DecodedText(utf8: utf8, encoding: "utf-8", warnings: warnings)
        if nuls.count > 0 || scan.invalidCount > 0 {
            decoded.sourceOffsets = SourceOffsetMap.utf8(bytes, from: start)
        } else if start > 0 {
            decoded.sourceOffsets = SourceOffsetMap(start: start)
        }
        return decoded
    }
}
