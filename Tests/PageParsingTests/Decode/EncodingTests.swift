import Foundation
import Testing
import ThreadModel

@testable import PageParsing

/// Every supported encoding decodes a real sentence written in it, under every label that names it.
@Suite struct EncodingTests {
    /// (encoding name, the sentence, its bytes in that encoding as hex).
    static let samples: [(name: String, text: String, hex: String)] = [
        (
            "windows-1250", "Příliš žluťoučký kůň úpěl ďábelské ódy.",
            "50f8ed6c699a209e6c759d6f75e86bfd206bf9f220fa70ec6c20efe162656c736be920f364792e"
        ),
        (
            "windows-1251", "Съешь же ещё этих мягких французских булок.",
            "d1fae5f8fc20e6e520e5f9b820fdf2e8f520ecffe3eae8f520f4f0e0edf6f3e7f1eae8f520e1f3ebeeea2e"
        ),
        ("windows-1252", "Café naïve “quoted” — 50 € Ÿ", "436166e9206e61ef7665209371756f7465649420972035302080209f"),
        (
            "windows-1253", "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.",
            "cee5f3eae5f0dce6f920f4e7ed20f8f5f7eff6e8fcf1e120e2e4e5ebf5e3ecdfe12e"
        ),
        (
            "windows-1254", "Pijamalı hasta yağız şoföre çabucak güvendi.",
            "50696a616d616cfd206861737461207961f0fd7a20fe6f66f6726520e761627563616b2067fc76656e64692e"
        ),
        (
            "windows-1255", "דג סקרן שט בים מאוכזב ולפתע מצא חברה",
            "e3e220f1f7f8ef20f9e820e1e9ed20eee0e5ebe6e120e5ecf4faf220eef6e020e7e1f8e4"
        ),
        ("windows-1256", "مرحبا بالعالم، كيف حالك؟", "e3d1cdc8c720c8c7e1dac7e1e3a120dfeddd20cdc7e1dfbf"),
        (
            "windows-1257", "Įlinkdama fechtuotojo špaga sublykčiojusi pragręžė apvalų arbūzą.",
            "c16c696e6b64616d61206665636874756f746f6a6f20f070616761207375626c796be8696f6a757369207072616772e6feeb20617076616cf820617262fb7ae02e"
        ),
        ("windows-1258", "Tôi yêu tiếng Việt.", "54f4692079ea75207469eaec6e67205669eaf2742e"),
        ("windows-874", "ภาษาไทยเป็นภาษาราชการ", "c0d2c9d2e4b7c2e0bbe7b9c0d2c9d2c3d2aaa1d2c3"),
        ("iso-8859-2", "Zażółć gęślą jaźń.", "5a61bff3b3e62067eab66cb1206a61bcf12e"),
        ("iso-8859-3", "Eĥoŝanĝo ĉiuĵaŭde.", "45b66ffe616ef86f20e66975bc61fd64652e"),
        ("iso-8859-4", "Ķīlis ņem ļoti šķūni.", "d3ef6c697320f1656d20b66f746920b9f3fe6e692e"),
        ("iso-8859-5", "Съешь же ещё этих булок.", "c1ead5e8ec20d6d520d5e9f120ede2d8e520d1e3dbdeda2e"),
        ("iso-8859-6", "مرحبا بالعالم", "e5d1cdc8c720c8c7e4d9c7e4e5"),
        ("iso-8859-7", "Καλημέρα κόσμε, 5 €.", "cae1ebe7ecddf1e120eafcf3ece52c203520a42e"),
        ("iso-8859-8", "שלום עולם", "f9ece5ed20f2e5eced"),
        ("iso-8859-8-i", "שלום עולם", "f9ece5ed20f2e5eced"),
        ("iso-8859-10", "Sámi giella: ŋ ŧ đ.", "53e16d69206769656c6c613a20bf20bb20b92e"),
        ("iso-8859-13", "Įlinkdama ąžuolų šaka.", "c16c696e6b64616d6120e0fe756f6cf820f0616b612e"),
        ("iso-8859-14", "Mae ŵyn yn ŷd ẁ.", "4d616520f0796e20796e20fe6420b82e"),
        ("iso-8859-15", "Œuvre à 5 €, Ÿ.", "bc7576726520e0203520a42c20be2e"),
        ("iso-8859-16", "Șase țări și câini.", "aa61736520fee3726920ba692063e2696e692e"),
        ("koi8-r", "Съешь же ещё этих булок.", "f3dfc5dbd820d6c520c5dda320dcd4c9c820c2d5cccfcb2e"),
        ("koi8-u", "Їжак і ґава.ўЎ", "b7d6c1cb20a620adc1d7c12eaebe"),
        ("macintosh", "Café • ™ ﬁn.", "4361668e20a520aa20de6e2e"),
        ("ibm866", "Привет, мир!", "8fe0a8a2a5e22c20aca8e021"),
        ("x-mac-cyrillic", "Привет, мир!", "8ff0e8e2e5f22c20ece8f021"),
        ("gbk", "我能吞下玻璃而不伤身体。", "ced2c4dccdcccfc2b2a3c1a7b6f8b2bbc9cbc9edcce5a1a3"),
        ("gb18030", "我能吞下玻璃而不伤身体。€ 𠀀 ÿ", "ced2c4dccdcccfc2b2a3c1a7b6f8b2bbc9cbc9edcce5a1a3a2e320953282362081308b37"),
        ("big5", "我能吞下玻璃而不傷身體。", "a7daafe0a75da455acc1bcfea6d3a4a3b6cba8adc5e9a143"),
        ("shift_jis", "私はガラスを食べられます。ｶﾀｶﾅ ①", "8e8482cd834b8389835882f0904882d782e782ea82dc82b78142b6c0b6c5208740"),
        ("euc-jp", "私はガラスを食べられます。丂", "bbe4a4cfa5aca5e9a5b9a4f2bfa9a4d9a4e9a4eca4dea4b9a1a38fb0a1"),
        ("iso-2022-jp", "私はガラスを食べられます。 ok", "1b24423b64244f252c2569253924723f2924592469246c245e243921231b2842206f6b"),
        ("euc-kr", "나는 유리를 먹을 수 있어요. 똠", "b3aab4c220c0afb8aeb8a620b8d4c0bb20bcf620c0d6beeebfe42e208c63"),
        ("utf-16le", "Hello, wörld ☕ 𝄞", "480065006c006c006f002c0020007700f60072006c00640020001526200034d81edd"),
        ("utf-16be", "Hello, wörld ☕ 𝄞", "00480065006c006c006f002c0020007700f60072006c0064002026150020d834dd1e"),
        ("utf-8", "Hello, wörld ☕ 𝄞", "48656c6c6f2c2077c3b6726c6420e2989520f09d849e"),
    ]

