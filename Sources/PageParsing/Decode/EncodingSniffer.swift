import ThreadModel

/// Decides which encoding a page's bytes are in, in the order browsers use (the WHATWG
/// "encoding sniffing algorithm"): a byte order mark, then the transport's charset (an MHTML
/// part's `Content-Type`), then for HTML a `<meta>` in the first 1,024 bytes, then UTF-8 when
/// the bytes are UTF-8, else windows-1252.
///
/// One step is ours: bytes that are mostly valid UTF-8 (more valid multi-byte sequences than bad
/// bytes) stay UTF-8 with the bad bytes replaced, as a browser's detector would keep them,
/// instead of turning every character into mojibake.
enum EncodingSniffer {
    /// Why an encoding was chosen.
    enum Source: Equatable {
        case byteOrderMark, transport, meta, validUTF8, mostlyUTF8, notUTF8
    }

    /// The decision, with the warnings it gives (an unsupported label, bytes that are not UTF-8).
    struct Sniff {
        var encoding: TextEncoding
        var source: Source
        /// How many bytes of byte order mark to skip.
        var bomLength = 0
        var warnings: [ParseWarning] = []
        /// The UTF-8 scan when one was made, so the UTF-8 decoder need not scan again.
        var scan: UTF8Scan?
    }

    /// Messages, named once so tests quote the same text.
    enum Message {
        static func unsupported(_ label: String, readAs encoding: TextEncoding) -> String {
            "unsupported charset \"\(label)\": read as \(encoding.name)"
        }
        static let notUTF8 = "not valid UTF-8 (first bad byte here); read as windows-1252"
    }

    /// Sniffs `bytes`. `transportCharset` is the label a container declared; `html` turns on the
    /// `<meta>` prescan.
    /// - Complexity: O(n) for the UTF-8 scan when nothing earlier decides.
    static func sniff(_ bytes: [UInt8], transportCharset: String?, html: Bool) -> Sniff {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Sniff(encoding: .utf8, source: .byteOrderMark, bomLength: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Sniff(encoding: .utf16LE, source: .byteOrderMark, bomLength: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Sniff(encoding: .utf16BE, source: .byteOrderMark, bomLength: 2) }
        var unsupported: [(label: String, offset: Int)] = []
        if let transportCharset, !transportCharset.isEmpty {
            if let encoding = EncodingLabel.encoding(for: transportCharset) {
                return Sniff(encoding: encoding, source: .transport)
            }
            unsupported.append((transportCharset, 0))
        }
        if html, let declaration = HTMLCharset.prescan(bytes) {
            if let encoding = declaration.encoding {
                var sniff = Sniff(encoding: encoding, source: .meta)
                sniff.warnings = unsupported.map {
                    ParseWarning(byteOffset: $0.offset, message: Message.unsupported($0.label, readAs: encoding))
                }
                return sniff
            }
            unsupported.append((declaration.label, declaration.offset))
        }
        let scan = UTF8Scan(bytes, from: 0)
        var sniff: Sniff
        if scan.invalidCount == 0 {
            sniff = Sniff(encoding: .utf8, source: .validUTF8)
        } else if scan.validMultibyte > scan.invalidCount {
            sniff = Sniff(encoding: .utf8, source: .mostlyUTF8)
        } else {
            sniff = Sniff(encoding: TextEncoding.windows1252, source: .notUTF8)
            sniff.warnings.append(ParseWarning(byteOffset: scan.invalidOffsets[0], message: Message.notUTF8))
        }
        sniff.scan = scan
        sniff.warnings.insert(
            contentsOf: unsupported.map {
                ParseWarning(byteOffset: $0.offset, message: Message.unsupported($0.label, readAs: sniff.encoding))
            }, at: 0)
        return sniff
    }
}
