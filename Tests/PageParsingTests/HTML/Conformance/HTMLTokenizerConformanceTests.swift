import Foundation
import Testing

@testable import PageParsing

/// Runs every html5lib-tests tokenizer case (`../shared/html5lib-tests/tokenizer/*.test`) in every
/// initial state it lists, and compares the tokens; cases in `tokenizer-known-failures.txt` may
/// fail, no other may.
@Suite struct HTMLTokenizerConformanceTests {
    /// The suite's tokenizer folder, beside the repository.
    static let suiteFolder = FixtureFiles.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/html5lib-tests/tokenizer")
    /// The committed list of cases that still fail.
    static let knownFailuresFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("tokenizer-known-failures.txt")
    /// Whether the suite is there to run.
    static let suiteAvailable = FileManager.default.fileExists(atPath: suiteFolder.path)

    /// The content states the suite names.
    static let initialStates: [String: HTMLTokenizerContentState] = [
        "Data state": .data, "PLAINTEXT state": .plaintext, "RCDATA state": .rcdata, "RAWTEXT state": .rawtext,
        "Script data state": .scriptData, "CDATA section state": .cdataSection,
    ]

    /// One run of one case.
    struct Outcome {
        var name: String
        var passed: Bool
        var errorsMatched: Bool
        var detail: String
        var errorDetail: String
    }

