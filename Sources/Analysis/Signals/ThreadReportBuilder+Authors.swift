extension ThreadReportBuilder {
    /// One summary per named author, in order of first post.
    /// - Complexity: O(n) in the number of posts.
    static func authorSummaries(_ posts: [PostReport]) -> [AuthorSummary] {
        var summaries: [AuthorSummary] = []
        var position: [String: Int] = [:]
        for report in posts {
            guard let author = report.post.author else { continue }
            let key = author.lowercased()
            let at: Int
            if let known = position[key] {
                at = known
            } else {
                at = summaries.count
                position[key] = at
                summaries.append(
                    AuthorSummary(
                        author: author, posts: [], uncivilPosts: [], maxSeverity: .none, targets: [:],
                        uncivilTowards: [], stances: [:]))
            }
            summaries[at].posts.append(report.post.index)
            summaries[at].maxSeverity = max(summaries[at].maxSeverity, report.severity)
            if let stance = report.replyStance { summaries[at].stances[stance, default: 0] += 1 }
            guard report.severity > .none else { continue }
            summaries[at].uncivilPosts.append(report.post.index)
            if let target = report.analysis.incivility.target { summaries[at].targets[target, default: 0] += 1 }
            if let edge = report.parent, edge.kind != .thread, let other = posts[edge.to].post.author,
                other.lowercased() != key,
                !summaries[at].uncivilTowards.contains(where: { $0.lowercased() == other.lowercased() })
            {
                summaries[at].uncivilTowards.append(other)
            }
        }
        return summaries
    }
}
