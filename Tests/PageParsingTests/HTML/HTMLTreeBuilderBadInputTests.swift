import Foundation
import TestSupport
import Testing
import ThreadModel

@testable import PageParsing

/// Hostile and broken input: deep nesting in linear time without overflowing the stack, floods of
/// `<`, NUL bytes, and everything left open at the end.
@Suite struct HTMLTreeBuilderBadInputTests {
    /// `count` copies of `open`, then `count` copies of `close`.
    func nested(_ open: String, _ close: String, _ count: Int) -> [UInt8] {
        Array((String(repeating: open, count: count) + "x" + String(repeating: close, count: count)).utf8)
    }

    /// Checks that parsing `input(100_000)` takes well under 16x the thread CPU time of
    /// `input(25_000)` (linear, not quadratic).
    func expectLinear(
        _ shape: String, _ input: (Int) -> [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let smallInput = input(25_000)
        let largeInput = input(100_000)
        let small = ThreadCPUTime.fastest(runs: 2) { _ = HTMLTreeBuilder.parse(smallInput) }
        let large = ThreadCPUTime.fastest(runs: 2) { _ = HTMLTreeBuilder.parse(largeInput) }
        let ratio = large / small
        print("25,000 → 100,000 \(shape): time ratio \(ratio)")
        #expect(ratio < 9, "25,000 → 100,000 \(shape): time ratio \(ratio)", sourceLocation: sourceLocation)
    }

    @Test func hundredThousandNestedDivsCapTheDepthAndStayLinear() throws {
        let document = HTMLTreeBuilder.parse(nested("<div>", "</div>", 100_000))
        #expect(document.warnings.map(\.kind) == [.depthLimitReached])
        #expect(document.warnings.first?.message.hasPrefix(ScanLimits.Message.depthReached(limit: 512)) == true)
        let text = try #require(document.nodes.firstIndex { $0.kind == .text })
        #expect(document.depth(of: Int32(text)) <= HTMLTreeBuilder.maximumDepth + 1)
        #expect(document.nodes.filter { $0.isHTML(.div) }.count == 100_000)
        #expect(document.textContent(of: 0) == "x")
        _ = document.html5libDump()
        expectLinear("nested <div>") { nested("<div>", "</div>", $0) }
    }

    @Test func hundredThousandNestedBoldsStayLinear() {
        let document = HTMLTreeBuilder.parse(nested("<b>", "</b>", 100_000))
        #expect(document.textContent(of: 0) == "x")
        expectLinear("nested <b>") { nested("<b>", "</b>", $0) }
    }

    @Test func scopeChecksAndNoahsArkStayLinear() {
        // Each <div> asks whether the <p> under the <button> is in button scope.
        expectLinear("<div>s under <p><button>") { Array(("<p><button>" + String(repeating: "<div>", count: $0)).utf8) }
        // Unclosed formatting with different attributes: the Noah's Ark clause finds no three alike.
        expectLinear("distinct <font color>s") { count in
            Array(
                ((0..<count).map { "<font color=c\($0)>" }.joined() + "x" + String(repeating: "</i>", count: count))
                    .utf8)
        }
    }

    @Test func textsThatGrowInTurnStayLinear() {
        // Each `a` is foster-parented into the one text node before the table, and each comment
        // goes into the table between them: the text cannot grow at the end of the arena.
        let document = HTMLTreeBuilder.parse(Array(("<table>" + String(repeating: "a<!--c-->", count: 1_000)).utf8))
        let body = document.nodes.firstIndex { $0.isHTML(.body) }.map(Int32.init)
        let first = body.map { document[$0].firstChild } ?? -1
        #expect(first >= 0 && document[first].kind == .text)
        #expect(first >= 0 && Array(document.text(of: first)) == Array(repeating: UInt8(ascii: "a"), count: 1_000))
        expectLinear("foster-parented text between a table's comments") {
            Array(("<table>" + String(repeating: "a<!--c-->", count: $0)).utf8)
        }
        // Decoded text in the captions, foster-parented decoded text beside them.
        expectLinear("foster-parented text beside decoded caption text") {
            Array(("<table>" + String(repeating: "&lt;<caption>&gt;</caption>", count: $0)).utf8)
        }
    }

    @Test func aMillionLessThanSignsAreText() {
        let input = [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000)
        let document = HTMLTreeBuilder.parse(input)
        #expect(document.textContent(of: 0).utf8.count == 1_000_000)
    }

    @Test func nulBytesAreDroppedInBodyAndReplacedInForeignContent() {
        let document = HTMLTreeBuilder.parse(Array("a\u{0}b<svg>c\u{0}d</svg>".utf8))
        #expect(document.textContent(of: 0) == "abc\u{FFFD}d")
    }

    @Test func everythingUnclosedAtTheEnd() {
        let html = "<!DOCTYPE html><table><tr><td><b><i>text<select><option>o<template><p>t<svg><g><title>s"
        let document = HTMLTreeBuilder.parse(Array(html.utf8))
        #expect(document.textContent(of: 0) == "textots")
        let dump = document.html5libDump()
        #expect(dump.hasPrefix("| <!DOCTYPE html>\n| <html>\n|   <head>\n|   <body>\n|     <table>\n"))
        // Every element's range ends at the end of the input or of its last descendant.
        for node in document.nodes where node.kind == .element {
            #expect(node.range.upperBound <= html.utf8.count)
        }
        for text in [
            "<", "</", "<!", "<!--", "<!DOCTYPE", "<a href='", "<title>", "<script>", "<style>", "<textarea>",
            "<plaintext>", "<svg><![CDATA[", "&#", "</p",
        ] {
            let document = HTMLTreeBuilder.parse(Array(text.utf8))
            #expect(document.nodes.first?.kind == .document)
            #expect(document.firstElement(.html) > 0)
        }
    }
}
