import Foundation
import Testing
import ThreadModel

/// The acceptance checks of the foundation issue, on the shared seeds; skipped when
/// `../shared/seeds` is absent.
@Suite struct SeedAcceptanceTests {
    @Test func invisionSeedThread() throws {
        guard let url = FixtureFiles.seed("002") else { return }
        let thread = try FixtureFiles.parse(url)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(thread.platform == "invision")
        #expect(thread.title == String(lines[2]))
        try #require(thread.posts.count == 4)
        let posts = thread.posts
        #expect(posts[0].body.hasPrefix("Russian President"))
        #expect(posts[0].body.contains("Based on a report by Politico"))
        #expect(!posts[0].body.contains("image.png") && !posts[0].body.contains("news-logo-btm.jpg"))
        #expect(posts[0].attachments == ["image.png", "news-logo-btm.jpg", "image.png"])
        #expect(posts[1].reactions == [Reaction(name: "Like", count: 1), Reaction(name: "Thumbs Up", count: 1)])
        #expect(posts[3].reactions == [Reaction(name: "Like", count: 1), Reaction(name: "Sad", count: 1)])
        try #require(posts[3].quotes.count == 1)
        #expect(posts[3].quotes[0].postIndex == 2)
        let quotedAuthor = try #require(posts[3].quotes[0].author)
        #expect(posts[2].author == quotedAuthor)
        #expect(posts[2].authorInferred)
        #expect(posts[3].body.hasPrefix("Are you talkng"))
        #expect(!posts[3].body.contains(posts[2].body.prefix(40)))
        for (offset, line) in lines.enumerated() where line.hasSuffix(".png") || line.hasSuffix(".jpg") {
            let segment = thread.segments.first { $0.span.contains(line: offset + 1) }
            #expect(segment?.kind == .attachment, "line \(offset + 1): \(line)")
        }

        let signIn = try #require(lines.firstIndex { $0.hasPrefix("Create an account or sign in to comment") }) + 1
        for segment in thread.segments where segment.span.lineEnd >= signIn {
            #expect(segment.kind == .boilerplate, "line \(segment.span.lineStart): \(segment.text)")
            #expect(segment.span.lineStart >= signIn)
        }
    }

    @Test(arguments: ["000", "001", "003", "004"])
    func newsSeeds(_ prefix: String) throws {
        guard let url = FixtureFiles.seed(prefix) else { return }
        let thread = try FixtureFiles.parse(url)
        #expect(thread.platform == "news")
        #expect(thread.posts.count == 1)
        let body = thread.posts[0].body
        for furniture in [
            "icon-facebook", "Loading…", "Read the full article here", "No Comments", "Leave a Reply", "please contact",
        ] {
            #expect(!body.contains(furniture), "\(furniture) in the body of seed \(prefix)")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let firstLine = String(text.prefix { $0 != "\n" })
        switch prefix {
        case "000", "003": #expect(thread.title == firstLine)
        default: #expect(thread.title == nil)
        }
        let boilerplate = thread.segments.filter { $0.kind == .boilerplate }.map(\.text).joined(separator: "\n")
        for furniture in ["icon-facebook", "Loading…", "Read the full article here", "No Comments", "Leave a Reply"]
        where text.contains(furniture) {
            #expect(boilerplate.contains(furniture), "\(furniture) not boilerplate in seed \(prefix)")
        }
    }
}