    static func bytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    @Test func everyEncodingHasASample() {
        let sampled = Set(Self.samples.map(\.name))
        for encoding in TextEncoding.all where encoding != .xUserDefined {
            #expect(sampled.contains(encoding.name), "no sample for \(encoding.name)")
        }
    }

    @Test(arguments: samples.map(\.name))
    func sampleDecodes(name: String) throws {
        let sample = try #require(Self.samples.first { $0.name == name })
        let encoding = try #require(EncodingLabel.encoding(for: name))
        let decoded = TextDecoder.decode(Self.bytes(sample.hex), as: encoding)
        #expect(decoded.text == sample.text)
        #expect(decoded.encoding == name)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func everyLabelRoundTripsItsSample() {
        for (label, encoding) in EncodingLabel.labels {
            let sample = Self.samples.first { $0.name == encoding.name } ?? Self.userDefinedSample
            let decoded = TextDecoder.decode(Self.bytes(sample.hex), declaredCharset: label.uppercased())
            #expect(decoded.text == sample.text, "label \(label)")
            #expect(decoded.encoding == encoding.name, "label \(label)")
        }
    }

    static let userDefinedSample = (name: "x-user-defined", text: "a\u{F780}\u{F7FF}", hex: "6180ff")

    @Test func labelsAreTrimmedAndCaseInsensitive() {
        #expect(EncodingLabel.encoding(for: "  Shift_JIS\t") == .shiftJIS)
        #expect(EncodingLabel.encoding(for: "LATIN1") == TextEncoding.windows1252)
        #expect(EncodingLabel.encoding(for: "us-ascii") == TextEncoding.windows1252)
        #expect(EncodingLabel.encoding(for: "iso-8859-1") == TextEncoding.windows1252)
        #expect(EncodingLabel.encoding(for: "x-sjis") == .shiftJIS)
        #expect(EncodingLabel.encoding(for: "gb2312") == .gbk)
        #expect(EncodingLabel.encoding(for: "utf-16") == .utf16LE)
        #expect(EncodingLabel.encoding(for: "iso-8859-9") == .singleByte(.windows1254))
        #expect(EncodingLabel.encoding(for: "tis-620") == .singleByte(.windows874))
        #expect(EncodingLabel.resolve("iso-2022-kr") == .replacement)
        #expect(EncodingLabel.resolve("x-foo") == .unknown)
    }

