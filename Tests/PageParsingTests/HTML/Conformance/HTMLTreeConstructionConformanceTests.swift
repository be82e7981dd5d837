import Foundation
import Testing

@testable import PageParsing

/// Runs html5lib-tests' tree-construction cases (`../shared/html5lib-tests/tree-construction/*.dat`)
/// through ``HTMLTreeBuilder/parse(_:)`` and compares the html5lib dumps.
///
/// Full-document cases through ``HTMLTreeBuilder/parse(_:)``, `#document-fragment` cases through
/// ``HTMLTreeBuilder/parseFragment(_:contextName:namespace:)``; `#script-on` cases (no scripting)
/// are skipped. A case id is `FILE#N`, N counting every case of the file from 1. A failure not listed in `tree-construction-known-failures.txt` fails the test;
/// a listed case that passes is reported so the list can shrink.
@Suite struct HTMLTreeConstructionConformanceTests {
    /// This file's folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// `../shared/html5lib-tests/tree-construction` beside the package root.
    static let suite = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/html5lib-tests/tree-construction")

    /// One case of a `.dat` file.
    struct Case {
        /// `FILE#N`.
        var id: String
        /// The input.
        var data: String
        /// The expected dump, each line ending with a newline.
        var document: String
        /// The context element of a fragment case (`td`, `svg path`, `math mi`), or `nil`.
        var fragmentContext: String?
        /// Whether the case needs scripting.
        var scriptOn: Bool
    }

    /// Reads the cases of one `.dat` file.
    static func cases(in text: String, file: String) -> [Case] {
        var result: [Case] = []
        let lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            guard lines[index] == "#data" else {
                index += 1
                continue
            }
            var section = "#data"
            var data: [String] = []
            var document: [String] = []
            var fragmentContext: String?
            var scriptOn = false
            index += 1
            while index < lines.count {
                let line = lines[index]
                if line == "#data", section == "#document", document.last == "" { break }
                if line.hasPrefix("#"),
                    [
                        "#errors", "#new-errors", "#document-fragment", "#script-off", "#script-on",
                        "#document",
                    ].contains(line), section != "#document" || line == "#document"
                {
                    section = line
                    if line == "#document-fragment", index + 1 < lines.count {
                        fragmentContext = lines[index + 1]
                        index += 1
                    }
                    if line == "#script-on" { scriptOn = true }
                } else if section == "#data" {
                    data.append(line)
                } else if section == "#document" {
                    document.append(line)
                }
                index += 1
            }
            while document.last == "" { document.removeLast() }
            result.append(
                Case(
                    id: "\(file)#\(result.count + 1)", data: data.joined(separator: "\n"),
                    document: document.map { $0 + "\n" }.joined(), fragmentContext: fragmentContext, scriptOn: scriptOn)
            )
        }
        return result
    }

    /// The committed list of case ids that still fail.
    static func knownFailures() -> Set<String> {
        let url = folder.appendingPathComponent("tree-construction-known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty && !$0.hasPrefix("#")
            })
    }

    /// The dump of a case's parse: the whole document, or the children of a fragment's root.
    static func dump(_ test: Case) -> String {
        let bytes = Array(test.data.utf8)
        guard let context = test.fragmentContext else { return HTMLTreeBuilder.parse(bytes).html5libDump() }
        var namespace = HTMLNamespace.html
        var name = Substring(context)
        if context.hasPrefix("svg ") {
            namespace = .svg
            name = name.dropFirst(4)
        } else if context.hasPrefix("math ") {
            namespace = .mathml
            name = name.dropFirst(5)
        }
        let document = HTMLTreeBuilder.parseFragment(bytes, contextName: Array(name.utf8), namespace: namespace)
        return document.html5libDump(childrenOf: document[0].firstChild)
    }

    @Test func casesMatchTheSuite() throws {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: Self.suite.path) else {
            print("tree construction conformance: skipped (\(Self.suite.path) is absent)")
            return
        }
        let known = Self.knownFailures()
        var passed = 0
        var total = 0
        var fragmentsPassed = 0
        var fragmentsTotal = 0
        var unexpected: [String] = []
        var nowPassing: [String] = []
        var failing: [String] = []
        for file in files.sorted() where file.hasSuffix(".dat") {
            let text = try String(contentsOf: Self.suite.appendingPathComponent(file), encoding: .utf8)
            for test in Self.cases(in: text, file: file) where !test.scriptOn {
                let actual = Self.dump(test)
                if test.fragmentContext == nil { total += 1 } else { fragmentsTotal += 1 }
                if actual == test.document {
                    if test.fragmentContext == nil { passed += 1 } else { fragmentsPassed += 1 }
                    if known.contains(test.id) { nowPassing.append(test.id) }
                } else {
                    failing.append(test.id)
                    if !known.contains(test.id) {
                        let report = "\(test.id)\n#data\n\(test.data)\n#expected\n\(test.document)#actual\n\(actual)"
                        unexpected.append(report.replacingOccurrences(of: "\u{0}", with: "\\0"))
                    }
                }
            }
        }
        print("tree construction conformance: \(passed) of \(total) passed")
        print("tree construction conformance (fragments): \(fragmentsPassed) of \(fragmentsTotal) passed")
        if ProcessInfo.processInfo.environment["THREADSCAN_LIST_FAILURES"] != nil {
            print("failing cases:\n" + failing.joined(separator: "\n"))
        }
        if !nowPassing.isEmpty {
            print("listed in tree-construction-known-failures.txt but now passing (remove them):")
            print(nowPassing.joined(separator: "\n"))
        }
        #expect(
            unexpected.isEmpty,
            "\(unexpected.count) cases fail that are not known failures:\n\(unexpected.prefix(40).joined(separator: "\n"))"
        )
    }
}
