/// The WHATWG decoders for Shift_JIS, EUC-JP and ISO-2022-JP, which share index-jis0208.
enum JapaneseDecoders {
    /// Decodes Shift_JIS (windows-31j): ASCII, half-width katakana, two-byte JIS X 0208 with the
    /// NEC and IBM extensions, and the user-defined area as Private Use code points.
    /// - Complexity: O(n).
    static func decodeShiftJIS(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        DoubleByteDecoder.decode(bytes, from: start, ShiftJISScheme(), into: &output)
    }

    private struct ShiftJISScheme: DoubleByteScheme {
        let table = CJKTables.jis0208

        func single(_ byte: UInt8) -> DoubleByteSingle {
            if byte == 0x80 { return .codePoint(0x80) }
            if byte >= 0xA1 && byte <= 0xDF { return .codePoint(0xFF61 - 0xA1 + UInt32(byte)) }
            return (byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC) ? .lead : .invalid
        }

        func pair(_ lead: UInt8, _ trail: UInt8) -> UInt32 {
            guard (trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFC) else { return 0 }
            let leadOffset = lead < 0xA0 ? 0x81 : 0xC1
            let trailOffset = trail < 0x7F ? 0x40 : 0x41
            let pointer = (Int(lead) - leadOffset) * 188 + Int(trail) - trailOffset
            if pointer >= 8836 && pointer <= 10715 { return 0xE000 - 8836 + UInt32(pointer) }
            return pointer < table.count ? table[pointer] : 0
        }
    }

    /// Decodes EUC-JP: ASCII, 0x8E half-width katakana, JIS X 0208, and 0x8F JIS X 0212.
    /// - Complexity: O(n).
    static func decodeEUCJP(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        let jis0208 = CJKTables.jis0208
        let jis0212 = CJKTables.jis0212
        let count = bytes.count
        var index = start
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(Unicode.Scalar(lead), from: index, to: index + 1)
                index += 1
                continue
            }
            guard lead == 0x8E || lead == 0x8F || (lead >= 0xA1 && lead <= 0xFE), index + 1 < count else {
                output.error(from: index, to: index + 1)
                index += 1
                continue
            }
            let second = bytes[index + 1]
            if lead == 0x8E && second >= 0xA1 && second <= 0xDF {
                output.append(codePoint: 0xFF61 - 0xA1 + UInt32(second), from: index, to: index + 2)
                index += 2
                continue
            }
            var row = lead
            var cell = second
            var length = 2
            var table = jis0208
            if lead == 0x8F && second >= 0xA1 && second <= 0xFE {
                guard index + 2 < count else {
                    output.error(from: index, to: count)
                    index = count
                    continue
                }
                row = second
                cell = bytes[index + 2]
                length = 3
                table = jis0212
            }
            if row >= 0xA1 && row <= 0xFE && cell >= 0xA1 && cell <= 0xFE {
                let pointer = (Int(row) - 0xA1) * 94 + Int(cell) - 0xA1
                let value = pointer < table.count ? table[pointer] : 0
                if value != 0 {
                    output.append(codePoint: value, from: index, to: index + length)
                    index += length
                    continue
                }
            }
            let consumed = cell < 0x80 ? length - 1 : length
            output.error(from: index, to: index + consumed)
            index += consumed
        }
    }

    private enum ISO2022State {
        case ascii, roman, katakana, leadByte, trailByte, escapeStart, escape
    }

    /// Decodes ISO-2022-JP, the stateful 7-bit encoding of Japanese mail, with the standard's
    /// state machine (ASCII, JIS X 0201 Roman and katakana, JIS X 0208).
    /// - Complexity: O(n).
    static func decodeISO2022JP(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into output: inout DecodeOutput) {
        let table = CJKTables.jis0208
        var state = ISO2022State.ascii
        var outputState = ISO2022State.ascii
        var lead: UInt8 = 0
        var outputFlag = false
        var index = start
        let count = bytes.count
        while true {
            let atEnd = index >= count
            let byte = atEnd ? 0 : bytes[index]
            switch state {
            case .ascii, .roman:
                if atEnd { return }
                if byte == 0x1B {
                    state = .escapeStart
                } else if byte <= 0x7F && byte != 0x0E && byte != 0x0F {
                    outputFlag = false
                    var value = UInt32(byte)
                    if state == .roman && byte == 0x5C { value = 0xA5 }
                    if state == .roman && byte == 0x7E { value = 0x203E }
                    output.append(codePoint: value, from: index, to: index + 1)
                } else {
                    outputFlag = false
                    output.error(from: index, to: index + 1)
                }
                index += 1
            case .katakana:
                if atEnd { return }
                if byte == 0x1B {
                    state = .escapeStart
                } else if byte >= 0x21 && byte <= 0x5F {
                    outputFlag = false
                    output.append(codePoint: 0xFF61 - 0x21 + UInt32(byte), from: index, to: index + 1)
                } else {
                    outputFlag = false
                    output.error(from: index, to: index + 1)
                }
                index += 1
            case .leadByte:
                if atEnd { return }
                if byte == 0x1B {
                    state = .escapeStart
                } else if byte >= 0x21 && byte <= 0x7E {
                    outputFlag = false
                    lead = byte
                    state = .trailByte
                } else {
                    outputFlag = false
                    output.error(from: index, to: index + 1)
                }
                index += 1
            case .trailByte:
                if atEnd {
                    state = .leadByte
                    output.error(from: index - 1, to: index)
                    return
                }
                if byte == 0x1B {
                    state = .escapeStart
                    output.error(from: index - 1, to: index)
                } else {
                    state = .leadByte
                    if byte >= 0x21 && byte <= 0x7E {
                        let value = table[(Int(lead) - 0x21) * 94 + Int(byte) - 0x21]
                        if value != 0 {
                            output.append(codePoint: value, from: index - 1, to: index + 1)
                        } else {
                            output.error(from: index - 1, to: index + 1)
                        }
                    } else {
                        output.error(from: index - 1, to: index + 1)
                    }
                }
                index += 1
            case .escapeStart:
                if !atEnd && (byte == 0x24 || byte == 0x28) {
                    lead = byte
                    state = .escape
                    index += 1
                } else {
                    outputFlag = false
                    state = outputState
                    output.error(from: index - 1, to: index)
                }
            case .escape:
                var next: ISO2022State?
                if lead == 0x28 && byte == 0x42 {
                    next = .ascii
                } else if lead == 0x28 && byte == 0x4A {
                    next = .roman
                } else if lead == 0x28 && byte == 0x49 {
                    next = .katakana
                } else if lead == 0x24 && (byte == 0x40 || byte == 0x42) {
                    next = .leadByte
                }
                if let next, !atEnd {
                    state = next
                    outputState = next
                    if outputFlag { output.error(from: index - 2, to: index + 1) }
                    outputFlag = true
                    index += 1
                } else {
                    index -= 1
                    outputFlag = false
                    state = outputState
                    output.error(from: index - 1, to: index)
                }
                lead = 0
            }
        }
    }
}
