import Foundation
import Testing

@testable import Lexicon

/// The lexicons built into the binary must be exactly the files in `Lexicons/`.
///
/// Regenerate `Sources/Lexicon/DefaultLexicons.swift` after editing a lexicon with:
/// `THREADSCAN_REGENERATE=1 swift test --filter DefaultLexiconsTests`
@Suite struct DefaultLexiconsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedLexiconsMatchTheLexiconsFolder() throws {
        let onDisk = try LexiconBundle.load(directory: Self.packageRoot.appendingPathComponent("Lexicons").path)
        let generated = Self.generatedSource(
            for: onDisk.files.values.sorted { $0.path < $1.path }.map { ($0.path, $0.text) }
        )
        let target = Self.packageRoot.appendingPathComponent("Sources/Lexicon/DefaultLexicons.swift")
        let current = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
        if ProcessInfo.processInfo.environment["THREADSCAN_REGENERATE"] != nil, current != generated {
            try generated.write(to: target, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            current == generated,
            "Sources/Lexicon/DefaultLexicons.swift is stale: run THREADSCAN_REGENERATE=1 swift test --filter DefaultLexiconsTests"
        )
    }

    static func generatedSource(for files: [(String, String)]) -> String {
        var out = """
            // swift-format-ignore-file
            // Generated from Lexicons/ by `THREADSCAN_REGENERATE=1 swift test --filter DefaultLexiconsTests`.
            // Do not edit: edit the files in Lexicons/ and regenerate; a test fails while this is stale.

            enum DefaultLexicons {
                static let files: [(path: String, text: String)] = [

            """
        for (path, text) in files {
            out += "        (\(literal(path)), \(literal(text))),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