    @Test(.enabled(if: suiteAvailable, "../shared/html5lib-tests is absent"))
    func everyTokenizerCasePasses() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.suiteFolder.path)
            .filter { $0.hasSuffix(".test") }.sorted()
        var outcomes: [Outcome] = []
        var notRun = 0
        for file in files {
            let data = try Data(contentsOf: Self.suiteFolder.appendingPathComponent(file))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            // xmlViolation.test holds only "xmlViolationTests": they expect the infoset coercion
            // of a DOM, which is not the tokenizer's job.
            notRun += (json["xmlViolationTests"] as? [Any])?.count ?? 0
            for case let test as [String: Any] in json["tests"] as? [Any] ?? [] {
                outcomes += try Self.run(test, file: file)
            }
        }
        let known = Set(
            try String(contentsOf: Self.knownFailuresFile, encoding: .utf8).split(separator: "\n")
                .map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") })
        let passed = outcomes.filter(\.passed).count
        let errorsMatched = outcomes.filter(\.errorsMatched).count
        print("tokenizer conformance: \(passed) of \(outcomes.count) passed")
        print("tokenizer conformance: parse errors (codes, in order) match in \(errorsMatched) of \(outcomes.count)")
        if ProcessInfo.processInfo.environment["TOKENIZER_CONFORMANCE_ERRORS"] != nil {
            for outcome in outcomes where !outcome.errorsMatched { print("\(outcome.name)\n\(outcome.errorDetail)") }
        }
        if notRun > 0 { print("tokenizer conformance: \(notRun) xmlViolation cases not run (infoset coercion)") }
        for outcome in outcomes where !outcome.passed && !known.contains(outcome.name) {
            Issue.record("\(outcome.name)\n\(outcome.detail)")
        }
        for outcome in outcomes where outcome.passed && known.contains(outcome.name) {
            Issue.record("now passes, remove it from tokenizer-known-failures.txt: \(outcome.name)")
        }
    }

    /// Runs `test` in each of its initial states.
    static func run(_ test: [String: Any], file: String) throws -> [Outcome] {
        let description = test["description"] as? String ?? "?"
        let doubleEscaped = test["doubleEscaped"] as? Bool ?? false
        let input = bytes(try #require(test["input"] as? String), doubleEscaped: doubleEscaped)
        let expected = coalesced(
            try (test["output"] as? [Any] ?? []).map { try expectedToken($0, doubleEscaped: doubleEscaped) })
        let expectedErrors = (test["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        let lastStartTag = (test["lastStartTag"] as? String).map { Array($0.utf8) }
        return try (test["initialStates"] as? [String] ?? ["Data state"]).map { stateName in
            let state = try #require(initialStates[stateName], "unknown state \(stateName)")
            var tokenizer = HTMLTokenizer(input, initialState: state, lastStartTag: lastStartTag)
            var actual: [String] = []
            for _ in 0...(input.count * 4 + 16) {
                let token = tokenizer.next()
                if case .endOfFile = token { break }
                actual.append(describe(token.resolved(in: input)))
            }
            actual = coalesced(actual)
            let codes = tokenizer.errors.map(\.code.rawValue)
            return Outcome(
                name: "\(file): \(description) [\(stateName)]", passed: actual == expected,
                errorsMatched: codes == expectedErrors,
                detail: "input:    \(render(input))\nexpected: \(expected)\nactual:   \(actual)",
                errorDetail: "input:    \(render(input))\nexpected: \(expectedErrors)\nactual:   \(codes)")
        }
    }

    /// One expected token of the suite's format, described as `describe(_:)` describes ours.
    static func expectedToken(_ value: Any, doubleEscaped: Bool) throws -> String {
        let fields = try #require(value as? [Any])
        func text(_ index: Int) -> [UInt8]? {
            (index < fields.count ? fields[index] as? String : nil).map { bytes($0, doubleEscaped: doubleEscaped) }
        }
        switch fields.first as? String {
        case "DOCTYPE":
            return
                "DOCTYPE \(optional(text(1))) \(optional(text(2))) \(optional(text(3))) \(fields[4] as? Bool ?? false)"
        case "StartTag":
            let attributes = (fields[2] as? [String: String] ?? [:]).map {
                (bytes($0.key, doubleEscaped: doubleEscaped), bytes($0.value, doubleEscaped: doubleEscaped))
            }
            return startTag(name: text(1) ?? [], attributes: attributes, selfClosing: fields.count > 3)
        case "EndTag": return "EndTag \(render(text(1) ?? []))"
        case "Comment": return "Comment \(render(text(1) ?? []))"
        case "Character": return "Character \(render(text(1) ?? []))"
        default: throw ConformanceError.unknownToken("\(fields)")
        }
    }

    /// A failure to read the suite.
    enum ConformanceError: Error { case unknownToken(String) }

    /// Our token in the suite's terms.
    static func describe(_ token: HTMLToken) -> String {
        switch token {
        case .doctype(let doctype):
            return "DOCTYPE \(optional(doctype.name)) \(optional(doctype.publicIdentifier)) "
                + "\(optional(doctype.systemIdentifier)) \(!doctype.forceQuirks)"
        case .startTag(let tag):
            return startTag(
                name: tag.name, attributes: tag.attributes.map { ($0.name, Array(tag.decodedValues[$0.value.range])) },
                selfClosing: tag.selfClosing)
        case .endTag(let tag): return "EndTag \(render(tag.name))"
        case .comment(let comment): return "Comment \(render(comment.decoded))"
        case .characters(let characters): return "Character \(render(characters.decoded))"
        case .endOfFile: return "EOF"
        }
    }

    /// A start tag with its attributes in name order (the suite gives them as a JSON object).
    static func startTag(name: [UInt8], attributes: [([UInt8], [UInt8])], selfClosing: Bool) -> String {
        let pairs = attributes.map { "\(render($0.0))=\(render($0.1))" }.sorted()
        return "StartTag \(render(name)) {\(pairs.joined(separator: ", "))}\(selfClosing ? " /" : "")"
    }

    /// Adjacent character tokens as one, as the suite expects.
    static func coalesced(_ tokens: [String]) -> [String] {
        let prefix = "Character "
        var result: [String] = []
        for token in tokens {
            if token.hasPrefix(prefix), let last = result.last, last.hasPrefix(prefix) {
                result[result.count - 1] = last + token.dropFirst(prefix.count)
            } else {
                result.append(token)
            }
        }
        return result
    }

    /// `bytes` readable, with every byte outside printable ASCII as `\xHH`.
    static func render(_ bytes: [UInt8]) -> String {
        var text = "\""
        for byte in bytes {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + String(byte, radix: 16, uppercase: true)
            }
        }
        return text + "\""
    }

    /// `"null"` or the rendered bytes.
    static func optional(_ bytes: [UInt8]?) -> String { bytes.map(render) ?? "null" }

    /// The UTF-8 of a suite string; with `doubleEscaped`, `\uHHHH` sequences are code units first
    /// (a lone surrogate becomes its three-byte generalised UTF-8, which the byte tokenizer passes
    /// through like any other non-ASCII byte).
    static func bytes(_ string: String, doubleEscaped: Bool) -> [UInt8] {
        guard doubleEscaped else { return Array(string.utf8) }
        var units: [UInt32] = []
        let scalars = Array(string.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 5 < scalars.count, scalars[index + 1] == "u",
                let unit = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16)
            {
                units.append(unit)
                index += 6
            } else {
                units.append(scalars[index].value)
                index += 1
            }
        }
        var result: [UInt8] = []
        var unitIndex = 0
        while unitIndex < units.count {
            var value = units[unitIndex]
            if (0xD800..<0xDC00).contains(value), unitIndex + 1 < units.count,
                (0xDC00..<0xE000).contains(units[unitIndex + 1])
            {
                value = 0x10000 + (value - 0xD800) << 10 + (units[unitIndex + 1] - 0xDC00)
                unitIndex += 1
            }
            unitIndex += 1
            switch value {
            case ..<0x80: result.append(UInt8(value))
            case ..<0x800: result += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            case ..<0x10000:
                result += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            default:
                result += [
                    UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
                    UInt8(0x80 | value & 0x3F),
                ]
            }
        }
        return result
    }
}
