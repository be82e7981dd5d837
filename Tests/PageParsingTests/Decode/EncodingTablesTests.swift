import Foundation
import Testing

@testable import PageParsing

/// The generated tables match what `Scripts/generate-encodings.py` writes, and hold the values the
/// WHATWG indexes hold where Python's codecs differ.
@Suite struct EncodingTablesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: python != nil, "python3 is not installed"))
    func generatedTablesAreFresh() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("encodings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [
            Self.packageRoot.appendingPathComponent("Scripts/generate-encodings.py").path, folder.path,
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        for name in ["SingleByteTables.swift", "CJKTables.swift"] {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(name))
            let committed = try Data(
                contentsOf: Self.packageRoot.appendingPathComponent("Sources/PageParsing/Decode")
                    .appendingPathComponent(name))
            #expect(
                fresh == committed,
                "Sources/PageParsing/Decode/\(name) is stale: run python3 Scripts/generate-encodings.py")
        }
    }

    @Test func singleByteDeviationsFromPythonFollowTheStandard() {
        #expect(SingleByteEncoding.windows1252.highHalf[0x9F - 0x80] == 0x0178)
        #expect(SingleByteEncoding.windows1252.highHalf[0x81 - 0x80] == 0x0081)
        #expect(SingleByteEncoding.windows1255.highHalf[0xCA - 0x80] == 0x05BA)
        #expect(SingleByteEncoding.windows1255.highHalf[0xD9 - 0x80] == 0xFFFD)
        #expect(SingleByteEncoding.koi8_u.highHalf[0xAE - 0x80] == 0x045E)
        #expect(SingleByteEncoding.koi8_u.highHalf[0xBE - 0x80] == 0x040E)
        #expect(SingleByteEncoding.windows874.highHalf[0x81 - 0x80] == 0x0081)
        #expect(SingleByteEncoding.windows874.highHalf[0xDB - 0x80] == 0xFFFD)
        #expect(SingleByteEncoding.iso8859_3.highHalf[0xA5 - 0x80] == 0xFFFD)
        #expect(SingleByteEncoding.iso8859_2.highHalf[0x80 - 0x80] == 0x0080)
    }

    @Test func multiByteIndexesHoldTheStandardsValues() {
        #expect(CJKTables.big5[5029] == 0x2027)  // 0xA145, from the standard's index-big5
        #expect(CJKTables.big5[5038] == 0xFE51)  // 0xA14E
        #expect(CJKTables.big5[5120] == 0x00AF)  // 0xA1C2
        #expect(CJKTables.jis0208.count == 188 * 60)
        #expect(CJKTables.jis0208[0] == 0x3000)
        #expect(CJKTables.eucKR.filter { $0 != 0 }.count == 17048)
        #expect(CJKTables.gb18030.count == 23940)
        #expect(CJKTables.jis0212.filter { $0 != 0 }.count == 6067)
        #expect(CJKTables.gb18030RangePointers.count == CJKTables.gb18030RangeCodePoints.count)
    }
}
