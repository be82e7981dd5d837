extension ThreadReportBuilder {
    /// Where exchanges got worse: the first uncivil post of each branch (all posts above it civil),
    /// and uncivil posts harsher than the uncivil post they reply to. In post order.
    /// - Complexity: O(n) in the number of posts.
    static func escalations(_ posts: [PostReport]) -> [Escalation] {
        guard !posts.isEmpty else { return [] }
        var found: [Escalation] = []
        // (post, civil replies above it, whether an uncivil post is above it)
        var stack: [(Int, Int, Bool)] = [(0, 0, false)]
        while let (index, civilAbove, uncivilAbove) = stack.popLast() {
            let report = posts[index]
            let uncivil = report.severity > .none
            if index != 0, let parent = report.parent?.to, uncivil {
                let parentSeverity = posts[parent].severity
                if !uncivilAbove {
                    found.append(
                        Escalation(
                            kind: .turnedUncivil, post: index, parent: parent, from: parentSeverity,
                            to: report.severity, civilRepliesBefore: civilAbove))
                } else if parentSeverity > .none, report.severity > parentSeverity {
                    found.append(
                        Escalation(
                            kind: .intensified, post: index, parent: parent, from: parentSeverity, to: report.severity,
                            civilRepliesBefore: 0))
                }
            }
            let civilBelow = civilAbove + (index != 0 && !uncivil ? 1 : 0)
            for child in report.children {
                stack.append((child, civilBelow, uncivilAbove || uncivil))
            }
        }
        return found.sorted { $0.post < $1.post }
    }
}