    // MARK: - Single-byte details the standard fixes

    @Test func windows1252FollowsTheStandard() {
        let decoded = TextDecoder.decode(
            [0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x9F, 0xFF], as: TextEncoding.windows1252)
        #expect(decoded.text == "\u{20AC}\u{81}\u{8D}\u{8F}\u{90}\u{9D}\u{178}\u{FF}")
        #expect(decoded.warnings.isEmpty)
        #expect(Windows1252.highControls[0x1F] == "\u{178}")
    }

    @Test func undefinedSingleBytesAreReplacedAndReported() {
        let decoded = TextDecoder.decode(Array("a".utf8) + [0xAA, 0x81], as: .singleByte(.windows1253))
        #expect(decoded.text == "a\u{FFFD}\u{81}")
        #expect(decoded.warnings.map(\.byteOffset) == [1])
        #expect(decoded.warnings.first?.message == "byte not valid in windows-1253 replaced with U+FFFD")
    }

    // MARK: - CJK errors as the standard's decoders give them

    @Test func shiftJISBadTrailKeepsTheASCIIByte() {
        let decoded = TextDecoder.decode([0x81, 0x41 - 0x20, 0x93, 0xFA], as: .shiftJIS)
        #expect(decoded.text == "\u{FFFD}!日")
        #expect(decoded.warnings.map(\.byteOffset) == [0])
    }

    @Test func shiftJISUserDefinedAreaIsPrivateUse() {
        #expect(TextDecoder.decode([0xF0, 0x40], as: .shiftJIS).text == "\u{E000}")
        #expect(TextDecoder.decode([0xFC, 0x40], as: .shiftJIS).text == "\u{9ADC}")
    }

    @Test func truncatedMultiByteAtTheEndIsReplaced() {
        for (encoding, bytes) in [
            (TextEncoding.shiftJIS, [0x41, 0x93]), (.eucJP, [0x41, 0xC6]), (.eucKR, [0x41, 0xC7]),
            (.big5, [0x41, 0xA4]), (.gb18030, [0x41, 0x81, 0x30]),
        ] as [(TextEncoding, [UInt8])] {
            let decoded = TextDecoder.decode(bytes, as: encoding)
            #expect(decoded.text == "A\u{FFFD}", "\(encoding.name)")
            #expect(decoded.warnings.map(\.byteOffset) == [1], "\(encoding.name)")
        }
    }

    @Test func gb18030FourByteAndSupplementary() {
        // 0x81308130 is U+0080; 0x9030 8130 is U+10000; 0x8135F437 is U+E7C7.
        let decoded = TextDecoder.decode(
            [0x81, 0x30, 0x81, 0x30, 0x90, 0x30, 0x81, 0x30, 0x81, 0x35, 0xF4, 0x37], as: .gb18030)
        #expect(decoded.text == "\u{80}\u{10000}\u{E7C7}")
        #expect(TextDecoder.decode([0x80, 0xFF], as: .gbk).text == "\u{20AC}\u{FFFD}")
    }

