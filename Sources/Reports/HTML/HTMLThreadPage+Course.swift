import Analysis

extension HTMLThreadPage {
    /// The drawing's size in its own units (it scales to the page's width).
    static let courseWidth = 720
    static let courseHeight = 96
    /// The bars stand on this line; the reply depth is drawn below it.
    static let courseBaseline = 60
    /// Depths deeper than this are drawn at this depth.
    static let courseDepthLimit = 6

    /// How incivility moved along the thread, as an inline SVG drawn here (no script, nothing
    /// loaded): one bar per post in thread order, as tall as its score with a floor for civil
    /// posts and coloured by its severity band, and under the bars a line of the posts' reply
    /// depths. Each bar links to its post and names it in a tooltip (a tooltip cannot hold
    /// `<bdi>`, so its bidirectional controls are shown as markers).
    /// - Complexity: O(n) in the number of posts.
    mutating func writeCourse() {
        let posts = report.posts
        guard posts.count > 1 else { return }
        let step = Double(Self.courseWidth) / Double(posts.count)
        let barWidth = max(1, step * 0.7)
        let depthRow = Double(Self.courseHeight - Self.courseBaseline - 8) / Double(Self.courseDepthLimit)
        out += "<figure class=\"course\">\n"
        out += "<svg viewBox=\"0 0 \(Self.courseWidth) \(Self.courseHeight)\""
        out += " role=\"img\" aria-labelledby=\"\(idPrefix)course\">\n"
        out +=
            "<line class=\"axis\" x1=\"0\" y1=\"\(Self.courseBaseline)\" x2=\"\(Self.courseWidth)\" y2=\"\(Self.courseBaseline)\"/>\n"
        var depthPoints: [String] = []
        for (index, post) in posts.enumerated() {
            let x = Double(index) * step + (step - barWidth) / 2
            let score = post.analysis.incivility.score
            let height = max(3, score * Double(Self.courseBaseline - 6))
            let y = Double(Self.courseBaseline) - height
            let depth = min(post.depth, Self.courseDepthLimit)
            depthPoints.append(
                Self.number(x + barWidth / 2) + ","
                    + Self.number(Double(Self.courseBaseline + 6) + Double(depth) * depthRow))
            let name = post.post.author.map { " by " + $0 } ?? ""
            let title =
                "post #\(post.post.displayNumber)\(name): \(post.severity.rawValue) (\(Self.number(score, places: 2))), depth \(post.depth)"
            out += "<a href=\"#\(idPrefix)p\(index)\"><rect class=\"sev-\(post.severity.rawValue)\""
            out +=
                " x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(barWidth))\" height=\"\(Self.number(height))\">"
            let tooltip = title.map(BidiControl.visible).joined()
            out += "<title>" + HTMLEscaper.text(tooltip) + "</title></rect></a>\n"
        }
        out += "<polyline class=\"depth\" points=\"\(depthPoints.joined(separator: " "))\"/>\n</svg>\n"
        out += "<figcaption id=\"\(idPrefix)course\">How the thread went: one bar per post in order, as tall as its"
        out += " incivility score and coloured by its band; the line below is each post's reply depth.</figcaption>\n"
        out += "</figure>\n"
    }

    /// `12.5`: at most `places` decimals, no trailing zeros, the same on every machine.
    private static func number(_ value: Double, places: Int = 1) -> String {
        let scale = places == 2 ? 100.0 : 10.0
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
