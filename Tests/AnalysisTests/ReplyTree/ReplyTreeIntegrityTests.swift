import Testing

@testable import Analysis

@Suite struct ReplyTreeIntegrityTests {
    static func edge(_ from: Int, _ to: Int) -> ReplyEdge {
        ReplyEdge(from: from, to: to, kind: .thread, confidence: 0.1, evidence: "test")
    }

    static func tree(_ parents: [ReplyEdge?]) -> ReplyTree {
        ReplyTree(parents: parents, alternatives: parents.map { _ in [] })
    }

    @Test func aTreeRootedAtTheOpeningPostIsValid() throws {
        let tree = Self.tree([nil, Self.edge(1, 0), Self.edge(2, 1), Self.edge(3, 1)])
        try tree.validate()
        #expect(tree.children == [[1], [2, 3], [], []])
        #expect(tree.depths == [0, 1, 2, 2])
    }

    @Test func aSecondRootIsRejected() {
        #expect(throws: ReplyTreeIntegrityError.wrongRoot(post: 2)) {
            try Self.tree([nil, Self.edge(1, 0), nil]).validate()
        }
    }

    @Test func anOpeningPostWithAParentIsRejected() {
        #expect(throws: ReplyTreeIntegrityError.wrongRoot(post: 0)) {
            try Self.tree([Self.edge(0, 1), Self.edge(1, 0)]).validate()
        }
    }

    @Test func aDanglingParentIsRejected() {
        #expect(throws: ReplyTreeIntegrityError.danglingParent(post: 1, parent: 5)) {
            try Self.tree([nil, Self.edge(1, 5)]).validate()
        }
    }

    @Test func aMisfiledEdgeIsRejected() {
        #expect(throws: ReplyTreeIntegrityError.misfiledEdge(post: 1, from: 2)) {
            try Self.tree([nil, Self.edge(2, 0), Self.edge(2, 0)]).validate()
        }
    }

    @Test func aCycleIsRejected() {
        let tree = Self.tree([nil, Self.edge(1, 0), Self.edge(2, 3), Self.edge(3, 4), Self.edge(4, 2)])
        #expect(throws: ReplyTreeIntegrityError.cycle(post: 2)) { try tree.validate() }
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(
            ReplyTreeIntegrityError.danglingParent(post: 3, parent: 9).description
                == "reply tree: post 3 replies to post 9, which is not in the thread")
    }
}