    @Test func big5CombiningPairs() {
        #expect(TextDecoder.decode([0x88, 0x62, 0x88, 0x64], as: .big5).text == "\u{CA}\u{304}\u{CA}\u{30C}")
    }

    @Test func iso2022JPRomanKatakanaAndBadEscapes() {
        let roman: [UInt8] = [0x1B, 0x28, 0x4A, 0x5C, 0x7E, 0x1B, 0x28, 0x42]
        #expect(TextDecoder.decode(roman, as: .iso2022JP).text == "\u{A5}\u{203E}")
        let katakana: [UInt8] = [0x1B, 0x28, 0x49, 0x36, 0x1B, 0x28, 0x42, 0x61]
        #expect(TextDecoder.decode(katakana, as: .iso2022JP).text == "\u{FF76}a")
        let badEscape: [UInt8] = [0x61, 0x1B, 0x28, 0x5A, 0x62]
        let decoded = TextDecoder.decode(badEscape, as: .iso2022JP)
        #expect(decoded.text == "a\u{FFFD}(Zb")
        #expect(decoded.warnings.map(\.byteOffset) == [1])
        #expect(TextDecoder.decode([0x1B, 0x24, 0x42, 0x46], as: .iso2022JP).text == "\u{FFFD}")
    }

    @Test func eucJPKatakanaAndJIS0212() {
        #expect(TextDecoder.decode([0x8E, 0xB6, 0x8F, 0xB0, 0xA1], as: .eucJP).text == "\u{FF76}丂")
    }

    // MARK: - NUL bytes and offsets

    @Test func nulBytesAreReplacedInEveryEncoding() {
        for encoding in [TextEncoding.windows1252, .shiftJIS, .gb18030, .big5, .eucKR, .eucJP, .singleByte(.koi8_r)] {
            let decoded = TextDecoder.decode([0x61, 0x00, 0x62], as: encoding)
            #expect(decoded.text == "a\u{FFFD}b", "\(encoding.name)")
            #expect(decoded.warnings.map(\.message) == ["NUL byte replaced with U+FFFD"], "\(encoding.name)")
            #expect(decoded.warnings.map(\.byteOffset) == [1], "\(encoding.name)")
        }
        let utf16 = TextDecoder.decode([0x61, 0x00, 0x00, 0x00], declaredCharset: "utf-16le")
        #expect(utf16.text == "a\u{FFFD}")
        #expect(utf16.warnings.map(\.message) == ["NUL character replaced with U+FFFD"])
    }

    @Test func offsetMapPointsBackIntoTheFile() throws {
        // "ab" + 日本 (4 bytes in Shift_JIS, 6 in UTF-8) + "c".
        let decoded = TextDecoder.decode([0x61, 0x62, 0x93, 0xFA, 0x96, 0x7B, 0x63], as: .shiftJIS)
        let map = try #require(decoded.sourceOffsets)
        #expect(decoded.text == "ab日本c")
        #expect([0, 1, 2, 5, 8].map(map.fileOffset(forTextOffset:)) == [0, 1, 2, 4, 6])
        #expect(TextDecoder.decode(Array("plain".utf8)).sourceOffsets == nil)
        let bom = TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00, 0x62, 0x00])
        #expect(bom.sourceOffsets?.fileOffset(forTextOffset: 1) == 4)
    }

    @Test func offsetMapIsCheapForMostlyASCII() throws {
        let bytes = Array(String(repeating: "plain ascii text ", count: 200).utf8) + [0xE9] + Array("tail".utf8)
        let decoded = TextDecoder.decode(bytes, as: TextEncoding.windows1252)
        let map = try #require(decoded.sourceOffsets)
        #expect(map.checkpointCount <= 2)
        #expect(map.fileOffset(forTextOffset: bytes.count + 1) == bytes.count)
    }
}
